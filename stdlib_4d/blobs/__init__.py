"""BLOB commands beyond text: numbers in blobs, editing, compression, documents, variables.

Stage: stdlib. Built on stdlib_4d/blob.py (4D.Blob, reading and writing the bytes of a
Blob argument): `scalars.py` (INTEGER/LONGINT/REAL TO BLOB and back), `edit.py`
(COPY BLOB, DELETE FROM BLOB, INSERT IN BLOB), `compressing.py` (COMPRESS/EXPAND BLOB,
BLOB PROPERTIES), `documents.py` (DOCUMENT TO BLOB, BLOB TO DOCUMENT), `variables.py`
(VARIABLE TO BLOB, BLOB TO VARIABLE).
"""
