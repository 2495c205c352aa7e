"""``python -m commandpost``."""

import sys

from commandpost.cli import main

sys.exit(main())
