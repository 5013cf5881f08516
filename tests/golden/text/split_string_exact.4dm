// The separator is matched exactly (case counts)
ALERT(JSON Stringify(Split string("aXbxc"; "x")))  // expect: ["aXb","c"]
