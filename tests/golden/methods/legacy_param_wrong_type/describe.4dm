C_TEXT($1)
C_LONGINT($2)
C_DATE($3)
$0:="["+$1+"] "+String($2)+" "+String($3)
