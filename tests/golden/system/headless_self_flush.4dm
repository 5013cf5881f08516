// Self is out of context headless (no form object method runs): a Nil pointer. FLUSH CACHE has no buffers to write.
ALERT(String(Is nil pointer(Self)))  // expect: True
FLUSH CACHE
FLUSH CACHE(*)
ALERT("flushed")  // expect: flushed
