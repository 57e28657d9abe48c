"""``zhpolicy serve``: its help and its notion of a local address (no server started here)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.cli.serve import _is_loopback


def test_serve_help():
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "pipeline", "serve", "--help"], capture_output=True, env=env,
                          timeout=60, check=False)
    out = proc.stdout.decode()
    assert proc.returncode == 0 and out.startswith("Usage: zhpolicy serve")
    for option in ("--host", "--port", "--token", "--max-bytes", "127.0.0.1", "8000"):
        assert option in out


@pytest.mark.parametrize("host,expected", [
    ("127.0.0.1", True), ("127.0.0.2", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.0.2.7", False), ("", False), ("example.org", False),
])
def test_is_loopback(host, expected):
    assert _is_loopback(host) is expected
