// MULTI SORT ARRAY sorts on several levels; arrays without > or < follow
ARRAY TEXT($team;5)
ARRAY LONGINT($points;5)
ARRAY TEXT($player;5)
$team{1}:="red"
$team{2}:="blue"
$team{3}:="red"
$team{4}:="blue"
$team{5}:="red"
$points{1}:=7
$points{2}:=9
$points{3}:=12
$points{4}:=9
$points{5}:=3
$player{1}:="Kim"
$player{2}:="Lou"
$player{3}:="Ari"
$player{4}:="Ben"
$player{5}:="Cal"
MULTI SORT ARRAY($team;>;$points;<;$player)
ALERT(JSON Stringify array($player))  // expect: ["Lou","Ben","Ari","Kim","Cal"]
MULTI SORT ARRAY($team;>;$points;<;$player;>)
ALERT(JSON Stringify array($player))  // expect: ["Ben","Lou","Ari","Kim","Cal"]
// Without levels after the first, it is SORT ARRAY by the first
MULTI SORT ARRAY($player;<;$team;$points)
ALERT(JSON Stringify array($points))  // expect: [9,7,3,9,12]
Try
	MULTI SORT ARRAY($team;$points)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 78
End try
