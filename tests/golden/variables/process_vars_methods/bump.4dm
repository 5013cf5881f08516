// Increments the process variable counter
counter:=counter+1
