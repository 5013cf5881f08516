OK:=0
