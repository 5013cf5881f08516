// Mixing incompatible types is an error
$t:="abc"+0.5  // expect runtime error: Incompatible types: Text + Number
