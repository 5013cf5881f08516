// addTime must be a time
ALERT(String(!2024-02-05!; ISO Date; "10:00:00"))
// expect runtime error: Parameter 3 of String: Time expected, got Text
