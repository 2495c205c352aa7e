"""``python -m commandpost``."""

import sys

from commandpost.main import main

sys.exit(main())
