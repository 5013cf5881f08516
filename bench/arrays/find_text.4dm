$at:=Find in array(atNames;"absent")
