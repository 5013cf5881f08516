// Numbers: integral values exactly (up to 2^53), others with 15 significant digits
ALERT(JSON Stringify([2^53-1; 0.1+0.2; 1/7; -0.5; 1e+21]))  // expect: [9007199254740991,0.3,0.142857142857143,-0.5,1e+21]
