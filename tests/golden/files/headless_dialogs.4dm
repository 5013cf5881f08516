// No dialog can open headless: Select document and Select folder return "" with OK = 0
OK:=1
ALERT("["+Select document(""; "*"; "Pick one"; 0)+"] "+String(OK))  // expect: [] 0
OK:=1
ALERT("["+Select folder("Pick a folder")+"] "+String(OK))  // expect: [] 0
