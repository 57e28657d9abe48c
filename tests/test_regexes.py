"""first_chars: the characters a match can start with, used as a guard in front of our
lexicon regexes; a guard never changes what a regex finds."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.regexes import first_chars, guarded
from pipeline.structure import markers


@pytest.mark.parametrize("pattern, expected", [
    ("要|必须", set("要必")),
    ("[一二三]、", set("一二三")),
    ("[①-③]", set("①②③")),
    ("(?<![0-9])[0-9]{1,2}", set("0123456789")),
    ("^第[一二]", {"第"}),
    ("[一二]?十", set("一二十")),  # an optional item: what follows it may come first
    ("(?:（|\\()[一二]）", set("（(")),
    ("(?=[，,])首先", {"首"}),
    ("\\d+", None),  # a category: too many characters to list
    ("[^，]", None),
    ("a*", None),  # may match nothing
    ("(?:a|)", None),
    ("[\u4e00-\u9fff]", None),  # a wide range
])
def test_first_chars(pattern, expected):
    assert first_chars(pattern) == expected


_PIECES = ["一", "二", "十", "第", "（", "）", "(", ")", "1", "2", "、", "是", "要", "，", "。", "\n", " ",
           "首先", "其次", "最后", "①", "章", "条", "加强", "．", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_guarded_marker_regex_finds_what_the_plain_one_finds(pieces):
    text = "".join(pieces)
    guarded = markers._MARKER
    pat = guarded.pattern
    at = pat.index("(?=[", pat.index("]*"))  # the guard after the lead and its spaces
    plain = re.compile(pat[:at] + pat[pat.index("])", at) + 2:], re.M)
    got = [(m.span(), m.lastgroup) for m in guarded.finditer(text)]
    assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("要必须不得一二三十第、（）(0123456789①是最后首先，")), max_size=12),
       st.sampled_from(["要|必须|不得", "[一二三]?十[一二]?、", "(?<![0-9])[0-9]{1,2}[、.]", "第[一二]+(?=[，,])",
                        "(?:首先|最后|[①-⑳])"]))
def test_every_match_starts_with_a_first_char(text, pattern):
    starts = first_chars(pattern)
    assert starts is not None
    for m in re.finditer(pattern, text):
        if m.end() > m.start():
            assert text[m.start()] in starts


@pytest.mark.parametrize("pattern, expected", [
    # re scans these by itself (a literal, a class, alternatives that open with literals): no guard
    ("要|必须", "要|必须"),
    ("[一二三]、", "[一二三]、"),
    ("(?:强调|指出)", "(?:强调|指出)"),
    # an optional first item, an alternative opening with a class: a guard of the first characters
    ("(?:清醒|深刻)?地?看到", "(?=[地深清看])(?:(?:清醒|深刻)?地?看到)"),
    ("(?:主要|是)?指", "(?=[主指是])(?:(?:主要|是)?指)"),
    ("本[条款]|[第首]一", "(?=[本第首])(?:本[条款]|[第首]一)"),
    # first characters unknown (a negated class): as it is
    ("[^，]{0,4}以来", "[^，]{0,4}以来"),
    ("(?m)(?:主要|是)?指", "(?m)(?:主要|是)?指"),  # global flags must stay first
])
def test_guarded(pattern, expected):
    assert guarded(pattern) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("清醒深刻地看到认识主要是指本条款第首一，")), max_size=14),
       st.sampled_from(["(?:清醒|深刻)?地?(?:看到|认识到)[，,]", "(?:主要|是)?指", "本[条款]|[第首]一",
                        "(?:清醒|深刻)?地?看到|(?!)"]))
def test_a_guard_changes_no_match(text, pattern):
    plain, fast = re.compile(pattern), re.compile(guarded(pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
