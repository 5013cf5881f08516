// Delete string needs its three parameters
ALERT(Delete string("abc"; 1))
// expect runtime error: Delete string: expects 3 parameter(s), got 2
