// Blank if null date, added to a format, turns the null date into ""
ALERT("["+String(!00-00-00!; Internal date long+Blank if null date)+"]")  // expect: []
ALERT("["+String(!00-00-00!; Internal date long)+"]")  // expect: [00/00/00]
ALERT(String(!2024-02-05!; Internal date long+Blank if null date))  // expect: February 5, 2024
