// open() errors: a missing file in read mode (-43), an unknown mode; writing through a read handle
$x:=Try(File("/PACKAGE/missing.txt").open())
ALERT(String(Last errors[0].errCode))  // expect: -43
$x:=Try(File("/PACKAGE/x.txt").open("Write"))
ALERT(String(Last errors[0].errCode))  // expect: -10718
var $f:=File("/PACKAGE/r.txt")
$f.setText("r")
var $h:=$f.open()
$x:=Try($h.writeText("no"))
ALERT(String(Last errors[0].errCode))  // expect: -10718
$x:=Try($f.delete())
ALERT(String(Last errors[0].errCode))  // expect: -47
$h:=Null
$f.delete()
ALERT(String($f.exists))  // expect: False
