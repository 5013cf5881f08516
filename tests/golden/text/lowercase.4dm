// Lowercase drops accents unless * is passed
ALERT(Lowercase("DÉJÀ VU"))  // expect: deja vu
ALERT(Lowercase("DÉJÀ VU"; *))  // expect: déjà vu
