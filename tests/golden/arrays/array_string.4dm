// ARRAY STRING (obsolete: _o_ARRAY STRING) makes a Text array; the length is ignored
ARRAY STRING(5;$codes;2)
$codes{1}:="longer than five"
ALERT($codes{1}+" "+String(Type($codes)=Text array))  // expect: longer than five True
_o_ARRAY STRING(10;asOld;1;2)
asOld{1}{2}:="cell"
ALERT(asOld{1}{2})  // expect: cell
asOld:=1
ALERT(String(asOld+0))  // expect: 1
