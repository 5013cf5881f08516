"""External processes: 4D.SystemWorker (asynchronous) and LAUNCH EXTERNAL PROCESS (blocking).

process_io.py is the only module here that imports asyncio; it runs
children on runtime/eventloop.py's loop and reports to the 4D side.
"""
