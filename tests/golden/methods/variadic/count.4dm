#DECLARE($first : Text) : Text
return $first+" + "+String(Count parameters-1)+" more"
