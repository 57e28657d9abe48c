"""Numerals → values: a table of written forms, and properties checked over generated ints."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numbers import find_numbers, parse_number, parse_numeral, to_chinese

CASES = [
    # Arabic, full-width, separators, decimals
    ("0", 0), ("7", 7), ("2024", 2024), ("3.75", 3.75), ("１２３", 123), ("４．５", 4.5),
    ("12,800", 12800), ("3，600", 3600), ("1,000,000", 1_000_000), ("0.05", 0.05),
    # Chinese numerals
    ("〇", 0), ("零", 0), ("一", 1), ("两", 2), ("十", 10), ("十一", 11), ("二十", 20),
    ("二十七", 27), ("一百", 100), ("一百零八", 108), ("一百一十", 110), ("三百六十五", 365),
    ("一千零三", 1003), ("两千零二十", 2020), ("八千零七", 8007), ("一万", 10_000),
    ("一万零五百", 10_500), ("十万", 100_000), ("三十万零六", 300_006),
    ("一百万", 1_000_000), ("两千万", 20_000_000), ("一亿", 100_000_000),
    ("三亿零五万", 300_050_000), ("十二亿", 1_200_000_000), ("一万亿", 10**12),
    ("两万万", 200_000_000), ("五兆", 5 * 10**12),
    # spoken abbreviations: the last digit stands one place below the unit before it
    ("一万二", 12_000), ("三千五", 3500), ("两百四", 240), ("一百六", 160), ("百八", 180),
    ("九万六", 96_000), ("六十三万五", 635_000),
    # capital forms and traditional characters
    ("壹佰贰拾叁", 123), ("叁仟零伍", 3005), ("玖拾玖", 99), ("肆萬", 40_000), ("貳億", 200_000_000),
    ("兩千", 2000), ("陸拾", 60),
    # mixed Arabic and Chinese
    ("1100万", 11_000_000), ("2.5万亿", 2.5e12), ("3万5千", 35_000), ("6千零8", 6008),
    ("4万2000", 42_000), ("1.2亿", 120_000_000), ("0.8万", 8000), ("12万亿", 1.2e13),
    # decimals with 点
    ("六点五", 6.5), ("零点三", 0.3), ("十二点零五", 12.05), ("三点一四一六", 3.1416),
    ("一点二亿", 120_000_000), ("两千万点五", 20_000_000.5),
    # digit strings
    ("二〇二五", 2025), ("一九四九", 1949), ("二〇三五", 2035),
    # approximate forms keep their base
    ("三十几万", 300_000), ("三十多", 30), ("两百余", 200), ("三千多万", 30_000_000), ("五十几", 50),
    # fractions
    ("三分之一", 1 / 3), ("四分之三", 0.75), ("百分之九十九", 99), ("八分之一", 0.125), ("1/3", 1 / 3),
    ("2/5", 0.4), ("一半", 0.5), ("十分之一", 0.1), ("三又二分之一", 3.5), ("一百分之七", 0.07),
    ("5分之2", 0.4),
    # percents (in percent)
    ("6.5%", 6.5), ("６．５％", 6.5), ("百分之六点五", 6.5), ("百分之十二", 12), ("百分之1.5", 1.5),
    ("千分之五", 0.5), ("万分之八", 0.08), ("四成", 40), ("七成五", 75), ("两成半", 25), ("5‰", 0.5),
    # ratios (the first over the second)
    ("三比一", 3), ("3:1", 3), ("一比一", 1), ("2比5", 0.4), ("4：1", 4),
]


@pytest.mark.parametrize("text,value", CASES, ids=[c[0] for c in CASES])
def test_parse_number(text, value):
    got = parse_number(text)
    assert got is not None, text
    assert math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-9), (text, got, value)


NOT_NUMBERS = ["万", "亿", "万万", "十四五", "几", "几十", "", "abc", "百千", "十百", "三又"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text):
    assert parse_number(text) is None


def test_signs():
    assert parse_number("负三") == -3
    assert parse_number("-2.5%") == -2.5
    assert parse_number("负二又四分之一") == -2.25


def test_approx_and_sequence_flags():
    assert parse_numeral("二十几万").approx
    assert parse_numeral("两万多亿").approx
    assert not parse_numeral("两万亿").approx
    assert parse_numeral("二〇二五").sequence
    assert not parse_numeral("两千零二十五").sequence
    (n,) = find_numbers("六百多")
    assert n.approx and n.value == 600


def test_find_numbers_spans_and_kinds():
    text = "增长6.5%，其中三分之一用于培训，按3:1配备，完成1100万"
    got = [(n.text, n.kind, n.value) for n in find_numbers(text)]
    assert got == [("6.5%", "percent", 6.5), ("三分之一", "fraction", 1 / 3), ("3:1", "ratio", 3.0),
                   ("1100万", "number", 11_000_000.0)]
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text


def test_longest_parse_is_not_forced():
    # the numeral of 百分之九十百强 is 九十, not the ill-formed 九十百
    from pipeline.quantities.base import match_number

    _, n = match_number("百分之九十百强企业", 0)
    assert n.value == 90 and n.text == "百分之九十"


# ---------------------------------------------------------------- properties

ints = st.integers(min_value=0, max_value=10**12 - 1)


@given(ints)
def test_chinese_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@given(ints)
def test_capital_round_trip(n):
    assert parse_number(to_chinese(n, capital=True)) == n


@given(ints)
def test_liang_round_trip(n):
    assert parse_number(to_chinese(n, liang=True)) == n


_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_fullwidth_arabic(whole, frac):
    s = f"{whole}.{frac:02d}"
    assert parse_number(s.translate(_FW)) == pytest.approx(float(s))


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "亿", "万亿"]))
def test_arabic_with_chinese_multiplier(k, big):
    factor = {"万": 10**4, "亿": 10**8, "万亿": 10**12}[big]
    assert parse_number(f"{k}{big}") == k * factor


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_fractions(num, den):
    assert parse_number(f"{to_chinese(den)}分之{to_chinese(num)}") == pytest.approx(num / den)
    assert parse_number(f"{num}/{den}") == pytest.approx(num / den)


@given(st.lists(st.integers(min_value=0, max_value=10**8), min_size=1, max_size=5),
       st.sampled_from(["，", "、", "和", "。", "；"]))
@settings(max_examples=60)
def test_offsets_point_into_the_text(values, sep):
    text = sep.join(f"共{to_chinese(v)}个" for v in values)
    found = list(find_numbers(text))
    assert [n.value for n in found] == values
    for n in found:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize("s", ["1" * 17, "一" * 17, "一" + "万" * 100, "一" + "万" * 100 + "点五", "9" * 2000])
def test_overlong_numeral_is_no_number(s):
    assert parse_numeral(s) is None


@pytest.mark.parametrize("text", ["一" * 25000, "共" + "1" * 2000 + "个项目。", "增长" + "9" * 2000 + "%。"])
def test_overlong_run_yields_no_number(text):
    assert list(find_numbers(text)) == []
