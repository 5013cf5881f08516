"""The Pictures theme: picture files, blobs, codecs, sizes and thumbnails.

Stage: stdlib. A picture value (runtime.values.Picture) keeps the bytes of one
encoded picture; `codec_table.py` tells their format from their first bytes and
converts raster formats with Pillow (SVG is kept as its XML text: run4d renders
nothing); `files.py` reads and writes picture files; `convert.py` has the
commands that convert, measure and reduce pictures.
"""
