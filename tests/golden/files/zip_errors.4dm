// ZIP errors: a missing source gives a failed status; XZ is not supported; ZIP Read archive needs a zip file
var $status:=ZIP Create archive(File("/PACKAGE/missing.txt"); File("/PACKAGE/m.zip"))
ALERT(String($status.success)+" "+String($status.status)+" "+Substring($status.statusText; 1; 23))  // expect: False 1 Cannot open ZIP archive
$x:=Try(ZIP Create archive({files: [Folder("/PACKAGE")]; compression: ZIP Compression XZ}; File("/PACKAGE/x.zip")))
ALERT(String(Last errors[0].errCode))  // expect: -10751
File("/PACKAGE/notzip.zip").setText("not a zip")
$x:=Try(ZIP Read archive(File("/PACKAGE/notzip.zip")))
ALERT(String(Last errors[0].errCode))  // expect: -10752
$x:=Try(ZIP Read archive(File("/PACKAGE/none.zip")))
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try(ZIP Read archive("/PACKAGE/none.zip"))
ALERT(String(Last errors[0].errCode))  // expect: -10702
