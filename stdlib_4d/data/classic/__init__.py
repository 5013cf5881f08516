"""The classic database language on the ORDA datastore: [Table]Field, current selections and records.

Stage: library area (data layer). Each 4D process has, per table, a
current selection (primary keys, in order), a position in it and a
current record (an ORDA Entity, so stamps, keys and transactions are those
of ORDA), plus the table's READ ONLY / READ WRITE state, sets and named
selections. tables.py resolves `[Table]`, `[Table]Field` and pointers to
them (the compiler's _table/_field/_set_field/_field_ptr/_table_ptr/
_criterion, through runtime/unsupported.CLASSIC) and holds the structure
commands; state.py keeps the per-process state; navigation.py moves in
selections; queries.py runs QUERY and ORDER BY through the ORDA query
engine; records.py creates, saves, deletes, loads and locks records;
arrays.py moves selections to and from arrays; sets.py holds sets and
named selections.
"""
