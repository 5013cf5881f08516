// % finds whole words as ICU cuts them: a number keeps its decimal point and
// thousands separators, an apostrophe between letters stays inside the word
ALERT(String("Pay 12.75 now"%"12.75"))  // expect: True
ALERT(String("Pay 12.75 now"%"12"))  // expect: False
ALERT(String("About 3,500 people"%"3,500"))  // expect: True
ALERT(String("It's late"%"it's"))  // expect: True
// hyphens, commas and other punctuation separate words
ALERT(String("self-made man"%"made"))  // expect: True
ALERT(String("red;green;blue"%"GREEN"))  // expect: True
ALERT(String("(draft) notes"%"draft"))  // expect: True
// the right operand must be one whole word; a trailing @ matches a word's start
ALERT(String("self-made man"%"self-made"))  // expect: False
ALERT(String("Pay 12.75 now"%"2.7"))  // expect: False
ALERT(String("Résumé sent"%"resume"))  // expect: True
ALERT(String("Résumé sent"%"rés@"))  // expect: True
ALERT(String("Résumé sent"%"sum@"))  // expect: False
ALERT(String("anything"%""))  // expect: False
ALERT(String(""%"word"))  // expect: False
