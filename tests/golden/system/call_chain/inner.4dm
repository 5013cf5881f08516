#DECLARE() : Collection
return Call chain
