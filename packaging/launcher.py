"""The bundle's entry point (packaging/fieldsessions.spec): the `fieldsessions` command.

No arguments (or only --db PATH, --demo, -v): the desktop app; a command: the CLI, exactly as
the `fieldsessions` console script of an installed wheel (fieldsessions.app:main).
"""

import sys

from fieldsessions.app import main

if __name__ == "__main__":
    sys.exit(main())
