// The properties of a 4D.Folder: its path ends with "/", it has a name and an extension like a file
var $d:=Folder("/PACKAGE/Bundles/My.app")
ALERT($d.path+" | "+$d.fullName+" | "+$d.name+" | "+$d.extension)  // expect: /PACKAGE/Bundles/My.app/ | My.app | My | .app
ALERT(String($d.exists)+" "+String($d.isFolder)+" "+String($d.isFile)+" "+String($d.isPackage)+" "+String($d.isAlias))  // expect: False True False False False
ALERT(String($d.create())+" "+String($d.exists)+" "+String($d.isWritable))  // expect: True True True
ALERT($d.parent.path+" "+$d.parent.parent.path)  // expect: /PACKAGE/Bundles/ /PACKAGE/
ALERT(String($d.original=$d)+" "+String($d.creationDate=Current date))  // expect: True True
ALERT(String(Folder("/").parent=Null)+" "+Folder("/").path)  // expect: True /
ALERT(String(Folder("/PACKAGE").parent.path=Folder(Folder(fk database folder).parent.platformPath; fk platform path).path))  // expect: True
ALERT(String(OB Instance of($d; 4D.Folder))+" "+String(4D.Folder.new("/PACKAGE").path="/PACKAGE/"))  // expect: True True
