// Type and Value type of arrays and of their elements
ARRAY TEXT($t;1)
ARRAY INTEGER($i;1)
ARRAY LONGINT($l;1)
ARRAY REAL($r;1)
ARRAY POINTER($p;1)
ARRAY OBJECT($o;1)
ARRAY TIME($h;1)
ARRAY DATE($d;1)
ARRAY BOOLEAN($b;1)
ARRAY PICTURE($pic;1)
ARRAY BLOB($blob;1)
ARRAY REAL($two;1;1)
ALERT(String(Type($t))+" "+String(Type($i))+" "+String(Type($l))+" "+String(Type($r)))  // expect: 18 15 16 14
ALERT(String(Type($p))+" "+String(Type($o))+" "+String(Type($h))+" "+String(Type($d)))  // expect: 20 39 32 17
ALERT(String(Type($b))+" "+String(Type($pic))+" "+String(Type($blob))+" "+String(Type($two)))  // expect: 22 19 31 13
ALERT(String(Type($i{1}))+" "+String(Type($l{1}))+" "+String(Type($t{0})))  // expect: 8 9 2
ALERT(String(Value type($t))+" "+String(Value type($r{1})))  // expect: 18 1
ALERT(String(Type($two{1}))+" "+String(Type($two{1}{1})))  // expect: 14 1
