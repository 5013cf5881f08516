// File(constant): the 4D files a headless run can name; the others give Null
var $f:=File(User settings file)
ALERT($f.path)  // expect: /PROJECT/Settings/settings.4DSettings
ALERT(File(Diagnostic log file).path)  // expect: /LOGS/4DDiagnosticLog.txt
ALERT(String(File(Last backup file)=Null))  // expect: True
ALERT(String(File(Backup settings file for data).parent.parent.platformPath=Folder(fk data folder).platformPath))  // expect: True
