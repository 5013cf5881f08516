#DECLARE($signal : 4D.Signal)
START TRANSACTION
ds.Company.fromCollection([{name: "Left open"}])
$signal.trigger()
