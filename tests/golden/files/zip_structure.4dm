// A zip structure: files with destinations, LZMA, AES password, a progress callback
var $dir:=Folder("/PACKAGE/in")
$dir.file("one.txt").setText("1")
$dir.file(".hidden").setText("h")
$dir.file("two.txt").setText("22")
var $steps:=[]
var $zip:={files: [{source: $dir.file("one.txt"); destination: "renamed/uno.txt"}; {source: $dir; option: ZIP Ignore invisible files}]}
$zip.compression:=ZIP Compression LZMA
$zip.level:=7
$zip.password:="s3cret"
$zip.callback:=Formula($steps.push($1))
var $status:=ZIP Create archive($zip; File("/PACKAGE/s.zip"))
ALERT(String($status.success)+" "+String($steps[$steps.length-1]))  // expect: True 100
var $archive:=ZIP Read archive(File("/PACKAGE/s.zip"); "s3cret")
ALERT($archive.root.file("renamed/uno.txt").getText())  // expect: 1
ALERT($archive.root.folder("in").files().map(Formula($1.value.fullName)).join(","))  // expect: one.txt,two.txt
$x:=Try(ZIP Read archive(File("/PACKAGE/s.zip")))
ALERT(String(Last errors[0].errCode))  // expect: -10752
$x:=Try(ZIP Read archive(File("/PACKAGE/s.zip"); "wrong"))
ALERT(String(Last errors[0].errCode))  // expect: -10752
$status:=ZIP Create archive({files: [$dir]; encryption: ZIP Encryption AES128}; File("/PACKAGE/n.zip"))
ALERT(JSON Stringify($status))  // expect: {"success":false,"status":3,"statusText":"Password is required for encryption"}
$status:=ZIP Create archive({files: [$dir]; compression: ZIP Compression none}; File("/PACKAGE/plain.zip"))
ALERT(String($status.success))  // expect: True
