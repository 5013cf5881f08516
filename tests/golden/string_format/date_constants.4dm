// The Date Display Formats constants
$d:=!2024-02-05!
ALERT(String($d; System date short))  // expect: 02/05/2024
ALERT(String($d; System date abbreviated))  // expect: Mon, Feb 5, 2024
ALERT(String($d; System date long))  // expect: Monday, February 5, 2024
ALERT(String($d; Internal date short special))  // expect: 02/05/24
ALERT(String($d; Internal date long))  // expect: February 5, 2024
ALERT(String($d; Internal date abbreviated))  // expect: Feb 5, 2024
ALERT(String($d; Internal date short))  // expect: 02/05/2024
ALERT(String($d; ISO Date))  // expect: 2024-02-05T00:00:00
