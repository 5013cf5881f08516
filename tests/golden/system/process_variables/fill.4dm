gText:="filled"
gObj:={k: 1}
