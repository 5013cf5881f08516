// A FileHandle writes lines, appends, then reads line by line until eof (FileHandleClass.md's example)
var $f:=File("/PACKAGE/example.txt")
var $h : 4D.FileHandle
$h:=$f.open("write")
For ($i; 1; 2)
	$h.writeLine("Hello World"+String($i))
End for
$h:=$f.open("append")
$h.writeLine("Hello New World!")
$h:=Null
$h:=$f.open("read")
var $lines:=[]
While (Not($h.eof))
	$lines.push($h.readLine())
End while
ALERT($lines.join("|"))  // expect: Hello World1|Hello World2|Hello New World!
ALERT($h.mode+" "+$h.charset+" "+$h.breakModeRead+" "+$h.breakModeWrite+" "+String($h.file.path))  // expect: read UTF-8 native native /PACKAGE/example.txt
ALERT(String(OB Instance of($h; 4D.FileHandle))+" "+String($h.getSize()=$f.size))  // expect: True True
