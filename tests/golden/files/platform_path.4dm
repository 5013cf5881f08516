// fk platform path: on Linux an absolute path of the machine (~ is the home folder); relative paths are refused
var $f:=File(Folder(fk database folder).platformPath+"p.txt"; fk platform path)
ALERT(String($f.path=(Folder(fk database folder).path+"p.txt")))  // expect: True
ALERT(String(Folder("~"; fk platform path).path=Folder(fk home folder).path))  // expect: True
$x:=Try(File("p.txt"; fk platform path))
ALERT(String(Last errors[0].errCode))  // expect: -10750
$x:=Try(File("/x"; 7))
ALERT(String(Last errors[0].errCode))  // expect: -10718
