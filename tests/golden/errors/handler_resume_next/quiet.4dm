errorCode:=Error
