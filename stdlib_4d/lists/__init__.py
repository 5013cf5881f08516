"""The Hierarchical Lists theme on lists kept in memory, shared by every process of the run.

Stage: stdlib. A list is data here: items (text, reference, sublist, expanded state,
parameters, properties), the list's own properties and its current selection, all
kept so that what a SET command stores a GET command returns (docs/decisions.md,
"Hierarchical lists"). The forms that name a form object (`*; "name"`) need a form
and raise -10790. `store.py` holds the lists and how items are found and walked;
the commands are in `build.py` (create, add, change, delete), `read.py` (read,
count, find, positions), `selection.py` (the current selection), `params.py` (item
parameters), `properties.py` (the form-only properties, kept as data) and `blobs.py`
(LIST TO BLOB / BLOB to list).
"""
