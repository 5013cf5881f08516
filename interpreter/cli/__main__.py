"""`python -m interpreter.cli`: the run4d command."""

import sys

from interpreter.cli.main import main

sys.exit(main())
