// With *, TEXT TO BLOB appends to the blob
var $b : Blob
TEXT TO BLOB("ab"; $b; UTF8 text without length)
TEXT TO BLOB("cd"; $b; UTF8 text without length; *)
TEXT TO BLOB("é"; $b; UTF8 C string; *)
ALERT(String(BLOB size($b)))  // expect: 7
ALERT(BLOB to text($b; UTF8 text without length; 0; 4))  // expect: abcd
