// The fk folders of a headless Linux run (docs/decisions.md): the user's folders come from HOME and XDG
var $home:=Folder(fk home folder)
ALERT(String(Folder(fk documents folder).path=$home.path)+" "+String(Folder(fk desktop folder).path=$home.path))  // expect: True True
$home.folder("Documents").create()
ALERT(String(Folder(fk documents folder).path=$home.folder("Documents").path))  // expect: True
ALERT(String(Folder(fk user preferences folder).path=($home.path+".config/4D/")))  // expect: True
ALERT(Folder(fk web root folder).fullName+" "+Folder(fk resources folder).fullName+" "+Folder(fk mobileApps folder).fullName)  // expect: WebFolder Resources MobileApps
ALERT(Folder(fk applications folder).path+" "+Folder(fk system folder).path)  // expect: /opt/ /etc/
ALERT(String(Folder(fk licenses folder).path=($home.path+".local/share/4D/Licenses/")))  // expect: True
$x:=Try(Folder(12345))
ALERT(String(Last errors[0].errCode))  // expect: -10718
