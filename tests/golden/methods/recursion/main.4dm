ALERT(String(fib(20)))  // expect: 6765
