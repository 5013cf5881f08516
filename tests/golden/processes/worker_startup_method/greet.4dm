#DECLARE($what : Text)
ALERT("greet: "+$what)
