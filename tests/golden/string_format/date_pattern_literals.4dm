// Letters are pattern symbols unless quoted; '' is a quote; outer spaces are trimmed
ALERT(String(!2024-02-05!; "'Day' D 'of' yyyy"))  // expect: Day 36 of 2024
ALERT(String(!2024-02-05!; "d MMM ''yy"))  // expect: 5 Feb '24
ALERT("["+String(!2024-02-05!; "  dd.MM  ")+"]")  // expect: [05.02]
ALERT("["+String(!2024-02-05!; "' 'dd.MM' '")+"]")  // expect: [ 05.02 ]
ALERT(String(!2024-02-05!; "'It''s' EEEE"))  // expect: It's Monday
