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
