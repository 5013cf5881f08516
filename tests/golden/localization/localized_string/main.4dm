// Localized string reads the XLIFF files of the database's Resources folder, in the current language
ALERT(Get database localization)  // expect: en
ALERT(Localized string("welcome")+" "+String(OK))  // expect: Welcome! 1
ALERT(Localized string:C991("sourceOnly"))  // expect: Fish & chips
ALERT(Localized string("fromRoot"))  // expect: From Resources itself
ALERT(Localized string("Case"))  // expect: Upper case C
ALERT("["+Localized string("case")+"] "+String(OK))  // expect: [] 0
ALERT("["+Localized string("missing")+"] "+String(OK))  // expect: [] 0
SET DATABASE LOCALIZATION("fr")
ALERT(Get localized string("welcome"))  // expect: Bienvenue !
ALERT("["+Localized string("sourceOnly")+"] "+String(OK))  // expect: [] 0
SET DATABASE LOCALIZATION("de")
ALERT(Localized string("fromRoot"))  // expect: Aus Resources
