// var ${2} : Text types the parameters from the second one, as C_TEXT(${2}) does
#DECLARE($first : Text)
var ${2} : Text
ALERT(String(Count parameters))
// args: 1 b c
// expect: 3
