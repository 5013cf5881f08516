// COPY/MOVE/DELETE DOCUMENT, CREATE/DELETE FOLDER and Test path name
CREATE FOLDER("a")
CREATE FOLDER("b/c/d"; *)
ALERT(String(Test path name("a"))+" "+String(Test path name("b/c/d/"))+" "+String(Test path name("none")))  // expect: 0 0 -43
TEXT TO DOCUMENT("a/f.txt"; "f")
ALERT(String(Test path name("a/f.txt"))+" "+String(Is a document)+" "+String(Is a folder))  // expect: 1 1 0
COPY DOCUMENT("a/f.txt"; "b/")
COPY DOCUMENT("a/f.txt"; "b/"; "g.txt")
COPY DOCUMENT("a/f.txt"; "b/h.txt")
ALERT(Folder("/PACKAGE/b").files().map(Formula($1.value.fullName)).join(","))  // expect: f.txt,g.txt,h.txt
Try
	COPY DOCUMENT("a/f.txt"; "b/h.txt")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -48
End try
TEXT TO DOCUMENT("a/f.txt"; "F2")
COPY DOCUMENT("a/f.txt"; "b/h.txt"; *)
ALERT(Document to text("b/h.txt"))  // expect: F2
CREATE FOLDER("copied")
COPY DOCUMENT("a/"; "copied/")
ALERT(Document to text("copied/a/f.txt"))  // expect: F2
MOVE DOCUMENT("b/g.txt"; "a/moved.txt")
ALERT(String(Test path name("b/g.txt"))+" "+String(Test path name("a/moved.txt")))  // expect: -43 1
Try
	MOVE DOCUMENT("a/moved.txt"; "a/f.txt")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -48
End try
DELETE DOCUMENT("a/moved.txt")
Try
	DELETE DOCUMENT("a/moved.txt")
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(OK))  // expect: -43 0
End try
Try
	DELETE FOLDER("b")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -47
End try
DELETE FOLDER("b"; Delete with contents)
ALERT(String(Test path name("b")))  // expect: -43
Try
	CREATE FOLDER("x/y/z")
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -120
End try
