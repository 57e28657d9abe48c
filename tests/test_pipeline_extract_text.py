"""pipeline.extract_text: a string is analysed as text, never opened as a file or standard input."""
from __future__ import annotations

import pytest
from conftest import SAMPLES

import pipeline


@pytest.mark.parametrize("text", ["-", "/etc/passwd", str(SAMPLES / "county_cadre_speech.txt"), "一、要抓好落实。"])
def test_extract_text_reads_no_file(text):
    result = pipeline.extract_text(text)
    assert result.document.raw == text and result.document.source == "<text>"


def test_extract_reads_the_file_but_extract_text_does_not():
    path = str(SAMPLES / "county_cadre_speech.txt")
    assert pipeline.extract(path).document.chars > 1000
    assert pipeline.extract_text(path).document.chars == len(path)


def test_extract_text_takes_only_str():
    with pytest.raises(TypeError):
        pipeline.extract_text(b"bytes")


@pytest.mark.parametrize("text", ["一" * 25000, "共建" + "1" * 2000 + "个站点。", "提高" + "9" * 2000 + "%。"])
def test_overlong_numerals_finish_without_quantity(text):
    assert not pipeline.extract_text(text).quantities


@pytest.mark.parametrize("text", [
    "\ufeff一、各乡镇要在2027年6月底前完成农田水利设施排查。\n二、县水利局牵头，县财政局配合，加强资金保障。\n",
    "\ufeff关于河西县环境整治的通知\n各单位必须严格落实责任，确保整治率达到95%以上。",
])
def test_leading_bom_keeps_offsets(text):
    result = pipeline.extract_text(text)
    assert result.document.raw == text
    assert result.requirements
    for r in result.requirements:
        assert text[r.start:r.end] == r.text
    assert result.document.doc_id == pipeline.extract_text(text[1:]).document.doc_id


@pytest.mark.parametrize("text", [
    "一、要抓好落实。",
    "各地区要加强领导，确保到2025年完成率达到90%。",
    "x" * 5000,
    "第一行\n第二行",
])
def test_extract_never_takes_a_string_for_text(text):
    """A string that is not an existing file is a LoadError naming it (briefly), never analysed."""
    with pytest.raises(pipeline.LoadError, match=r"no such file \(extract\(\) takes a path; for text use"):
        pipeline.extract(text)


def test_extract_takes_paths_and_documents(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("一、要抓好落实。\n", encoding="utf-8")
    assert pipeline.extract(f).document.raw == pipeline.extract(str(f)).document.raw == "一、要抓好落实。\n"
    doc = pipeline.load(f)
    assert pipeline.extract(doc).document is doc
    with pytest.raises(TypeError):
        pipeline.extract(b"bytes")


# --- the cycle collector is paused per document (speed) and left as it was --------------------
_TEXT = ("一、加强组织领导\n各地区要建立健全工作机制，2025年底前完成清理。鼓励企业开展技术改造。\n"
         "二、强化保障\n财政部门应当加大资金投入，不得挪用专项资金。")


# (collector enabled before, the stage fails) -> paused inside, enabled after as before
@pytest.mark.parametrize("enabled, fails", [(True, False), (False, False), (True, True), (False, True)],
                         ids=["on", "off", "on-failing", "off-failing"])
def test_document_leaves_the_collector_as_it_was(enabled, fails):
    import gc

    from pipeline.errors import ZhpolicyError
    from pipeline.load import from_text
    from pipeline.pipeline import Pipeline, Stage

    seen = []

    def probe(rec):
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("boom")
        return {}

    p = Pipeline(stages=[Stage("probe", ("document",), (), probe)])
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        if fails:
            with pytest.raises(ZhpolicyError):
                p.run_document(from_text(_TEXT))
        else:
            p.run_document(from_text(_TEXT))
        assert gc.isenabled() is enabled and seen == [False]
    finally:
        (gc.enable if was else gc.disable)()


def test_a_document_leaves_no_cycles():
    """What the collector is paused for: a document's objects are freed by reference counting."""
    import gc

    from pipeline.pipeline import extract_text

    extract_text(_TEXT)  # warm: lexicons and caches loaded
    gc.collect()
    gc.disable()
    try:
        got = extract_text(_TEXT)
        del got
        assert gc.collect() == 0
    finally:
        gc.enable()
