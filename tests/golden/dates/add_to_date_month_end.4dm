// Past the end of a month the extra days carry over (run4d's reading of Add to date)
ALERT(String(Add to date(!2023-01-31!; 0; 1; 0)))  // expect: 03/03/2023
ALERT(String(Add to date(!2024-01-31!; 0; 1; 0)))  // expect: 03/02/2024
ALERT(String(Add to date(!2023-08-31!; 0; 1; 0)))  // expect: 10/01/2023
