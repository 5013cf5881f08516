// SET ENVIRONMENT VARIABLE sets a variable the processes launched next inherit ("" removes it)
SET ENVIRONMENT VARIABLE("RUN4D_GOLDEN_VAR"; "hello child")
var $in; $out : Text
LAUNCH EXTERNAL PROCESS("sh -c 'echo $RUN4D_GOLDEN_VAR'"; $in; $out)
ALERT(Replace string($out; "\n"; ""))  // expect: hello child
SET ENVIRONMENT VARIABLE("RUN4D_GOLDEN_VAR"; "")
LAUNCH EXTERNAL PROCESS("sh -c 'echo [$RUN4D_GOLDEN_VAR]'"; $in; $out)
ALERT(Replace string($out; "\n"; ""))  // expect: []
