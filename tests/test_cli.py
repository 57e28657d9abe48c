"""The command group itself (pipeline/cli/__init__.py)."""
from __future__ import annotations

from click.testing import CliRunner

import pipeline
from pipeline.cli import cli


def test_version_prints_the_version_alone():
    """No build to name any more: every install runs the same Python."""
    out = CliRunner().invoke(cli, ["--version"])
    assert out.exit_code == 0
    assert out.output == f"zhpolicy {pipeline.__version__}\n"
