// System info (and Get system info): what Linux tells about the machine
var $s:=System info
ALERT(String($s.cores>0)+" "+String($s.cpuThreads>=$s.cores)+" "+String($s.physicalMemory>0)+" "+String($s.uptime>0))  // expect: True True True True
ALERT(String(Length($s.osVersion)>0)+" "+String(Length($s.processor)>0)+" "+String(Length($s.osLanguage)=2)+" "+String($s.macRosetta))  // expect: True True True False
ALERT(String($s.machineName=Current machine)+" "+String($s.accountName=Current system user))  // expect: True True
ALERT(String(Value type($s.networkInterfaces))+" "+String(Value type($s.volumes))+" "+String($s.volumes.length>0))  // expect: 42 42 True
ALERT(String($s.volumes[0].capacity>=$s.volumes[0].available))  // expect: True
ALERT(String(Get system info.cores=$s.cores))  // expect: True
