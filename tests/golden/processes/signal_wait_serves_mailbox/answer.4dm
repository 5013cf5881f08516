#DECLARE($answer : 4D.Signal)
ALERT("callback runs in process "+String(Current process))
$answer.trigger()
