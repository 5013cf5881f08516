ARRAY TEXT(atShared;2)
atShared{2}:="second"
ARRAY TEXT(◊atAll;2)
<>atAll{1}:="one"
◊atAll{2}:="two"
