// An ISO text with a zone is a moment, read in the machine's time zone (noon UTC keeps the day)
ALERT(String(Date("2008-03-04T12:00:00Z")))  // expect: 03/04/2008
ALERT(String(Date("2008-03-04T12:00:00+00:00")))  // expect: 03/04/2008
