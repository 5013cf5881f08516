// ZIP Create archive of a folder (with its enclosing folder), then ZIP Read archive and its ZipFolder/ZipFile view
var $src:=Folder("/PACKAGE/docs")
$src.file("a.txt").setText("hello a")
$src.file("sub/b.txt").setText("hello b")
var $zip:=File("/PACKAGE/out/docs.zip")
var $status:=ZIP Create archive($src; $zip)
ALERT(JSON Stringify($status))  // expect: {"success":true,"status":0,"statusText":""}
var $archive:=ZIP Read archive($zip)
ALERT(OB Class($archive).name+" "+OB Class($archive.root).name+" "+$archive.root.path)  // expect: ZipArchive ZipFolder /
var $top:=$archive.root.folders()[0]
ALERT($top.path+" "+$top.name+" "+String($top.isFolder))  // expect: /docs/ docs True
ALERT($top.files().map(Formula($1.value.fullName)).join(","))  // expect: a.txt
ALERT($top.files(fk recursive).map(Formula($1.value.path)).join(","))  // expect: /docs/a.txt,/docs/sub/b.txt
var $b:=$archive.root.file("docs/sub/b.txt")
ALERT($b.getText()+" "+String($b.size)+" "+$b.extension+" "+String($b.isWritable)+" "+$b.parent.path)  // expect: hello b 7 .txt False /docs/sub/
ALERT(String($b.getContent().size)+" "+String($b.modificationDate=Current date))  // expect: 7 True
ALERT(String($archive.root.file("nope")=Null)+" "+String($archive.root.folder("docs/sub").exists))  // expect: True True
var $out:=$archive.root.copyTo(Folder("/PACKAGE/out"); "unzipped")
ALERT($out.file("docs/sub/b.txt").getText())  // expect: hello b
var $one:=$b.copyTo(Folder("/PACKAGE/out"))
ALERT($one.path+" "+$one.getText())  // expect: /PACKAGE/out/b.txt hello b
$status:=ZIP Create archive($src; File("/PACKAGE/out/flat.zip"); ZIP Without enclosing folder)
ALERT(ZIP Read archive(File("/PACKAGE/out/flat.zip")).root.files().map(Formula($1.value.fullName)).join(","))  // expect: a.txt
