// Command name gives a command's name by number, with OK, a thread-safety bit and its theme
ALERT(Command name(41)+" "+String(OK))  // expect: ALERT 1
var $info : Integer
var $theme : Text
ALERT(Command name(1007; $info; $theme)+" "+String($info)+" "+$theme)  // expect: EXECUTE METHOD 1 Language
ALERT(Command name(991))  // expect: Localized string
ALERT("["+Command name(999999)+"] "+String(OK))  // expect: [] 0
// Version type: a 64-bit run (bit 1), never a merged application (bit 2)
ALERT(String(Version type ?? 1)+" "+String(Version type ?? 2))  // expect: True False
