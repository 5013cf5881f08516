// Icons need a desktop: getIcon() and GET DOCUMENT ICON are not supported
$x:=Try(File("/PACKAGE/x.txt").getIcon())
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // expect: -10751 4D.File.getIcon() is not supported by run4d
$x:=Try(Folder("/PACKAGE").getIcon(32))
ALERT(Last errors[0].message)  // expect: 4D.Folder.getIcon() is not supported by run4d
