// Week numbers and local days of the week: weeks start on Monday, ISO week 1
ALERT(String(!1954-03-17!; "w eeee e"))  // expect: 11 Wednesday 3
ALERT(String(!2021-01-01!; "w Y y"))  // expect: 53 2020 2021
ALERT(String(!2024-02-04!; "ee ccc"))  // expect: 07 Sun
