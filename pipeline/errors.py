"""The one error type users see: it names the input and the reason."""
from __future__ import annotations


class ZhpolicyError(Exception):
    """A problem with one input, told in one line: ``PATH: reason``."""

    def __init__(self, source: str, reason: str, stage: str = "load"):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.stage = stage


class LoadError(ZhpolicyError):
    """The input could not be read as a document."""
