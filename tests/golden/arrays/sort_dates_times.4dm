// Dates and times sort and search in their own order; the null date comes first
ARRAY TIME($slots;3)
$slots{1}:=?14:30:00?
$slots{2}:=?09:05:00?
$slots{3}:=?11:00:00?
SORT ARRAY($slots;>)
ALERT(String($slots{1})+" "+String($slots{3}))  // expect: 09:05:00 14:30:00
ALERT(String(Find in sorted array($slots;?11:00:00?;>;$at))+" "+String($at))  // expect: True 2
ARRAY DATE($days;3)
$days{1}:=!2030-01-01!
$days{3}:=!1999-12-31!
SORT ARRAY($days;>)
ALERT(String($days{1}=!00-00-00!)+" "+String(Year of($days{3})))  // expect: True 2030
ALERT(String(Find in sorted array($days;!2000-06-01!;>;$at))+" "+String($at))  // expect: False 3
