// Each endpoint does one ORDA action in the request's session and answers
// {result} or {error: errCode; message} (the privilege errors of docs/ORDA/privileges.md).

shared singleton Class constructor()

Function login($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Session.clearPrivileges()
	Session.setPrivileges($request.getJSON())
	return This.answer({result: Session.getPrivileges()})

Function privileges($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	return This.answer({result: Session.hasPrivilege("reader")})

Function count($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		return This.answer({result: ds.Employee.all().length})
	Catch
		return This.failed()
	End try

Function create($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		var $e:=ds.Employee.new()
		$e.lastName:="Hamilton"
		return This.answer({result: $e.save().success})
	Catch
		return This.failed()
	End try

Function update($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		var $e:=ds.Employee.query("lastName = :1"; "Hopper").first()
		If ($request.urlQuery.what="salary")
			$e.salary:=2000
		Else
			$e.firstName:="Grace"
		End if
		return This.answer({result: $e.save().success})
	Catch
		return This.failed()
	End try

Function drop($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		return This.answer({result: ds.Employee.query("lastName = :1"; "Lovelace").first().drop().success})
	Catch
		return This.failed()
	End try

Function salary($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		return This.answer({result: ds.Employee.all().first().salary})
	Catch
		return This.failed()
	End try

Function payroll($request : 4D.IncomingMessage) : 4D.OutgoingMessage
	Try
		If ($request.urlQuery.what="headcount")
			return This.answer({result: ds.Employee.headcount()})
		End if
		return This.answer({result: ds.Employee.payroll()})
	Catch
		return This.failed()
	End try

Function failed() : 4D.OutgoingMessage
	var $errors:=Last errors
	return This.answer({error: $errors[0].errCode; message: $errors[0].message})

Function answer($body : Object) : 4D.OutgoingMessage
	var $r:=4D.OutgoingMessage.new()
	$r.setStatus(200)
	$r.setBody($body)
	return $r
