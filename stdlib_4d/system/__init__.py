"""The environment a headless program asks about, and external processes.

Application and system information, database parameters, processes,
Storage, Session, password hashes and 4D.CryptoKey read the run's folders
and options from runtime/appcontext.py. External processes: 4D.SystemWorker
(asynchronous) and LAUNCH EXTERNAL PROCESS (blocking); process_io.py is the
only module here that imports asyncio; it runs children on
runtime/eventloop.py's loop and reports to the 4D side.
"""
