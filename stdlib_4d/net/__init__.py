"""The network: the Web server (HTTP, static files), WebSocket server and client.

engine.py is the only module here that imports asyncio and websockets; it
runs on runtime/eventloop.py's loop and posts events to 4D processes.
"""
