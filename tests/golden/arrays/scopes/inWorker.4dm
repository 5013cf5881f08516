ALERT(String(Undefined(atShared))+" "+◊atAll{2})  // expect: True two
