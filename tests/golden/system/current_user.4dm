// Current user: a run without a password system is 4D's Designer; SET USER ALIAS names it otherwise
ALERT(Current user+" "+Current user(1)+" ["+Current user(2)+"]")  // expect: Designer Designer []
SET USER ALIAS("ci-runner")
ALERT(Current user+" "+Current user(1)+" "+Current user(2))  // expect: ci-runner Designer ci-runner
SET USER ALIAS("")
ALERT(Current user)  // expect: Designer
METHOD OPEN PATH("anything")  // headless: no Code Editor
