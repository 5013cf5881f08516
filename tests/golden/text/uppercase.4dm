// Uppercase drops accents unless * is passed
ALERT(Uppercase("hélène"))  // expect: HELENE
ALERT(Uppercase("hélène"; *))  // expect: HÉLÈNE
ALERT(Uppercase("abc-123"))  // expect: ABC-123
