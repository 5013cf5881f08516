// Headless: no keyboard, no sound, no user event; ON EVENT CALL installs a method that no event calls
ALERT(String(Shift down)+" "+String(Caps lock down)+" "+String(Windows Alt down)+" "+String(Windows Ctrl down))  // expect: False False False False
ALERT(String(Macintosh option down)+" "+String(Macintosh command down)+" "+String(Macintosh control down))  // expect: False False False
IDLE
BEEP
ON EVENT CALL("he_handler")
ALERT(Method called on event)  // expect: he_handler
ON EVENT CALL("")
ALERT("["+Method called on event+"]")  // expect: []
Try
	ON EVENT CALL("no_such_method")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -10508
End try
