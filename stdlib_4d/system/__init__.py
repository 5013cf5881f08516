"""The environment a headless program asks about: application and system
information, database parameters, processes, Storage, Session, password
hashes and 4D.CryptoKey.

Stage: library. The run's folders and options come from runtime/appcontext.py.
"""
