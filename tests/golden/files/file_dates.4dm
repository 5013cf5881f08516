// Dates and times of a file just written are today's; a missing file has the null date and 00:00:00
var $f:=File("/PACKAGE/dated.txt")
ALERT(String($f.creationDate=!00-00-00!)+" "+String($f.modificationTime=?00:00:00?))  // expect: True True
$f.setText("x")
ALERT(String($f.modificationDate=Current date)+" "+String($f.creationDate=Current date))  // expect: True True
ALERT(String(Abs($f.modificationTime-Current time)<5))  // expect: True
ALERT(String($f.creationTime<=$f.modificationTime))  // expect: True
