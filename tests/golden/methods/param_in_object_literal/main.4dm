// A parameter used only inside an object literal is still the method's parameter
show("from main"; 2)
// expect: from main
// expect: 2
