// addTime combines a time with the date
ALERT(String(!2024-02-05!; ISO Date; ?13:45:10?))  // expect: 2024-02-05T13:45:10
ALERT(String(!2024-02-05!; "yyyy-MM-dd HH:mm:ss"; ?08:05:09?))  // expect: 2024-02-05 08:05:09
// past midnight the date moves on
ALERT(String(!2024-02-05!; ISO Date; ?25:00:00?))  // expect: 2024-02-06T01:00:00
