"""The gate that spares a Simplified phrase OpenCC's t2s: a phrase with no trigger is its own conversion."""
from __future__ import annotations

import pytest

from pipeline.script import t2s_converter, t2s_same_length, t2s_triggers, t2s_unchanged


@pytest.mark.parametrize("text, unchanged", [
    ("加强组织领导", True),
    ("推进乡村全面振兴", True),
    ("加強組織領導", False),       # Traditional characters
    ("回覆意见", False),           # 覆 changes only inside a phrase (回覆 → 回复)
    ("明瞭", False),               # 瞭 likewise
    ("", True),
])
def test_gate(text: str, unchanged: bool) -> None:
    assert t2s_unchanged(text) is unchanged
    if unchanged:
        assert t2s_same_length(text) == text


def test_every_changing_entry_is_caught() -> None:
    """Each phrase that OpenCC converts to something else holds a trigger, so the gate never skips a change."""
    conv, triggers = t2s_converter(), t2s_triggers()
    if conv is None or triggers is None:
        pytest.skip("OpenCC's dictionaries are not readable here")
    samples = ["回覆", "沈迷", "瞭解到", "藉口", "乾淨", "著作", "於是", "後來", "鬱悶", "發展"]
    for s in samples:
        assert conv.convert(s) == s or not triggers.isdisjoint(s), s
