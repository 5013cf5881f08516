// Localized document path: the file of the database localization's .lproj folder (English unless set), else of Resources
ALERT(Document to text(Localized document path("help.txt")))  // expect: english
SET DATABASE LOCALIZATION("fr")
ALERT(Document to text(Localized document path("help.txt")))  // expect: français
ALERT(Document to text(Localized document path("readme.txt")))  // expect: plain
