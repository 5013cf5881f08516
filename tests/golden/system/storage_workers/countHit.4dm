#DECLARE($times : Integer)
For ($i; 1; $times)
	Use (Storage.hits)
		Storage.hits.count:=Storage.hits.count+1
	End use
End for
