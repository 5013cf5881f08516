ALRT("typo")  // expect error: Unknown command or method: ALRT
