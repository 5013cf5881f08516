// getAppInfo/setAppInfo read and write the keys of an XML .plist; other files give {} and are left alone
var $plist:=File("/PACKAGE/Info.plist")
$plist.setText("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key><string>Demo</string><key>Build</key><integer>7</integer><key>Tags</key><array><string>a</string></array></dict></plist>")
var $info:=$plist.getAppInfo()
ALERT($info.CFBundleName+" "+String($info.Build)+" "+$info.Tags[0])  // expect: Demo 7 a
$plist.setAppInfo({Build: "8"; Copyright: "run4d"; Shipped: "2021-04-22T06:00:00Z"; Flag: True})
$info:=$plist.getAppInfo()
ALERT(String(Value type($info.Build))+" "+String($info.Build)+" "+$info.Copyright+" "+$info.Shipped+" "+String($info.Flag))  // expect: 1 8 run4d 2021-04-22T06:00:00Z True
ALERT(JSON Stringify(File("/PACKAGE/app.exe").getAppInfo()))  // expect: {}
var $text:=File("/PACKAGE/plain.txt")
$text.setText("hello")
$text.setAppInfo({x: 1})
ALERT($text.getText())  // expect: hello
File("/PACKAGE/binary.plist").setText("bplist00")
$x:=Try(File("/PACKAGE/binary.plist").getAppInfo())
ALERT(String(Last errors[0].errCode))  // expect: -10718
