// A misspelled command gets a suggestion
ALRET("x")  // expect error: Unknown command or method: ALRET (did you mean ALERT?)
