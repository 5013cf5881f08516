// sort 100,000 objects (given, a fresh copy each time) with a "less than" formula
#DECLARE($c : Collection)
$c.sort(Formula($1.value.score<$1.value2.score))
