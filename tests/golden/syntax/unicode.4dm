// Unicode in comments, strings and identifiers (Japanese, French)
// コメント: 日本語のコメント
var $données : Text
var $名前 : Text
$données:="élève"
$名前:="チャットへようこそ！"
ALERT($données)  // expect: élève
ALERT($名前)  // expect: チャットへようこそ！
ALERT(String(Length($名前)))  // expect: 10
