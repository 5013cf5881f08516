$at:=Find in array(arReals;-1)
