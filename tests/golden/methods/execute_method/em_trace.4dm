var vCalls : Integer
vCalls:=vCalls+1
