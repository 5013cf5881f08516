// Read a whole text file with getText and write it to another with setText (50 MB in the benchmark)
#DECLARE($from : Text; $to : Text) : Integer
var $text:=File($from; fk platform path).getText()
File($to; fk platform path).setText($text)
return Length($text)
