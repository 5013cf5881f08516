// Add to date adds years, months and days (negative values go back)
ALERT(String(Add to date(!2020-02-29!; 1; 0; 0)))  // expect: 03/01/2021
ALERT(String(Add to date(!2021-11-15!; 0; 3; 0)))  // expect: 02/15/2022
ALERT(String(Add to date(!2021-03-01!; 0; 0; -1)))  // expect: 02/28/2021
ALERT(String(Add to date(!2021-05-10!; -1; -5; 10)))  // expect: 12/20/2019
ALERT(String(Add to date(!00-00-00!; 0; 0; 5)))  // expect: 00/00/00
