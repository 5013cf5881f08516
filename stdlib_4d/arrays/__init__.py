"""The Arrays theme: declaring, changing, searching and sorting 4D arrays,
and the array forms of object and JSON commands.

Stage: stdlib. The array value is runtime/arrays.py's Array4D; commands that
may create an array receive a pointer to the variable (`outputs=`), the
others the array itself, which they change in place.
"""
