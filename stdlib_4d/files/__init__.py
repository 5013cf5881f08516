"""Files and folders: 4D.File, 4D.Folder, 4D.FileHandle, ZIP archives and the document commands.

Stage: library. paths.py resolves POSIX/platform paths and the fk folders
through runtime/appcontext.py; textio.py holds character sets and line
breaks; the classes and commands sit in the other modules.
"""
