// GET TEXT KEYWORDS fills a text array with the words of a text
ARRAY TEXT($words;0)
GET TEXT KEYWORDS("One two, two THREE";$words)
ALERT(JSON Stringify array($words))  // expect: ["One","two","two","THREE"]
GET TEXT KEYWORDS("One two, two THREE";$words;*)
ALERT(JSON Stringify array($words))  // expect: ["One","two","THREE"]
GET TEXT KEYWORDS("made for me";$new)
ALERT(String(Type($new)=Text array))  // expect: True
