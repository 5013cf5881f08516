// readText stops at stopChar (not included) and leaves the offset after it; not found: "" and the offset stays
var $f:=File("/PACKAGE/t.txt")
$f.setText("key=value;next=2!end")
var $h:=$f.open()
ALERT($h.readText("=")+" "+String($h.offset))  // expect: key 4
ALERT($h.readText(";")+" "+String($h.offset))  // expect: value 10
ALERT("["+$h.readText("#")+"] "+String($h.offset))  // expect: [] 10
ALERT($h.readText())  // expect: next=2!end
ALERT(String($h.eof))  // expect: True
$h.offset:=-5
ALERT(String($h.offset))  // expect: 0
$h.offset:=1000
ALERT(String($h.offset)+" "+String($h.eof))  // expect: 20 True
$h.offset:=0
var $b:=$h.readBlob(3)
ALERT(String($b.size)+" "+String($h.offset)+" "+Convert to text($b; "UTF-8"))  // expect: 3 3 key
ALERT(String($h.readBlob(100).size)+" "+String($h.eof))  // expect: 17 True
