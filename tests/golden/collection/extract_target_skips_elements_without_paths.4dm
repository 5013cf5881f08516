// extract() with target paths leaves out elements that have none of the paths (scalars too), keeps nulls
var $rows : Collection
$rows:=[{id: 7}; "loose"; {label: Null; id: 8}; {label: "b"}; 3]
ALERT(JSON Stringify($rows.extract("label"; "tag")))  // expect: [{"tag":null},{"tag":"b"}]
ALERT(JSON Stringify($rows.extract("label"; "tag"; "id"; "key")))  // expect: [{"key":7},{"tag":null,"key":8},{"tag":"b"}]
ALERT(JSON Stringify([].extract("label"; "tag")))  // expect: []
