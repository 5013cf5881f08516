DELAY PROCESS(Current process; 30)
ALERT("after the nap: "+seen)
