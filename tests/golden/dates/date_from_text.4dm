// Date reads US MM/DD/YY(YY) texts (any non-digits separate the parts), ISO texts, and year-first texts
ALERT(String(Date("7/4/1976")))  // expect: 07/04/1976
ALERT(String(Date("12.31.2001")))  // expect: 12/31/2001
ALERT(String(Date("due on 3 - 9 - 2030 at noon")))  // expect: 03/09/2030
ALERT(String(Date("2019-08-07T10:11:12")))  // expect: 08/07/2019
ALERT(String(Date("2019-08-07T10:11:12.345")))  // expect: 08/07/2019
ALERT(String(Date("2019-08-07")))  // expect: 08/07/2019
ALERT(String(Date("2018/01/21")))  // expect: 01/21/2018
