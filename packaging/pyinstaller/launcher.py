"""Entry point of the frozen app: the same as the ``microbreak`` command."""

import sys

from microbreak.cli import main

if __name__ == "__main__":
    sys.exit(main())
