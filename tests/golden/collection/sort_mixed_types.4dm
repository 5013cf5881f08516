// sort() groups types: null, booleans, text, numbers, objects, collections, dates
var $c : Collection
$c:=New collection(!2020-01-02!; 2; New collection(1); "b"; New object("o"; 1); True; Null; "A"; 1; False; !2019-05-06!)
$c.sort()
ALERT(JSON Stringify($c))  // expect: [null,false,true,"A","b",1,2,{"o":1},[1],"2019-05-06","2020-01-02"]
