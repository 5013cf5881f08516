// An empty format is the default one; run4d has no custom styles, so "|name" is too
ALERT(String(1234.5; ""))  // expect: 1234.5
ALERT(String(1234.5; "|Money"))  // expect: 1234.5
