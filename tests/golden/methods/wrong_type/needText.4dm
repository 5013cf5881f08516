#DECLARE($value : Text) : Text
return "got "+$value
