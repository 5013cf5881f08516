$at:=Find in array(alIds;99999)
