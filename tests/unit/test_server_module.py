"""`python -m fieldsessions.server` is the server's command, as `python -m fieldsessions` is the
app's (a new user tried it and got "No module named fieldsessions.server.__main__")."""

import subprocess
import sys


def test_the_server_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "fieldsessions.server", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "serve" in done.stdout
