box:=New object("n"; 1)
CALL WORKER(Current process name; Formula($1.n:=2); box)
CALL WORKER(Current process name; Formula(ALERT("seen by the third message: "+String(box.n))))
