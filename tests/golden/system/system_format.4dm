// GET SYSTEM FORMAT answers with the formats run4d uses (US English)
var $v : Text
GET SYSTEM FORMAT(Decimal separator; $v)
ALERT($v+" "+String(1.5))  // expect: . 1.5
GET SYSTEM FORMAT(Date separator; $v)
ALERT($v+" "+String(!2021-03-04!))  // expect: / 03/04/2021
GET SYSTEM FORMAT(Short date month position; $v)
ALERT($v)  // expect: 1
GET SYSTEM FORMAT(Time separator; $v)
ALERT($v)  // expect: :
GET SYSTEM FORMAT(System time PM label; $v)
ALERT($v)  // expect: PM
ALERT(String(Count screens)+" "+String(Screen width))  // expect: 0 0
