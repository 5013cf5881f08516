"""Doc tests: the ```4d blocks of Markdown pages run as tests.

session.py keeps a 4D program on a thread; collect.py reads pages,
manifest.py the TOML manifest, scenario.py plans and runs them; cli.py
(`run4d test`) and pytest_plugin.py are the two front ends.
"""
