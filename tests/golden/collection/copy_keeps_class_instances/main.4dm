// copy() duplicates class instances too; the copies keep their class (run4d's choice, as OB Copy)
var $pts; $dup : Collection
$pts:=[cs.Point.new(2); cs.Point.new(5)]
$dup:=$pts.copy()
$dup[0].x:=10
ALERT(String($dup[0].twice())+" "+String($pts[0].twice()))  // expect: 20 4
ALERT(String(OB Instance of($dup[1]; cs.Point))+" "+String($dup[1]=$pts[1]))  // expect: True False
