// Patterns show the time of day: hours past 24 wrap around
ALERT(String(?25:10:00?; "HH:mm"))  // expect: 01:10
