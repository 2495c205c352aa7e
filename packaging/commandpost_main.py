"""The frozen programs' entry point: both executables run ``commandpost.main.main``.

``CommandPost`` (the window; no console on Windows) and ``commandpost`` (the command line) are
built from this one script in ``commandpost.spec``: the same program, told apart only by
whether the operating system gives it a console.
"""

import sys

from commandpost.main import main

sys.exit(main())
