// DOCUMENT LIST, FOLDER LIST and VOLUME LIST fill Text arrays, in name order
CREATE FOLDER("lists/sub1"; *)
TEXT TO DOCUMENT("lists/b.txt"; "b")
TEXT TO DOCUMENT("lists/a.txt"; "a")
TEXT TO DOCUMENT("lists/.hidden"; "h")
CREATE FOLDER("lists/sub2"; *)
TEXT TO DOCUMENT("lists/sub1/c.txt"; "c")
ARRAY TEXT($docs; 0)
DOCUMENT LIST("lists"; $docs)
ALERT(String(Size of array($docs))+" "+$docs{1}+" "+$docs{2}+" "+$docs{3})  // expect: 3 .hidden a.txt b.txt
DOCUMENT LIST("lists"; $docs; Ignore invisible+Recursive parsing)
ALERT(String(Size of array($docs))+" "+$docs{3})  // expect: 3 sub1/c.txt
DOCUMENT LIST("lists"; $docs; Absolute path)
ALERT(String($docs{2}=(Get 4D folder(Database folder)+"lists/a.txt")))  // expect: True
ARRAY TEXT($folders; 0)
FOLDER LIST("lists"; $folders)
ALERT(String(Size of array($folders))+" "+$folders{1}+" "+$folders{2})  // expect: 2 sub1 sub2
ARRAY TEXT($volumes; 0)
VOLUME LIST($volumes)
ALERT(String(Size of array($volumes)>0)+" "+$volumes{1})  // expect: True /
Try
	DOCUMENT LIST("none"; $docs)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -120
End try
