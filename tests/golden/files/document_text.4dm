// TEXT TO DOCUMENT / Document to text: UTF-8 without mark, native (LF) line breaks; names relative to the database folder
TEXT TO DOCUMENT("note.txt"; "a\r\nb")
ALERT(String(Get document size("note.txt")))  // expect: 3
ALERT(Replace string(Document to text("note.txt"); "\n"; "<LF>"))  // expect: a<LF>b
TEXT TO DOCUMENT("note.txt"; "thé"; "UTF-8")
ALERT(String(Get document size("note.txt"))+" "+Document to text("note.txt"; "ISO-8859-1"))  // expect: 7 thé
TEXT TO DOCUMENT(Folder(fk database folder).platformPath+"abs.txt"; "x"; "UTF-16LE"; Document with CRLF)
ALERT(String(File("/PACKAGE/abs.txt").size))  // expect: 2
Try
	$t:=Document to text("none.txt")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -43
End try
