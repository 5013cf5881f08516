// The handler resumes in the method where the error happened
ON ERR CALL("quiet")
risky
ALERT("code "+String(errorCode))
// expect: risky continues
// expect: code 50042
