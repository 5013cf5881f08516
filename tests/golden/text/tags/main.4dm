// PROCESS 4D TAGS and the transformation tags (templates written for this test)
var $out; $in : Text
// 4DTEXT escapes HTML special characters, 4DHTML does not
myvar:="<B>\"&"
PROCESS 4D TAGS("<!--#4DTEXT myvar-->|<!--#4DHTML myvar-->"; $out)
ALERT($out)  // expect: &lt;B&gt;&quot;&amp;|<B>"&
// tag names in any case; values follow String(): numbers with a period, booleans, dates
PROCESS 4D TAGS("<!--#4dtext 0xFF--> <!--#4DTEXT 1.5--> <!--#4DText True--> <!--#4DTEXT !2024-03-01!-->"; $out)
ALERT($out)  // expect: 255 1.5 True 03/01/2024
// 4DEVAL runs statements; the tags share one set of local variables
PROCESS 4D TAGS("<!--#4DEVAL a:=42--><!--#4DEVAL a+1--><!--#4DEVAL $x:=2-->-<!--#4DEVAL $x*$x-->"; $out)
ALERT($out)  // expect: 43-4
// 4DEVAL of a command that returns nothing inserts nothing
PROCESS 4D TAGS("[<!--#4DEVAL CLEAR VARIABLE(myvar)-->][<!--#4DEVAL Undefined(myvar)-->]"; $out)
ALERT($out)  // expect: [][False]
// parameters are $1...$n
PROCESS 4D TAGS("<!--#4DTEXT $1+String($2)-->/<!--#4DTEXT Count parameters-->/$4DTEXT($3.name)"; $out; "p"; 7; {name: "a<b"})
ALERT($out)  // expect: p7/3/a&lt;b
// the $ forms: quotes and parentheses inside, never processed again
PROCESS 4D TAGS("$4DEVAL( String(1)+\"\\\"(hello)\\\"\") $4DHTML(\"<i>\") $4DEVAL(\"<!--#4DTEXT 1-->\") $4DTEXT"; $out)
ALERT($out)  // expect: 1"(hello)" <i> <!--#4DTEXT 1--> $4DTEXT
// results of 4DHTML/4DEVAL are processed again; 4DTEXT escapes, so never
inner:="<!--#4DEVAL 6*7-->"
PROCESS 4D TAGS("<!--#4DHTML inner--> <!--#4DTEXT inner-->"; $out)
ALERT($out)  // expect: 42 &lt;!--#4DEVAL 6*7--&gt;
// errors: the documented texts
PROCESS 4D TAGS("<!--#4DTEXT 1+\"x\"-->|<!--#4DHTML 1+\"x\"-->|<!--#4DEVAL 1+-->"; $out)
ALERT($out)  // expect: <!--#4DTEXT 1+"x"--> : ## error # -10701|<!--#4DHTML 1+"x"--> : ## error # -10701|<!--#4DEVAL 1+-->: ## error # -10718
// 4DIF / 4DELSEIF / 4DELSE / 4DENDIF, nested
$in:="<!--#4DIF ($1=1)-->one<!--#4DELSEIF $1=2-->two<!--#4DIF True-->!<!--#4DENDIF--><!--#4DELSE-->other<!--#4DENDIF-->"
PROCESS 4D TAGS($in; $out; 1)
ALERT($out)  // expect: one
PROCESS 4D TAGS($in; $out; 2)
ALERT($out)  // expect: two!
PROCESS 4D TAGS($in; $out; 3)
ALERT($out)  // expect: other
PROCESS 4D TAGS("a<!--#4DIF 3-->x<!--#4DENDIF-->b<!--#4DIF True-->open"; $out)
ALERT($out)  // expect: a<!--#4DIF 3-->: A Boolean expression was expectedb<!--#4DIF True-->: 4DENDIF expected
// stray closing tags and other comments stay as they are
PROCESS 4D TAGS("<!--#4DENDIF--><!-- plain --><!--#include x--><!--#4DELSE-->"; $out)
ALERT($out)  // expect: <!--#4DENDIF--><!-- plain --><!--#include x--><!--#4DELSE-->
// 4DLOOP on an expression
PROCESS 4D TAGS("<!--#4DEVAL $i:=0--><!--#4DLOOP ($i<4)--><!--#4DEVAL $i--><!--#4DEVAL $i:=$i+1--><!--#4DENDLOOP-->"; $out)
ALERT($out)  // expect: 0123
// 4DLOOP on an array, a pointer to an array
ARRAY TEXT(arrNames; 2)
arrNames{1}:="ann"
arrNames{2}:="bob"
PROCESS 4D TAGS("<!--#4DLOOP arrNames--><!--#4DTEXT arrNames{arrNames}-->,<!--#4DENDLOOP-->"; $out)
ALERT($out)  // expect: ann,bob,
ARRAY TEXT($array; 2)
$array{1}:="hello"
$array{2}:="world"
$in:="<!--#4DEVAL $1--><!--#4DLOOP $2--><!--#4DEVAL $2->{$2->}--> <!--#4DENDLOOP-->"
PROCESS 4D TAGS($in; $out; "elements = "; ->$array)
ALERT($out+"|")  // expect: elements = hello world |
// 4DLOOP on a method
PROCESS 4D TAGS("<!--#4DLOOP tags_counter-->[<!--#4DTEXT counterValue-->]<!--#4DENDLOOP-->"; $out)
ALERT($out+" "+counterCalls)  // expect: [10][20] 0123
// 4DLOOP errors
PROCESS 4D TAGS("<!--#4DLOOP \"x\"-->a<!--#4DENDLOOP-->|<!--#4DLOOP True-->"; $out)
ALERT($out)  // expect: <!--#4DLOOP "x"-->: Unexpected expression type|<!--#4DLOOP True-->: 4DENDLOOP expected
// 4DEACH: collections, objects (property names)
$in:="<!--#4DEACH $n in $1--><!--#4DTEXT $n-->,<!--#4DENDEACH--> <!--#4DEACH $k in $2--><!--#4DTEXT $k-->=<!--#4DTEXT $2[$k]-->;<!--#4DENDEACH-->"
PROCESS 4D TAGS($in; $out; ["a"; "b"]; {x: 1; y: "z"})
ALERT($out)  // expect: a,b, x=1;y=z;
PROCESS 4D TAGS("<!--#4DEACH $o in $1--><!--#4DTEXT $o.v--><!--#4DEVAL $o.seen:=True--><!--#4DENDEACH-->"; $out; [{v: 1}; {v: 2}])
ALERT($out)  // expect: 12
// 4DCODE: several lines, any line ending
PROCESS 4D TAGS("<!--#4DCODE\r$t:=\"a\"\r\nIf (True)\n$t:=$t+\"b\"\rEnd if\r-->[<!--#4DTEXT $t-->]"; $out)
ALERT($out)  // expect: [ab]
// 4DSCRIPT: the method gets "/param" and returns text (escaped unless it starts with Char(1))
PROCESS 4D TAGS("<!--#4DSCRIPT/tags_script/x--> <!--#4DSCRIPT/tags_script--> <!--#4DSCRIPT/tags_script/html-->"; $out)
ALERT($out)  // expect: param=[/x] &lt; param=[] &lt; <b>bold</b>
// 4DINCLUDE: relative to the structure file's folder, the body only, tags processed; 4DBASE
PROCESS 4D TAGS("<!--#4DINCLUDE inc/part.html-->|<!--#4DBASE inc/sub/--><!--#4DINCLUDE other.txt-->|<!--#4DINCLUDE nothere.html-->"; $out; "P")
ALERT($out)  // expect: part P-dollarleaf|base-leaf|<!--#4DINCLUDE nothere.html--> :The document cannot be opened
// no tags: the same text; a BLOB template is read as Mac-Roman and the BLOB result written back in it
PROCESS 4D TAGS("plain é"; $out)
ALERT($out)  // expect: plain é
var $b : Blob
TEXT TO BLOB("<!--#4DTEXT 2*3--> é"; $b; Mac text without length)
PROCESS 4D TAGS($b; $b)
ALERT(BLOB to text($b; Mac text without length))  // expect: 6 é
// errors in tag expressions are caught as by Try; errors in 4DCODE go to ON ERR CALL, else stop the caller
handlerCalls:=0
ON ERR CALL("tags_handler")
PROCESS 4D TAGS("<!--#4DTEXT 1+\"x\"-->"; $out)
ALERT(String(handlerCalls)+" "+String(Last errors.length>0))  // expect: 0 True
PROCESS 4D TAGS("<!--#4DCODE\ntagsAfter:=False\n$v:=1+\"x\"\ntagsAfter:=True\n-->done"; $out)
ALERT(String(handlerCalls)+" "+String(tagsAfter)+" "+$out)  // expect: 1 True done
ON ERR CALL("")
PROCESS 4D TAGS("<!--#4DCODE\n$v:=1+\"x\"\n-->"; $out)  // expect runtime error: Incompatible types
ALERT("not reached")
