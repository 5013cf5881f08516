// COLLECTION TO ARRAY copies elements, or properties of object elements, into arrays
$planets:=["Mercury";"Venus";"Earth"]
ARRAY TEXT($names;5)
COLLECTION TO ARRAY($planets;$names)
ALERT(JSON Stringify array($names))  // expect: ["Mercury","Venus","Earth"]
$rows:=[{code: "FR"; pop: 68.2}; {code: "JP"}; "not an object"; {code: "NZ"; pop: 5.1}]
ARRAY TEXT($codes;0)
ARRAY REAL($pops;0)
COLLECTION TO ARRAY($rows;$codes;"code";$pops;"pop")
ALERT(JSON Stringify array($codes))  // expect: ["FR","JP","","NZ"]
ALERT(JSON Stringify array($pops))  // expect: [68.2,0,0,5.1]
// Values take the array's type
ARRAY LONGINT($ints;0)
COLLECTION TO ARRAY([1.6; "12"; Null; True];$ints)
ALERT(JSON Stringify array($ints))  // expect: [2,12,0,1]
// A variable holding no array receives one typed after the values
COLLECTION TO ARRAY([3; 1; 2];$auto)
ALERT(String(Type($auto)=Real array)+" "+JSON Stringify array($auto))  // expect: True [3,1,2]
COLLECTION TO ARRAY([];$names)
ALERT(String(Size of array($names)))  // expect: 0
