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


class StoreError(ZhpolicyError):
    """The batch store cannot be used or written (the disk refuses it); the chunks committed
    before stay in it."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, reason, stage="store")


class DamagedStore(StoreError):
    """The store's bytes are damaged (DuckDB's block checksums do not match, or the file is cut short)."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, reason)
        self.args = (f"store {source} is damaged: {reason}",)
