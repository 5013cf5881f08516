#DECLARE($answer : 4D.Signal)
CALL WORKER(1; "answer"; $answer)
