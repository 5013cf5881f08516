// Two-dimensional arrays: rows are arrays, each element is row{i}{j}
ARRAY TEXT($board;3;2)
ALERT(String(Size of array($board))+"x"+String(Size of array($board{1})))  // expect: 3x2
$board{2}{1}:="knight"
$board{3}{2}:="rook"
ALERT($board{2}{1}+" "+$board{3}{2})  // expect: knight rook
ALERT(JSON Stringify array($board))  // expect: [["",""],["knight",""],["","rook"]]
INSERT IN ARRAY($board{1};1;3)
ALERT(String(Size of array($board{1})))  // expect: 5
INSERT IN ARRAY($board;2)
ALERT(String(Size of array($board))+" "+String(Size of array($board{2})))  // expect: 4 0
ALERT($board{3}{1})  // expect: knight
DELETE FROM ARRAY($board;1;2)
ALERT($board{1}{1})  // expect: knight
ALERT(String(Type($board))+" "+String(Type($board{1}))+" "+String(Type($board{1}{1})))  // expect: 13 18 2
ARRAY TEXT($board;4;1)
ALERT($board{1}{1}+String(Size of array($board{1})))  // expect: knight1
SORT ARRAY($board{2};>)
Try
	SORT ARRAY($board;>)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 76
End try
$board{1}{5}:="x"
// expect runtime error: Array capacity exceeded: $board{1}{5} is out of range (the array has 1 elements)
