// Path to object / Object to path, path conversions, Get 4D folder, Temporary folder, System folder
ALERT(JSON Stringify(Path to object("/home/me/doc.tar.gz")))  // expect: {"parentFolder":"/home/me/","name":"doc.tar","extension":".gz","isFolder":false}
ALERT(JSON Stringify(Path to object("/home/me/dir/"; Path is POSIX)))  // expect: {"parentFolder":"/home/me/","name":"dir","extension":"","isFolder":true}
ALERT(JSON Stringify(Path to object("file.txt")))  // expect: {"parentFolder":"","name":"file","extension":".txt","isFolder":false}
ALERT(Object to path({parentFolder: "/a/b"; name: "c"; extension: "txt"}))  // expect: /a/b/c.txt
ALERT(Object to path({parentFolder: "/a/"; name: "d"; isFolder: True}))  // expect: /a/d/
ALERT(Convert path system to POSIX("/a b/c"; *)+" "+Convert path POSIX to system("/a%20b/c"; *)+" "+Convert path system to POSIX("/x"))  // expect: /a%20b/c /a b/c /x
ALERT(String(Get 4D folder(Database folder)=Folder(fk database folder).platformPath))  // expect: True
ALERT(String(Get 4D folder(Data folder)=Folder(fk data folder).platformPath)+" "+String(Get 4D folder(Logs folder)=Folder("/LOGS").platformPath))  // expect: True True
ALERT(String(Get 4D folder(Current resources folder)=Folder("/RESOURCES").platformPath))  // expect: True
ALERT(String(Get 4D folder=Folder(fk user preferences folder).platformPath))  // expect: True
ALERT(String(Get 4D file(Debug log file)=File("/LOGS/4DDebugLog.txt").platformPath)+" ["+Get 4D file(Last backup file)+"]")  // expect: True []
ALERT(String(Temporary folder=Folder(fk home folder).parent.folder("tmp").platformPath))  // expect: True
ALERT(System folder(Fonts)+" ["+System folder(System32 Win)+"] "+String(System folder(Home folder)=Folder(fk home folder).platformPath))  // expect: /usr/share/fonts/ [] True
