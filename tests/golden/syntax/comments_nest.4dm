// Line comments and block comments; block comments nest
/* a block comment
   /* with a nested one */
   still a comment */
ALERT("after comments")  // expect: after comments
ALERT(/* inline */ "inline ok")  // expect: inline ok
