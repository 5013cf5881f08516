// GET/SET DOCUMENT PROPERTIES: lock (read-only) and the modification moment (Linux keeps no creation date)
TEXT TO DOCUMENT("p.txt"; "p")
var $locked; $invisible : Boolean
var $cOn; $mOn : Date
var $cAt; $mAt : Time
GET DOCUMENT PROPERTIES("p.txt"; $locked; $invisible; $cOn; $cAt; $mOn; $mAt)
ALERT(String($locked)+" "+String($invisible)+" "+String($mOn=Current date))  // expect: False False True
SET DOCUMENT PROPERTIES("p.txt"; True; False; !2020-01-02!; ?10:00:00?; !2021-03-04!; ?05:06:07?)
GET DOCUMENT PROPERTIES("p.txt"; $locked; $invisible; $cOn; $cAt; $mOn; $mAt)
ALERT(String($mOn)+" "+String($mAt)+" "+String(File("/PACKAGE/p.txt").modificationDate))  // expect: 03/04/2021 05:06:07 03/04/2021
SET DOCUMENT PROPERTIES("p.txt"; False; False; !2020-01-02!; ?10:00:00?; !2021-03-04!; ?05:06:07?)
Try
	GET DOCUMENT PROPERTIES("none.txt"; $locked; $invisible; $cOn; $cAt; $mOn; $mAt)
Catch
	ALERT(String(Last errors[0].errCode))  // expect: -43
End try
