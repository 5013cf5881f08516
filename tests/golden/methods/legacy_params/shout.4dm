// Legacy parameters $1..$n and result $0
C_TEXT($0; $1)
$0:=Uppercase(Substring($1; 1; 4))+Substring($1; 5)
