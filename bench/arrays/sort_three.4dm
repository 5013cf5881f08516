SORT ARRAY(atNames;arReals;alIds;>)
