// COMPRESS BLOB, EXPAND BLOB and BLOB PROPERTIES: compact, fast and GZIP modes
var $b : Blob
var $mode; $expanded; $size : Integer
TEXT TO BLOB("4D "*200; $b; UTF8 text without length)
BLOB PROPERTIES($b; $mode; $expanded; $size)
ALERT(String($mode)+" "+String($expanded)+" "+String($size))  // expect: 0 600 600
COMPRESS BLOB($b)
BLOB PROPERTIES($b; $mode; $expanded; $size)
ALERT(String(OK)+" "+String($mode)+" "+String($expanded)+" "+String($size<100))  // expect: 1 1 600 True
COMPRESS BLOB($b)  // already compressed: left as it is
ALERT(String(OK)+" "+String(BLOB size($b)=$size))  // expect: 1 True
EXPAND BLOB($b)
ALERT(String(OK)+" "+String(BLOB size($b))+" "+Substring(BLOB to text($b; UTF8 text without length); 1; 5))  // expect: 1 600 4D 4D
COMPRESS BLOB($b; 2)
BLOB PROPERTIES($b; $mode)
ALERT(String($mode))  // expect: 2
EXPAND BLOB($b)
COMPRESS BLOB($b; -1)  // GZIP: a standard gzip stream
BLOB PROPERTIES($b; $mode; $expanded)
ALERT(String($mode)+" "+String($expanded))  // expect: -1 600
EXPAND BLOB($b)
COMPRESS BLOB($b; -2)
BLOB PROPERTIES($b; $mode)
ALERT(String($mode))  // expect: -2
EXPAND BLOB($b)
ALERT(String(BLOB size($b)))  // expect: 600
// small blobs are not compressed (OK=0, no error)
var $small : Blob
TEXT TO BLOB("short"; $small; UTF8 text without length)
COMPRESS BLOB($small)
ALERT(String(OK)+" "+String(BLOB size($small)))  // expect: 0 5
// expanding a blob that is not compressed: error -10600
Try
	EXPAND BLOB($small)
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -10600 0
End try
