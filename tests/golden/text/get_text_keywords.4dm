// GET TEXT KEYWORDS splits a text into words (into a collection in run4d)
var $words : Collection:=[]
GET TEXT KEYWORDS("10,000 Jean-Pierre BC45, isn't it?"; $words)
ALERT(JSON Stringify($words))  // expect: ["10,000","Jean","Pierre","BC45","isn't","it"]
var $unique : Collection
GET TEXT KEYWORDS("the cat and THE dog and the bird"; ->$unique; *)
ALERT(JSON Stringify($unique))  // expect: ["the","cat","and","dog","bird"]
