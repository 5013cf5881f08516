// A Case of with more branches than one if/else chain holds (16): groups one after the other
var $r : Text
var $i : Integer
For ($i; 0; 21)
	Case of
		: ($i=0)
			$r:=$r+"0,"
		: ($i=1)
			$r:=$r+"1,"
		: ($i=2)
			$r:=$r+"2,"
		: ($i=3)
			$r:=$r+"3,"
		: ($i=4)
			$r:=$r+"4,"
		: ($i=5)
			$r:=$r+"5,"
		: ($i=6)
			$r:=$r+"6,"
		: ($i=7)
			$r:=$r+"7,"
		: ($i=8)
			$r:=$r+"8,"
		: ($i=9)
			$r:=$r+"9,"
		: ($i=10)
			$r:=$r+"10,"
		: ($i=11)
			$r:=$r+"11,"
		: ($i=12)
			$r:=$r+"12,"
		: ($i=13)
			$r:=$r+"13,"
		: ($i=14)
			$r:=$r+"14,"
		: ($i=15)
			$r:=$r+"15,"
		: ($i=16)
			$r:=$r+"16,"
		: ($i=17) | ($i=18)
			$r:=$r+"17,"
		: ($i=18)
			$r:=$r+"18,"
		: ($i=19)
			$r:=$r+"19,"
			break
		Else
			$r:=$r+"e,"
	End case
End for
ALERT($r)  // expect: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,17,19,
// the first true condition wins, even in a later group; no branch: nothing runs
var $n : Integer
$n:=18
Case of
	: ($n<=0)
		ALERT("first 0")
	: ($n<=1)
		ALERT("first 1")
	: ($n<=2)
		ALERT("first 2")
	: ($n<=3)
		ALERT("first 3")
	: ($n<=4)
		ALERT("first 4")
	: ($n<=5)
		ALERT("first 5")
	: ($n<=6)
		ALERT("first 6")
	: ($n<=7)
		ALERT("first 7")
	: ($n<=8)
		ALERT("first 8")
	: ($n<=9)
		ALERT("first 9")
	: ($n<=10)
		ALERT("first 10")
	: ($n<=11)
		ALERT("first 11")
	: ($n<=12)
		ALERT("first 12")
	: ($n<=13)
		ALERT("first 13")
	: ($n<=14)
		ALERT("first 14")
	: ($n<=15)
		ALERT("first 15")
	: ($n<=16)
		ALERT("first 16")
	: ($n<=17)
		ALERT("first 17")
	: ($n>=18)
		ALERT("at least 18")  // expect: at least 18
	: ($n=18)
		ALERT("never")
End case
$n:=100
Case of
	: ($n=0)
		ALERT("0")
	: ($n=1)
		ALERT("1")
	: ($n=2)
		ALERT("2")
	: ($n=3)
		ALERT("3")
	: ($n=4)
		ALERT("4")
	: ($n=5)
		ALERT("5")
	: ($n=6)
		ALERT("6")
	: ($n=7)
		ALERT("7")
	: ($n=8)
		ALERT("8")
	: ($n=9)
		ALERT("9")
	: ($n=10)
		ALERT("10")
	: ($n=11)
		ALERT("11")
	: ($n=12)
		ALERT("12")
	: ($n=13)
		ALERT("13")
	: ($n=14)
		ALERT("14")
	: ($n=15)
		ALERT("15")
	: ($n=16)
		ALERT("16")
	: ($n=17)
		ALERT("17")
	: ($n=18)
		ALERT("18")
	: ($n=19)
		ALERT("19")
End case
ALERT("none")  // expect: none
