// A worker stays alive between messages: its process variables keep their values
var $i : Integer
CALL WORKER("tally"; Formula(total:=0))
For ($i; 1; 4)
	CALL WORKER("tally"; Formula(total:=total+$1); $i)
End for
CALL WORKER("tally"; Formula(ALERT("total "+String(total)+" in "+Current process name)))
// expect: total 10 in tally
