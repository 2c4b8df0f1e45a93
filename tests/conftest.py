"""Shared fixtures. Qt runs offscreen whatever the machine has."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Automatic backups and the demo go to the user's data folder, the officer's profile to the
# config folder (platformdirs): never the real ones during tests.
import tempfile  # noqa: E402

os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="municipaless-tests-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="municipaless-tests-config-")
