// Current machine and Current system user name the host and the account running the program
ALERT(String(Length(Current machine)>0)+" "+String(Length(Current system user)>0))  // expect: True True
ALERT(String(Current machine=System info.machineName))  // expect: True
