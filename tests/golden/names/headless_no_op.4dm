// A command recorded as a headless no-op runs and does nothing
MESSAGES OFF:C175
ALERT("quiet")  // expect: quiet
MESSAGES ON
