// Generate digest digests a Text or a blob only
$d:=Generate digest(12; MD5 digest)
// expect runtime error: Parameter 1 of Generate digest: Text or Blob expected, got Number
