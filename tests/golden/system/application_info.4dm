// Application info / type / version: run4d is a headless 4D (tool4d), version 21
var $info:=Application info
ALERT(String($info.headless)+" "+String($info.launchedAsService)+" "+String($info.pid>0)+" "+String($info.uptime>=0))  // expect: True False True True
ALERT(String(Value type($info.cpuUsage))+" "+String(Value type($info.networkInputThroughput)))  // expect: 1 1
ALERT(String(Application type)+" "+String(Application type=tool4d))  // expect: 6 True
var $build : Integer
ALERT(Application version+" "+Application version($build; *)+" "+String($build))  // expect: 2100 F0002100 0
ALERT(String(Is compiled mode)+" "+String(Is Windows)+" "+String(Is macOS))  // expect: False False False
ALERT(String(Get application info.headless))  // expect: True
