// BASE64 ENCODE writes into a second parameter, also given as an explicit pointer, or into a Blob variable
var $text : Text
var $b : Blob
BASE64 ENCODE("Olá ✓"; ->$text)
ALERT($text)  // expect: T2zDoSDinJM=
TEXT TO BLOB("Olá ✓"; $b; UTF8 text without length)
BASE64 ENCODE($b)
ALERT(Convert to text($b; "US-ASCII"))  // expect: T2zDoSDinJM=
BASE64 ENCODE(->$text)
ALERT($text)  // expect: VDJ6RG9TRGluSk09
