ARRAY LONGINT(<>codes; 0)
ARRAY TEXT(<>comps; 0)
ARRAY TEXT(<>texts; 0)
GET LAST ERROR STACK(<>codes; <>comps; <>texts)
