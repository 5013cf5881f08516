// Members on an empty collection: no error, "nothing" results of the documented kinds
var $e : Collection
var $isTrue : 4D.Function
$e:=[]
$isTrue:=Formula(True)
ALERT(String(Undefined($e.first()))+String(Undefined($e.last()))+String(Undefined($e.at(0)))+String(Undefined($e.at(-1))))  // expect: TrueTrueTrueTrue
ALERT(String(Undefined($e.pop()))+String(Undefined($e.shift()))+String(Undefined($e.max()))+String(Undefined($e.min())))  // expect: TrueTrueTrueTrue
ALERT(String($e.sum())+" "+String(Undefined($e.average()))+" "+String($e.count())+" "+String($e.countValues(1)))  // expect: 0 True 0 0
ALERT("["+$e.join("-")+"]")  // expect: []
ALERT(String($e.every($isTrue))+" "+String($e.some($isTrue))+" "+String($e.findIndex($isTrue))+" "+String(Undefined($e.find($isTrue))))  // expect: False False -1 True
ALERT(String($e.indexOf(Null))+" "+String($e.lastIndexOf(Null))+" "+String($e.includes(Null)))  // expect: -1 -1 False
ALERT(String(Undefined($e.reduce(Formula($1.accumulator:=1))))+" "+String($e.reduceRight(Formula($1.accumulator:=1); 7)))  // expect: True 7
$e.remove(0; 3)
$e.fill("x")
ALERT(JSON Stringify([$e.filter($isTrue); $e.map($isTrue); $e.slice(0); $e.flat(); $e.distinct(); $e.sort(); $e.orderBy(); $e.reverse(); $e.query("a = 1"); $e.indices("a = 1"); $e.extract("a"); $e.copy()]))  // expect: [[],[],[],[],[],[],[],[],[],[],[],[]]
