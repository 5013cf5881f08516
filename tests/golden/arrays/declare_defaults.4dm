// Every array declaration command gives new elements the empty value of its type
ARRAY TEXT($t;2)
ARRAY REAL($r;2)
ARRAY LONGINT($l;2)
ARRAY INTEGER($i;2)
ARRAY BOOLEAN($b;2)
ARRAY DATE($d;2)
ARRAY TIME($h;2)
ARRAY OBJECT($o;2)
ARRAY POINTER($p;2)
ARRAY PICTURE($pic;2)
ARRAY BLOB($blob;2)
ALERT("["+$t{2}+"]")  // expect: []
ALERT(String($r{2}+$l{2}+$i{2}))  // expect: 0
ALERT(String($b{1}))  // expect: False
ALERT(String($d{1}=!00-00-00!))  // expect: True
ALERT(String($h{2}))  // expect: 00:00:00
ALERT(String($o{1}=Null))  // expect: True
ALERT(String(Is nil pointer($p{2})))  // expect: True
ALERT(String(Value type($pic{1})=Is picture))  // expect: True
ALERT(String(BLOB size($blob{2})))  // expect: 0
ALERT(String(Size of array($t))+String(Size of array($blob)))  // expect: 22
