"""The fast paths of the requirement stage agree with the slow definitions they replace.

Each look-up the stage makes once per position (:class:`Scan`), the short-window tagger and
the indexes over the directive tree and the targets are checked against the plain
computation on our own sample texts.
"""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from pipeline.records import Directive, Quantity
from pipeline.requirements import _within
from pipeline.requirements.clauses import Tree, mask, masked_units, units
from pipeline.requirements.lexicon import actor_lexicon, cue_table, openers
from pipeline.requirements.predicates import action_object
from pipeline.requirements.scan import (AGENT, CUE, FOLLOW, FRAME, HEAD, MODIFIER, N_LISTS, OPENER_CLASSES,
                                         QUANTIFIER, Scan)
from pipeline.requirements.tagging import pos_at, tag

TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="module", params=sorted(TEXTS))
def sample(request):
    return mask(TEXTS[request.param])


def _longest(words, text, i):
    return max((len(w) for w in words if text.startswith(w, i)), default=0)


def test_scan_at_reads_every_word_list(sample):
    sc, op, lex = Scan(sample), openers(), actor_lexicon()
    lists = [op.by_class.get(c, frozenset()) for c in OPENER_CLASSES]
    lists += [lex.heads | lex.whole, lex.modifiers, lex.quantifiers, frozenset(cue_table().literal)]
    for i in range(0, len(sample), 3):
        got = sc.at(i)
        assert list(got) == [_longest(ws, sample, i) for ws in lists], (i, sample[i:i + 6])
    assert (FRAME, FOLLOW, AGENT) == (OPENER_CLASSES.index("frame"), OPENER_CLASSES.index("follow"),
                                      OPENER_CLASSES.index("agent"))  # the names index the lists above
    assert (HEAD, MODIFIER, QUANTIFIER, CUE) == tuple(range(len(OPENER_CLASSES), len(OPENER_CLASSES) + 4))


def _lists(**by_index):
    return [by_index.get(str(k), ()) for k in range(N_LISTS)]


_H, _C = str(HEAD), str(CUE)


# (word lists by index, text, position) -> Scan.at's row there: the longest word of each list
@pytest.mark.parametrize("lists, text, pos, want", [
    (_lists(**{"0": ["加", "加强"], _C: ["要", "要求"]}), "要加强", 1, {0: 2}),
    (_lists(**{"0": ["加", "加强"], _C: ["要", "要求"]}), "要加强", 0, {CUE: 1}),
    (_lists(**{"0": ["加", "加强"], _C: ["要", "要求"]}), "要求加", 0, {CUE: 2}),
    (_lists(**{"0": ["加", "加强"]}), "要加", 2, {}),  # past the end
    (_lists(**{"0": ["加强"], _H: ["加"]}), "加强", 0, {0: 2, HEAD: 1}),  # one word, two lists: each its longest
    (_lists(**{"0": ["部", "部门"], _H: ["部门"]}), "部门", 0, {0: 2, HEAD: 2}),
    (_lists(**{"0": ["加强"]}), "加快", 0, {}),  # a prefix of a word is no word
    (_lists(**{"0": ["加"]}), "加", -1, {}),
    (_lists(), "加强", 0, {}),  # no word at all
], ids=["longest-of-list", "other-list", "longer-cue", "past-end", "two-lists", "same-word", "prefix-only",
        "negative", "empty"])
def test_at_row_is_the_longest_word_of_each_list(lists, text, pos, want):
    from pipeline.requirements.scan import _AtMemo, build_index

    assert _AtMemo(text, build_index(lists))[pos] == tuple(want.get(k, 0) for k in range(N_LISTS))


# (actor heads, text, pos, limit) -> Scan.heads: the longest head at each start that ends by limit
@pytest.mark.parametrize("heads, text, pos, limit, want", [
    (["部门", "部"], "财政部门", 0, 4, [(2, "部门")]),
    (["部门", "部"], "财政部门", 0, 3, [(2, "部")]),  # cut by the limit: the shorter head
    (["财政部", "部门"], "财政部门", 0, 4, [(0, "财政部"), (2, "部门")]),  # every start
    (["部门"], "财政部门", 3, 4, []),
    ([], "财政部门", 0, 4, []),
], ids=["longest", "limit", "every-start", "inside", "no-heads"])
def test_heads_are_the_longest_heads_that_fit(heads, text, pos, limit, want, monkeypatch):
    from pipeline.requirements import scan

    monkeypatch.setattr(scan, "lex_index", lambda: scan.build_index(_lists(**{_H: heads})))
    sc = scan.Scan(text)
    assert list(sc.heads(pos, limit)) == want and sc.has_head(pos, limit) == bool(want)


def test_scan_heads_read_the_actor_lexicon(sample):
    sc, lex = Scan(sample), actor_lexicon()
    words = lex.heads | lex.whole
    for pos in range(0, len(sample), 7):
        limit = min(len(sample), pos + 12)
        want = [(s, w) for s in range(pos, limit)
                for w in [max((w for w in words if sample.startswith(w, s) and s + len(w) <= limit), key=len,
                              default="")] if w]
        assert list(sc.heads(pos, limit)) == want, (pos, sample[pos:limit])


def test_scan_cue_is_the_lexicon_regex(sample):
    sc, table = Scan(sample), cue_table()
    for i in range(len(sample)):
        m = table.regex.match(sample, i)
        want = (m.end(), table.entry(m.group())) if m else None
        assert sc.cue(i) == want, (i, sample[i:i + 6])


def test_pos_at_is_the_longest_tagged_word(sample):
    from pipeline.words import pos_tagger

    tagger = pos_tagger()
    tags, freq = tagger.word_tag_tab, tagger.tokenizer.FREQ  # a word our terms remove (frequency 0) is none
    for i in range(0, len(sample), 2):
        want = next(((sample[i:i + n], tags[sample[i:i + n]]) for n in range(6, 0, -1)
                     if i + n <= len(sample) and tags.get(sample[i:i + n]) and freq.get(sample[i:i + n]) != 0),
                    ("", ""))
        assert pos_at(sample, i) == want


# (text, positions) -> Scan.word is pos_at at each position (memoised), also before and past the text
@pytest.mark.parametrize("text, positions", [
    ("各地区要加强组织领导", range(-1, 12)),
    ("国务院办公厅印发通知", range(0, 10)),
    ("abc市场监管2025年", range(0, 14)),
    ("", range(-1, 2)),
], ids=["verbs", "names", "mixed", "empty"])
def test_scan_word_is_pos_at(text, positions):
    sc = Scan(text)
    for i in list(positions) * 2:  # the second round reads the memo
        assert sc.word(i) == pos_at(text, i), (text, i)


def test_tag_without_hmm_is_jiebas_route():
    from pipeline.words import pos_tagger

    tagger = pos_tagger()
    rnd = random.Random(7)
    for text in TEXTS.values():
        for _ in range(150):
            i = rnd.randrange(len(text) - 30)
            s = text[i:i + rnd.randint(1, 25)]
            assert tag(s, hmm=False) == [(p.word, p.flag) for p in tagger.lcut(s, HMM=False)], s


def test_action_reads_only_the_first_clauses():
    """The action and object come from the first clauses of the predicate: what follows them
    (another predicate of the sentence) changes nothing, so no sentence is tagged whole."""
    import re

    from pipeline.requirements.verbphrase import MAX_CLAUSES

    rnd = random.Random(11)
    for text in TEXTS.values():
        for _ in range(60):
            i = rnd.randrange(len(text) - 80)
            s = text[i:i + rnd.randint(4, 80)]
            parts = re.split(r"([，,；;：:。！？!?\n])", s)
            if len(parts) < 2 * MAX_CLAUSES:
                continue  # fewer clauses: a clause added after them may hold the verb
            if parts[2 * MAX_CLAUSES - 2].rstrip().endswith("的"):
                continue  # a condition ending in 的 reads on to its predicate (MAX_CONDITIONS)
            head = "".join(parts[:2 * MAX_CLAUSES - 1])
            assert action_object(s) == action_object(head + "，做好服务保障工作"), s


def _directives(n: int, rnd: random.Random) -> list[Directive]:
    """A random tree of nested items over 0..1000."""
    out: list[Directive] = []

    def add(parent, level, start, end):
        k = start
        while k < end - 5 and len(out) < n:
            e = min(end, k + rnd.randint(5, 200))
            d = Directive(len(out), parent, level, "一、", 1, "", k, e)
            out.append(d)
            if level < 4 and rnd.random() < 0.5:
                add(d.id, level + 1, k + 2, e)
            k = e + rnd.randint(0, 20)

    add(None, 1, 0, 1000)
    return out


def test_tree_innermost_is_the_deepest_item():
    rnd = random.Random(3)
    for _ in range(20):
        ds = _directives(40, rnd)
        tr = Tree.build(ds, True)
        for pos in range(0, 1000, 7):
            holding = [d for d in ds if d.start <= pos < d.end]
            want = max(holding, key=lambda d: (d.level, d.start)) if holding else None
            assert tr.innermost(pos) == want, pos


def test_within_is_the_plain_filter():
    rnd = random.Random(5)
    qs = sorted((Quantity("x", a, a + rnd.randint(1, 9), 1.0) for a in rnd.sample(range(2000), 300)),
                key=lambda q: q.start)
    starts = [q.start for q in qs]
    for _ in range(300):
        a = rnd.randrange(2000)
        b = a + rnd.randint(0, 80)
        assert _within(qs, starts, a, b) == tuple(q for q in qs if a <= q.start and q.end <= b)


def _masked_unit_by_unit(text, unit_list):
    parts, pos = [], 0
    for u in unit_list:
        if u.start < pos:
            continue
        parts += [text[pos:u.start], mask(text[u.start:u.end])]
        pos = u.end
    return "".join(parts + [text[pos:]])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["要", "加强", "“", "”", "《", "》", "（", "）", "(", ")", "。", "；", "！", "，",
                                 "\n", " ", "学习", "一是"]), max_size=40))
def test_units_masked_in_one_pass_as_each_unit_alone(pieces):
    text = "".join(pieces)
    unit_list, masked = masked_units(text)
    assert unit_list == list(units(text))
    assert masked == _masked_unit_by_unit(text, unit_list)


# --- memos of pure answers (speed5): the memo gives what the function gives --------------------------
# (matched text, the cue-lexicon pattern whose entry it is): CueTable.entry's memo of the patterns' answers
@pytest.mark.parametrize("matched, cue", [
    ("负有", "re:负有(?=[^，,：:。；;！？]{0,12}?(?:义务|责任))"),  # the pattern's own text, without its look-ahead
    ("原则上不", "re:原则上不(?!超过|低于|少于|高于|多于|足|到|大于|小于)"),
    ("三是", "re:[一二三四五六七八九十]是"),
    ("可持续性", "re:可[^，,：:。；;、]{1,3}性"),
    ("我们深信", "re:我(?:们)?(?:深信|坚信|相信)"),
])
def test_cue_entry_of_a_pattern_is_remembered(matched, cue):
    table = cue_table()
    first = table.entry(matched)
    assert first.cue == cue
    assert table.entry(matched) is first  # the second answer is the memo's, the same entry


def test_cue_entry_of_no_entry_fails_every_time():
    table = cue_table()
    for _ in range(2):  # a failure is not remembered as an answer
        with pytest.raises(KeyError):
            table.entry("这不是提示词")


# (masked clause, where skip_prefix leaves it): Scan.skips remembers skip_prefix per (start, end)
@pytest.mark.parametrize("text, want", [
    ("2019年6月底前各省份要完成清理", 9),  # a deadline glued to the subject
    ("特别是各级政府要带头", 3),  # a discourse word
    ("各地区要加强组织领导", 0),  # nothing to skip
])
def test_skip_prefix_is_remembered_per_span(text, want):
    from pipeline.requirements.actors import _skip_prefix, skip_prefix

    sc = Scan(text)
    assert skip_prefix(sc, 0, len(text)) == want == _skip_prefix(sc, 0, len(text))
    assert sc.skips == {(0, len(text)): want}
    assert skip_prefix(sc, 0, len(text)) == want  # read from the memo
    assert skip_prefix(sc, 0, 2) == _skip_prefix(sc, 0, 2)  # another span, another answer
