// The REST service (HTTPHandlers.json): GET /api/tasks, POST /api/tasks {title; project; due},
// PUT /api/tasks/ID marks a task done. The data lives in Data/data.sqlite and outlives the run.

shared singleton Class constructor()

Function list($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $tasks:=ds.Task.all()
	return This.answer(200; {tasks: $tasks.summaries(); open: $tasks.query("done = false").length})

Function add($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $data : Object
	$data:=Try($request.getJSON())
	If ($data=Null) || (Value type($data.title)#Is text) || ($data.title="")
		return This.answer(400; {error: "send {\"title\": \"...\", \"project\": \"...\"}"})
	End if
	var $task:=ds.Task.new()
	$task.title:=$data.title
	$task.project:=ds.Project.named(String($data.project || "Inbox"))
	Case of  // JSON dates arrive as dates ("YYYY-MM-DD"), other texts are read by Date()
		: (Value type($data.due)=Is date)
			$task.due:=$data.due
		: (Value type($data.due)=Is text)
			$task.due:=Date($data.due)
	End case
	var $status:=$task.save()
	If (Not($status.success))
		return This.answer(409; $status)
	End if
	return This.answer(201; $task.summary())

Function done($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $task:=ds.Task.get(Num($request.urlPath[2]))
	If ($task=Null)
		return This.answer(404; {error: "no such task"})
	End if
	$task.done:=True
	$task.save()
	return This.answer(200; $task.summary())

Function answer($status : Integer; $body : Variant) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setStatus($status)
	$r.setBody($body)
	return $r
