// MULTI SORT ARRAY(pointers; orders): the arrays and their orders given in two arrays
ARRAY TEXT(city;4)
ARRAY REAL(price;4)
ARRAY TEXT(shop;4)
city{1}:="Nantes"
city{2}:="Brest"
city{3}:="Nantes"
city{4}:="Brest"
price{1}:=3
price{2}:=8
price{3}:=5
price{4}:=1
shop{1}:="w"
shop{2}:="x"
shop{3}:="y"
shop{4}:="z"
ARRAY POINTER($ptrs;3)
ARRAY LONGINT($orders;3)
$ptrs{1}:=->city
$ptrs{2}:=->price
$ptrs{3}:=->shop
$orders{1}:=1
$orders{2}:=-1
$orders{3}:=0
MULTI SORT ARRAY($ptrs;$orders)
ALERT(JSON Stringify array(shop))  // expect: ["x","z","y","w"]
$orders{2}:=0
$orders{1}:=-1
MULTI SORT ARRAY($ptrs;$orders)
ALERT(JSON Stringify array(city))  // expect: ["Nantes","Nantes","Brest","Brest"]
ARRAY LONGINT($short;2)
Try
	MULTI SORT ARRAY($ptrs;$short)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: 74
End try
