// A // comment whose last character is a backslash goes on over the next line
//ALERT("commented") \
ALERT("also commented")
ALERT("shown")  // expect: shown
// a backslash followed by a space does not continue the comment \ 
ALERT("shown too")  // expect: shown too
