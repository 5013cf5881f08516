Class extends EntitySelection

Function summaries() : Collection
	var $out:=New collection()
	var $task : cs.TaskEntity
	For each ($task; This.orderBy("ID"))
		$out.push($task.summary())
	End for each
	return $out
