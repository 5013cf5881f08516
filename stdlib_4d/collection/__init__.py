"""4D.Collection: creation commands and member functions, one module per kind of member."""
