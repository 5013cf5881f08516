// The properties of a 4D.File, before and after it exists on disk
var $f : 4D.File
$f:=File("/PACKAGE/notes/report.final.txt")
ALERT($f.path)  // expect: /PACKAGE/notes/report.final.txt
ALERT($f.fullName+" | "+$f.name+" | "+$f.extension)  // expect: report.final.txt | report.final | .txt
ALERT(String($f.exists)+" "+String($f.size)+" "+String($f.isWritable))  // expect: False 0 False
ALERT(String($f.isFile)+" "+String($f.isFolder)+" "+String($f.isAlias)+" "+String($f.hidden))  // expect: True False False False
ALERT(String($f.platformPath=(Folder(fk database folder).platformPath+"notes/report.final.txt")))  // expect: True
ALERT($f.parent.path+" "+String(OB Instance of($f.parent; 4D.Folder)))  // expect: /PACKAGE/notes/ True
ALERT(String($f.create()))  // expect: True
ALERT(String($f.exists)+" "+String($f.size)+" "+String($f.isWritable))  // expect: True 0 True
ALERT(String($f.original=$f))  // expect: True
ALERT(String(File("/PACKAGE/.secret").hidden)+" "+File("/PACKAGE/noext").extension+"|")  // expect: True |
ALERT(String(OB Instance of($f; 4D.File))+" "+OB Class($f).name)  // expect: True File
var $g:=4D.File.new("/PACKAGE/notes/report.final.txt")
ALERT(String($g.exists)+" "+$g.path)  // expect: True /PACKAGE/notes/report.final.txt
