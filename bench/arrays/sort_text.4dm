SORT ARRAY(atNames;>)
