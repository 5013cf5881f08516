// Create document / SEND PACKET / Open document / RECEIVE PACKET until OK is 0, as classic 4D code reads a file
var $ref : Time
$ref:=Create document("doc.txt")
ALERT(String(OK)+" "+String(Document=(Get 4D folder(Database folder)+"doc.txt")))  // expect: 1 True
SEND PACKET($ref; "line 1"+Char(Carriage return)+"line 2"+Char(Carriage return)+"tail")
ALERT(String(Get document position($ref)))  // expect: 18
CLOSE DOCUMENT($ref)
$ref:=Open document("doc.txt"; Read mode)
var $line : Text
var $lines:=[]
RECEIVE PACKET($ref; $line; Char(Carriage return))
While (OK=1)
	$lines.push($line)
	RECEIVE PACKET($ref; $line; Char(Carriage return))
End while
ALERT($lines.join("|")+" ["+$line+"]")  // expect: line 1|line 2|tail []
SET DOCUMENT POSITION($ref; 5)
RECEIVE PACKET($ref; $line; 3)
ALERT(Replace string($line; Char(Carriage return); "<CR>")+" "+String(Get document position($ref)))  // expect: 1<CR>l 8
SET DOCUMENT POSITION($ref; -4; 2)
RECEIVE PACKET($ref; $line; 100)
ALERT($line)  // expect: tail
ALERT(String(Get document size($ref))+" "+String(Get document size("doc.txt")))  // expect: 18 18
CLOSE DOCUMENT($ref)
$ref:=Append document("doc.txt")
SEND PACKET($ref; "!")
CLOSE DOCUMENT($ref)
ALERT(Substring(Document to text("doc.txt"; "UTF-8"; Document unchanged); 15))  // expect: tail!
