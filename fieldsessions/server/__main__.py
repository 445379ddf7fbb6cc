"""`python -m fieldsessions.server`: the same as the `fieldsessions-server` command."""

import sys

from fieldsessions.server.cli import main

sys.exit(main())
