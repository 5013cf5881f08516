// OB Class: 4D.Object for a plain object, the class of a built-in object, Null for a non-object
ALERT(OB Class({}).name)  // expect: Object
ALERT(OB Class(4D.Blob.new()).name)  // expect: Blob
ALERT(String(OB Class("text")=Null))  // expect: True
