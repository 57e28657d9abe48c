"""The test that spares a Simplified document's predicates OpenCC's t2s: a text with nothing t2s changes,
alone or as a phrase, is its own conversion, and so is every piece of it."""
from __future__ import annotations

import pytest

from pipeline.script import t2s_converter, t2s_same_length, t2s_triggers, t2s_unchanged


@pytest.mark.parametrize("text, unchanged", [
    ("加强组织领导", True),
    ("推进乡村全面振兴", True),
    ("实现全面覆盖，严禁破坏生态", True),   # 覆 and 坏 change only inside a phrase
    ("加強組織領導", False),               # Traditional characters
    ("及时回覆意见", False),               # 回覆 → 回复, though neither character changes alone
    ("明瞭", False),
    ("土坏", False),
    ("", True),
])
def test_gate(text: str, unchanged: bool) -> None:
    assert t2s_unchanged(text) is unchanged
    if unchanged:
        assert all(t2s_same_length(text[i:j]) == text[i:j] for i in range(len(text)) for j in range(i, len(text) + 1))


@pytest.mark.parametrize("phrase", ["回覆", "沈迷", "瞭解到", "藉口", "乾淨", "著作", "於是", "後來", "鬱悶", "發展"])
def test_every_change_is_caught(phrase: str) -> None:
    """A phrase that OpenCC converts to something else never passes the test."""
    conv = t2s_converter()
    if conv is None or t2s_triggers() is None:
        pytest.skip("OpenCC's dictionaries are not readable here")
    assert conv.convert(phrase) == phrase or not t2s_unchanged(phrase)
