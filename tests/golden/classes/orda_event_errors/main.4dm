// ORDA event functions are checked when compiled: the kind, the attribute, duplicates
ALERT("never runs")
