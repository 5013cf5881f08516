// The keywords go into a collection or through a pointer
GET TEXT KEYWORDS("a b"; "words")
// expect runtime error: Parameter 2 of GET TEXT KEYWORDS: Collection or Pointer expected, got Text
