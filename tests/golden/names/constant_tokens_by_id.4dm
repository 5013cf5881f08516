// A `:K` editor token resolves by its id whatever the spelling of its name
// (code exported by a French 4D, or a constant renamed since)
ALERT(String(Est un texte:K8:3))  // expect: 2
ALERT(String(Sur chargement:K2:1))  // expect: 1
ALERT(String(Est un document:K24:1))  // expect: 1
ALERT(String(Mode lecture:K24:5))  // expect: 2
ALERT(String(lk supprimer de sélection:K53:3))  // expect: 2
// The English names, with and without their tokens
ALERT(String(Into variable:K19:4)+" "+String(Into set))  // expect: 3 1
ALERT(String(Object type listbox:K79:8)+" "+String(Object type unknown))  // expect: 7 0
ALERT(String(Plain form window:K39:10+Form has no menu bar))  // expect: 2056
ALERT(String(ST Start text:K78:15)+" "+String(ST End highlight))  // expect: 1 -1001
ALERT(String(XML ELEMENT:K45:20)+" "+String(XML DATA))  // expect: 11 6
ALERT(String(Use sheet window:K24:11+Package open))  // expect: 18
ALERT(String(PC byte ordering:K22:3))  // expect: 2
ALERT(Folder separator:K24:12)  // expect: /
