"""``python -m microbreak``: the same as the ``microbreak`` command."""

import sys

from microbreak.cli import main

sys.exit(main())
