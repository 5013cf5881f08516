// Dates print MM/DD/YYYY by default (run4d uses US settings); the null date shows zeros
ALERT(String(!2024-02-05!))  // expect: 02/05/2024
ALERT(String(!00-00-00!))  // expect: 00/00/00
