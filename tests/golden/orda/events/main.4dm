// ORDA entity events and the entity class constructor (docs/ORDA/orda-events.md)
var $p; $q : cs.ProductEntity
var $s : Object
var $sel : cs.ProductSelection

// new(): the constructor gives the defaults; its assignments fire touched (attribute level first)
$p:=ds.Product.new()
ALERT($p.name+" "+String($p.cost)+" "+String($p.price)+" "+$p.status+" "+$p.code)
ALERT(JSON Stringify($p.touchedAttributes()))
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: cost
// expect: touched: price
// expect: touched: status
// expect: New product 100 200 OK NEW
// expect: ["name","code","cost","price","status"]

// a margin under 50: mild validation error, nothing saved, no error raised
$p.price:=120
$s:=$p.save()
ALERT(JSON Stringify($s))
ALERT(String(ds.Product.getCount())+" "+String(ds.Log.getCount()))
// expect: touched: price
// expect: validateSave margin: 20
// expect: afterSave: failed [] {"success":false,"status":7,"statusText":"Mild Validation Error","errors":[{"errCode":1,"message":"Margin too low","extraDescription":{"margin":20},"componentSignature":"DBEV"}]}
// expect: {"success":false,"status":7,"statusText":"Mild Validation Error","errors":[{"errCode":1,"message":"Margin too low","extraDescription":{"margin":20},"componentSignature":"DBEV"}]}
// expect: 0 0

// valid: validateSave (attribute, then entity), saving (attribute, then entity), the write, afterSave
$p.name:="Widget"
$p.price:=300
$s:=$p.save()
ALERT(JSON Stringify($s)+" "+String(ds.Product.getCount())+" "+String(ds.Log.getCount()))
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: price
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code","cost","price","status"] {"success":true}
// expect: {"success":true} 1 1

// save() with nothing touched: the entity-level events run, no afterSave
$s:=$p.save()
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving: {"kind":"saving","dataClassName":"Product"}

// reading from the database runs no constructor and no touched event
$q:=ds.Product.get($p.ID)
ALERT($q.name+" "+$q.code+" "+JSON Stringify($q.touchedAttributes()))
// expect: Widget WID []

// a serious validation error (seriousError: true) is raised, the save does not happen
$q.status:="FROZEN"
Try
	$s:=$q.save()
Catch
	ALERT("caught: "+JSON Stringify(Last errors))
End try
ALERT(ds.Product.get($p.ID).status)
// expect: touched: status
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: afterSave: failed [] {"success":false,"status":8,"statusText":"Serious Validation Error","errors":[{"errCode":2,"message":"Frozen product","seriousError":true,"componentSignature":"DBEV"}]}
// expect: caught: [{"errCode":2,"message":"Frozen product","componentSignature":"DBEV","seriousError":true}]
// expect: OK

// an error object returned by saving is always serious; afterSave sees a status without errors
$q.status:="OK"
$q.name:="No disk"
Try
	$s:=$q.save()
Catch
	ALERT("caught: "+JSON Stringify(Last errors))
End try
ALERT(ds.Product.get($p.ID).name)
// expect: touched: status
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: afterSave: failed [] {"success":false,"status":4,"statusText":"Other error"}
// expect: caught: [{"errCode":3,"message":"No space to store the manual","componentSignature":"DBEV"}]
// expect: Widget

// an error thrown in a touched event does not undo the assignment; the caller gets the error
$q:=ds.Product.get($p.ID)
Try
	$q.name:="boom"
Catch
	ALERT("caught: "+Last errors[0].message+" / name is "+$q.name)
End try
// expect: touched name: touched name Product
// expect: touched: code
// expect: caught: touched name failed / name is boom

// save() of This inside afterSave is an error
$q.name:="again"
Try
	$s:=$q.save()
Catch
	ALERT("caught: "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
ALERT(ds.Product.get($p.ID).name)
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code"] {"success":true}
// expect: caught: -10813 save() cannot be called on This in its own afterSave event
// expect: again

// drop: validateDrop (attribute status, always), dropping, the delete, afterDrop
$q.name:="Widget"
$s:=$q.drop()
ALERT(JSON Stringify($s))
$q.status:="TO DELETE"
$q.name:="locked file"
$q.save()
Try
	$s:=$q.drop()
Catch
	ALERT("caught: "+JSON Stringify(Last errors))
End try
ALERT(String(ds.Product.getCount()))
$q.name:="Gone"
$q.save()
$s:=$q.drop()
ALERT(JSON Stringify($s)+" "+String(ds.Product.getCount()))
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateDrop status: OK
// expect: afterDrop: failed [] {"success":false,"status":7,"statusText":"Mild Validation Error","errors":[{"errCode":4,"message":"Mark it TO DELETE first","componentSignature":"DBEV"}]}
// expect: {"success":false,"status":7,"statusText":"Mild Validation Error","errors":[{"errCode":4,"message":"Mark it TO DELETE first","componentSignature":"DBEV"}]}
// expect: touched: status
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code","status"] {"success":true}
// expect: validateDrop status: TO DELETE
// expect: dropping: {"kind":"dropping","dataClassName":"Product"}
// expect: afterDrop: failed [] {"success":false,"status":4,"statusText":"Other error"}
// expect: caught: [{"errCode":5,"message":"The manual cannot be deleted","componentSignature":"host"}]
// expect: 1
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateSave margin: 200
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code"] {"success":true}
// expect: validateDrop status: TO DELETE
// expect: dropping: {"kind":"dropping","dataClassName":"Product"}
// expect: afterDrop: success ["ID","name","cost","price","status","code"] {"success":true}
// expect: {"success":true} 0

// fromCollection(): the constructor, then the values given (touched), then the save events
$sel:=ds.Product.fromCollection([{name: "Alpha"; price: 400}; {name: "Beta"; status: "TO DELETE"}])
ALERT(JSON Stringify($sel.toCollection("name,cost,price,status,code")))
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: cost
// expect: touched: price
// expect: touched: status
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: price
// expect: validateSave margin: 300
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code","cost","price","status"] {"success":true}
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: cost
// expect: touched: price
// expect: touched: status
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: status
// expect: validateSave margin: 100
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code","cost","price","status"] {"success":true}
// expect: [{"name":"Alpha","cost":100,"price":400,"status":"OK","code":"ALP"},{"name":"Beta","cost":100,"price":200,"status":"TO DELETE","code":"BET"}]

// entitySelection.drop(): the events of each entity; those refused are returned
$sel:=ds.Product.all().drop()
ALERT(JSON Stringify($sel.name)+" "+String(ds.Product.getCount()))
// expect: validateDrop status: OK
// expect: afterDrop: failed [] {"success":false,"status":7,"statusText":"Mild Validation Error","errors":[{"errCode":4,"message":"Mark it TO DELETE first","componentSignature":"DBEV"}]}
// expect: validateDrop status: TO DELETE
// expect: dropping: {"kind":"dropping","dataClassName":"Product"}
// expect: afterDrop: success ["ID","name","cost","price","status","code"] {"success":true}
// expect: ["Alpha"] 1

// in a transaction: the events run inside it, and their writes are cancelled with it
ds.startTransaction()
$p:=ds.Product.new()
$p.name:="Temp"
$p.save()
ds.cancelTransaction()
ALERT(String(ds.Product.getCount())+" "+String(ds.Log.getCount()))
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: touched: cost
// expect: touched: price
// expect: touched: status
// expect: touched name: touched name Product
// expect: touched: code
// expect: touched: name
// expect: validateSave margin: 100
// expect: validateSave: {"kind":"validateSave","dataClassName":"Product"}
// expect: saving name: name
// expect: saving: {"kind":"saving","dataClassName":"Product"}
// expect: afterSave: success ["name","code","cost","price","status"] {"success":true}
// expect: 1 7

// the classic language triggers neither the constructor nor the events
CREATE RECORD([Product])
[Product]name:="Classic"
[Product]cost:=1
SAVE RECORD([Product])
ALERT(ds.Product.query("name = :1"; "Classic").first().status+"|"+ds.Product.query("name = :1"; "Classic").first().code+"|")
// expect: ||
