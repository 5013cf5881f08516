// The filesystems: /PACKAGE is the database folder, /DATA its Data folder, /LOGS, /RESOURCES, /PROJECT, /SOURCES
var $db:=Folder(fk database folder).platformPath
ALERT(String(Folder("/PACKAGE").platformPath=$db))  // expect: True
ALERT(String(Folder("/DATA").platformPath=($db+"Data/"))+" "+String(Folder(fk data folder).platformPath=($db+"Data/")))  // expect: True True
ALERT(String(Folder("/LOGS").platformPath=($db+"Logs/"))+" "+String(Folder(fk logs folder).path=Folder("/LOGS").platformPath))  // expect: True True
ALERT(String(Folder("/RESOURCES").platformPath=($db+"Resources/")))  // expect: True
ALERT(String(Folder("/PROJECT").platformPath=($db+"Project/"))+" "+String(Folder("/SOURCES").platformPath=($db+"Project/Sources/")))  // expect: True True
ALERT(Folder("/DATA/sub").path+" "+File("/LOGS/a.log").path)  // expect: /DATA/sub/ /LOGS/a.log
ALERT(String(Folder("/PACKAGE/x/../y").path))  // expect: /PACKAGE/y/
ALERT(String(Folder("/PACKAGE/..").path=Folder(fk database folder).parent.path))  // expect: True
