// Copy every file of one folder into another (1,000 small files in the benchmark)
#DECLARE($from : Text; $to : Text) : Integer
var $dest:=Folder($to; fk platform path)
var $count : Integer
For each ($file; Folder($from; fk platform path).files())
	$file.copyTo($dest; fk overwrite)
	$count+=1
End for each
return $count
