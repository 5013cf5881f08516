// The REST service: GET /api/notes lists the notes, POST /api/notes adds one
// ({"text": "..."}), DELETE /api/notes/ID removes one. Notes live in a shared
// collection of this shared singleton, so every web process sees the same ones.

property notes : Collection
property next : Integer

shared singleton Class constructor()
	This.notes:=New shared collection()
	This.next:=1

Function list($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	return This.answer(200; {notes: This.notes; count: This.notes.length})

shared Function add($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $data : Object
	$data:=Try($request.getJSON())
	If ($data=Null) || (Value type($data.text)#Is text) || ($data.text="")
		return This.answer(400; {error: "send {\"text\": \"...\"}"})
	End if
	var $note:=New shared object("id"; This.next; "text"; $data.text; "by"; String($data.by || "someone"))
	This.notes.push($note)
	This.next+=1
	return This.answer(201; $note)

shared Function remove($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	var $id : Integer
	$id:=Num($request.urlPath[2])
	var $at:=This.notes.findIndex(Formula($1.value.id=$2); $id)
	If ($at<0)
		return This.answer(404; {error: "no note "+String($id)})
	End if
	This.notes.remove($at)
	return This.answer(200; {removed: $id})

Function answer($status : Integer; $body : Object) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setStatus($status)
	$r.setBody($body)
	return $r
