"""The frozen program's entry point: the same as the ``logbook`` command.

``logbook.cli.main`` calls ``multiprocessing.freeze_support()`` first, so the export's
leak-check workers, which the frozen program starts as copies of itself, run as workers.
"""

import sys

from logbook.cli import main

if __name__ == "__main__":
    sys.exit(main())
