// Day number: Sunday = 1 ... Saturday = 7; 2 for the null date
ALERT(String(Day number(!2024-03-03!)))  // expect: 1
ALERT(String(Day number(!2024-03-06!)=Wednesday))  // expect: True
ALERT(String(Day number(!2024-03-09!)))  // expect: 7
ALERT(String(Day number(!00-00-00!)))  // expect: 2
