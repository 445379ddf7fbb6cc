"""`python -m fieldsessions`: the same as the `fieldsessions` command."""

import sys

from fieldsessions.app import main

sys.exit(main())
