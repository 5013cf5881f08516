// WEB SET OPTION / WEB GET OPTION without a running server: values are kept for the run.
var $n : Integer
var $t : Text
var $c : Collection
WEB GET OPTION(Web HTTP compression threshold; $n)
ALERT(String($n))
// expect: 1024
WEB GET OPTION(Web session enable IP address validation; $n)
ALERT(String($n))
// expect: 1
WEB SET OPTION(Web session enable IP address validation; 0)
WEB GET OPTION(Web session enable IP address validation; $n)
ALERT(String($n)+" "+String(WEB Server.sessionIPAddressValidation))
// expect: 0 False
WEB SET OPTION(Web max sessions; 12)
WEB GET OPTION(Web max sessions; $n)
ALERT(String($n))
// expect: 12
WEB SET OPTION(Web max sessions; 0)
WEB GET OPTION(Web max sessions; $n)
ALERT(String($n))
// expect: 100
WEB SET OPTION(Web character set; 4)
WEB GET OPTION(Web character set; $n)
ALERT(String($n))
// expect: 4
WEB SET OPTION(Web CORS settings; [{host: "localhost:8080"; methods: "get;post"}])
WEB GET OPTION(Web CORS settings; $c)
ALERT(JSON Stringify($c))
// expect: [{"host":"localhost:8080","methods":"get;post"}]
WEB GET OPTION(Web session cookie path; $t)
ALERT($t)
// expect: /
WEB SET OPTION(Web debug log; wdl enable with all body parts)
WEB GET OPTION(Web debug log; $n)
ALERT(String($n)+" "+String(WEB Is server running))
// expect: 7 False
WEB SET OPTION(Web HSTS max age; "long")
// expect runtime error: Parameter 2 of WEB SET OPTION
