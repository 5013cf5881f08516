// ISO Date GMT and Date RFC 1123 express the local date and time in UTC
// (the exact text depends on the machine's time zone)
$iso:=String(!2024-02-05!; ISO Date GMT; ?12:00:00?)
ALERT(String(Match regex("2024-02-0[456]T\\d\\d:\\d\\d:\\d\\dZ"; $iso)))  // expect: True
// Date RFC 1123 is constant 10 (run4d's lexer cannot read the name, see the report)
$rfc:=String(!2024-02-05!; 10; ?12:00:00?)
ALERT(String(Match regex("(Sun|Mon|Tue), 0[456] Feb 2024 \\d\\d:\\d\\d:\\d\\d GMT"; $rfc)))  // expect: True
ALERT(String(Substring($iso; 12; 2)=Substring($rfc; 18; 2)))  // expect: True
