"""The spaCy layer runs the Pipeline's own stages and writes aligned span groups."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from spacy.language import Language
from spacy.tokens import Span

from pipeline import quantities, requirements, structure
from pipeline.pipeline import Pipeline
from pipeline.records import Directive, Quantity, Requirement
from pipeline.spacy_ext import COMPONENTS, make_nlp, register_extensions

# The raw text differs from its normalised form (a stray space, full-width digits), so a
# span is right only if the stage's offsets were mapped back to the raw text.
RAW = "一、加强 管理\n各单位要在年底前完成整改，整改率达到９５％以上。\n二、严格考核\n严禁弄虚作假。\n"
_HEAD = re.compile(r"^([一二三四五六七八九十]+、)(.*)$", re.M)
_PCT = re.compile(r"\d+%以上")


def fake_directives(clean):
    heads = list(_HEAD.finditer(clean))
    ends = [m.start() for m in heads[1:]] + [len(clean.rstrip())]
    return [Directive(i, None, 1, m.group(1), i + 1, m.group(2), m.start(), end)
            for i, (m, end) in enumerate(zip(heads, ends))], []


def fake_quantities(clean, *, sentences=(), directives=(), doc_date=None):
    for m in _PCT.finditer(clean):
        yield Quantity(m.group(), m.start(), m.end(), float(m.group()[:-3]), unit="%", kind="percent",
                       comparator=">=", role="target", directive=0)


def fake_requirements(clean, *, sentences=(), directives=(), quantities=(), doc_date=None, doc_name=None):
    k = 0
    for s in sentences:
        for cue, modality in (("严禁", "prohibition"), ("要", "obligation")):
            if cue in s.text:
                k += 1
                inside = [d.id for d in directives if d.start <= s.start < d.end]
                targets = tuple(q for q in quantities if s.start <= q.start < s.end)
                yield Requirement(k, s.text, s.start, s.end, modality, 4, cue=cue,
                                  directive=inside[-1] if inside else None, targets=targets)
                break


@pytest.fixture
def fake_stages(monkeypatch):
    """Stand-ins for the extractors: the components must reach them through the Pipeline's stages."""
    monkeypatch.setattr(structure, "find_directives", fake_directives)
    monkeypatch.setattr(quantities, "find_quantities", fake_quantities)
    monkeypatch.setattr(requirements, "find_requirements", fake_requirements)


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_make_nlp_is_blank_zh_with_jieba_and_the_three_components(nlp):
    assert nlp.lang == "zh"
    assert nlp.tokenizer.segmenter == "jieba"
    assert nlp.pipe_names == list(COMPONENTS)
    assert all(Language.has_factory(name) for name in COMPONENTS)


def test_spans_point_at_the_raw_text(nlp, fake_stages):
    doc = nlp(RAW)
    assert [(s._.directive.marker, s._.directive.title) for s in doc.spans["directives"]] == [
        ("一、", "加强管理"), ("二、", "严格考核")]
    (target,) = doc.spans["targets"]
    q = target._.quantity
    assert RAW[q.start:q.end] == "９５％以上" and q.value == 95
    assert target.start_char <= q.start and q.end <= target.end_char and "９５" in target.text
    reqs = doc.spans["requirements"]
    assert [(s._.requirement.modality, s.label_) for s in reqs] == [("obligation", "obligation"),
                                                                   ("prohibition", "prohibition")]
    assert reqs[0].text.startswith("各单位要") and reqs[0].text.endswith("以上。")
    assert reqs[0]._.requirement.targets[0].value == 95
    assert reqs[1].text == "严禁弄虚作假。"


def test_spans_match_the_pipeline_records(nlp, fake_stages):
    doc = nlp(RAW)
    result = Pipeline().text(RAW)
    assert doc._.zhpolicy.directives == result.directives
    assert doc._.zhpolicy.requirements == result.requirements
    for group, field in (("directives", "directives"), ("targets", "targets"), ("requirements", "requirements")):
        got = [(s.start_char, s.end_char) for s in doc.spans[group]]
        want = [(doc.char_span(r.start, r.end, alignment_mode="expand").start_char,
                 doc.char_span(r.start, r.end, alignment_mode="expand").end_char) for r in getattr(result, field)]
        assert got == want and got, group


@pytest.mark.parametrize("component,group", [(c, v[1]) for c, v in COMPONENTS.items()])
def test_each_component_works_alone(fake_stages, component, group):
    alone = make_nlp(components=[component])
    doc = alone(RAW)
    assert list(doc.spans) == [group] and len(doc.spans[group]) >= 1


def test_leading_bom_keeps_spans_aligned(nlp, fake_stages):
    doc = nlp("\ufeff" + RAW)
    assert [s.text for s in doc.spans["requirements"]][1] == "严禁弄虚作假。"


def test_blank_text_gives_empty_groups(nlp):
    doc = nlp("  \n")
    assert {k: len(v) for k, v in doc.spans.items()} == {"directives": 0, "targets": 0, "requirements": 0}


def test_extensions_register_once():
    register_extensions()
    register_extensions()
    assert all(Span.has_extension(v[2]) for v in COMPONENTS.values())


def test_agrees_with_the_real_pipeline(nlp):
    text = "一、抓好落实\n各部门要在年底前报送方案，完成率不低于百分之八十。\n"
    doc = nlp(text)
    result = Pipeline().text(text)
    assert [s._.requirement for s in doc.spans["requirements"]] == list(result.requirements)
    assert [s._.quantity for s in doc.spans["targets"]] == list(result.targets)
    assert [s._.directive for s in doc.spans["directives"]] == list(result.directives)


def test_jieba_cache_goes_to_our_cache_folder(tmp_path):
    env = dict(os.environ, ZHPOLICY_CACHE=str(tmp_path), TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    code = "from pipeline.spacy_ext import make_nlp; make_nlp()('各部门要抓好落实。')"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)
    assert (tmp_path / "jieba.cache").exists()
    assert not list((tmp_path / "tmp").glob("jieba*"))
