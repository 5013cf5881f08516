// Messages to one worker run one at a time, in the order they were posted
var $i : Integer
For ($i; 1; 5)
	CALL WORKER("counter"; Formula(ALERT("message "+String($1))); $i)
End for
// expect: message 1
// expect: message 2
// expect: message 3
// expect: message 4
// expect: message 5
