// Desktop-only commands do nothing headless; the data file of a dataless run is not locked
OPEN URL("https://example.com")
DISPLAY NOTIFICATION("Title"; "Text")
ALERT(String(Is data file locked))  // expect: False
