SORT ARRAY(arReals;>)
