"""Loading: encodings, .docx, .pdf, stdin, and one clear error per kind of bad input."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

import pipeline
from pipeline.errors import LoadError
from pipeline.load import decode_bytes, doc_id_of, find_title_and_date, from_bytes, load

SPEECH = (
    "关于做好基层减负工作的讲话\n"
    "（2024年5月9日）\n"
    "同志们：\n"
    "今天召开这次会议，主要是研究部署基层减负工作。\n"
    "一、要提高思想认识\n"
    "各乡镇要把减负工作摆上重要议程。一是精简会议文件。会议数量要比去年减少20%以上。二是规范督查检查。\n"
    "谢谢大家！\n"
)


def cli(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True)


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),
    ("utf-16", "utf-16"),
])
def test_encodings_detected(tmp_path, encoding, expected):
    p = tmp_path / f"speech-{encoding}.txt"
    p.write_bytes(SPEECH.encode(encoding))
    doc = load(p)
    assert doc.raw == SPEECH
    assert doc.encoding == expected
    assert doc.doc_id == doc_id_of(SPEECH)


def test_big5_is_detected_not_garbled(tmp_path):
    text = "國務院關於加強基層治理體系和治理能力現代化建設的意見。各地區各部門要認真貫徹落實。" * 5
    p = tmp_path / "big5.txt"
    p.write_bytes(text.encode("big5"))
    doc = load(p)
    assert doc.raw == text


def test_same_clean_text_across_encodings(tmp_path):
    docs = []
    for enc in ("utf-8", "gbk", "utf-16"):
        p = tmp_path / f"s.{enc}.txt"
        p.write_bytes(SPEECH.encode(enc))
        docs.append(pipeline.normalize(load(p).raw).clean)
    assert docs[0] == docs[1] == docs[2]


def test_metadata_title_and_date():
    doc = pipeline.from_text(SPEECH)
    assert doc.title == "关于做好基层减负工作的讲话"
    assert doc.date == "2024-05-09"
    assert doc.chars == len(SPEECH)


@pytest.mark.parametrize("text, date", [
    ("某某讲话\n（二〇二三年十月十二日）\n同志们：", "2023-10-12"),
    ("政府工作报告\n——2025年1月15日在市第十七届人民代表大会上\n", "2025-01-15"),
    ("一份没有日期的通知。\n各单位要抓好落实。", None),
    ("同志们：\n自从一九七八年十二月召开全会以来，我们的事业取得了很大进展，各方面工作都有新的起色。\n", None),
    ("关于做好秋冬季防火工作的通知\n各乡镇：\n请认真抓好落实。\n某县人民政府办公室\n2024年10月8日\n", "2024-10-08"),
])
def test_dates(text, date):
    assert find_title_and_date(text)[1] == date


def test_docx(tmp_path):
    import docx

    d = docx.Document()
    for line in SPEECH.strip().split("\n"):
        d.add_paragraph(line)
    p = tmp_path / "speech.docx"
    d.save(p)
    doc = load(p)
    assert doc.encoding == "docx"
    assert doc.raw == SPEECH.strip()


def _pdf_bytes(text_objects: list[str]) -> bytes:
    """A minimal one-page PDF; each string becomes a text-drawing operator (ASCII only)."""
    content = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({t}) Tj 0 -14 Td" for t in text_objects) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_with_text_layer(tmp_path):
    p = tmp_path / "notice.pdf"
    p.write_bytes(_pdf_bytes(["Target: 40% by 2025"]))
    doc = load(p)
    assert doc.encoding == "pdf"
    assert "40%" in doc.raw


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty file"),
    "blank": (b"  \n\n \t", "empty file"),
    "binary": (bytes(range(256)) * 8, "binary file"),
    "pdf_no_text": (_pdf_bytes([]), "no text layer"),
    "broken_docx": (b"PK\x03\x04 not really a zip", "not a readable .docx"),
    "undecodable": (bytes([0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, 0x81, 0x30]) * 200 + b"\x8f\x8f\xa0", "decode"),
    "too_large": (("很长的文本。" * 100).encode("utf-8"), "too large"),
}
SUFFIX = {"pdf_no_text": ".pdf", "broken_docx": ".docx"}


def bad_file(tmp_path, kind):
    """The bad input ``kind`` written to a file (not written for "missing"), and its reason."""
    data, reason = BAD_INPUTS[kind]
    p = tmp_path / f"{kind}{SUFFIX.get(kind, '.txt')}"
    if data is not None:
        p.write_bytes(data)
    return p, reason


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_raises_load_error(tmp_path, kind):
    p, reason = bad_file(tmp_path, kind)
    with pytest.raises(LoadError) as exc:
        load(p, max_bytes=500 if kind == "too_large" else 10_000_000)
    assert str(p) in str(exc.value)
    assert reason in exc.value.reason


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_cli_one_line_no_traceback(tmp_path, kind):
    p, reason = bad_file(tmp_path, kind)
    args = ["extract", str(p), "--format", "json"] + (["--max-bytes", "500"] if kind == "too_large" else [])
    r = cli(*args)
    err = r.stderr.decode()
    assert r.returncode == 1
    assert r.stdout == b""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert str(p) in err and reason in err


def test_directory_is_refused(tmp_path):
    with pytest.raises(LoadError, match="directory"):
        load(tmp_path)


def test_stdin(tmp_path):
    r = cli("extract", "-", "--format", "json", stdin=SPEECH.encode("gbk"))
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"] == "<stdin>"
    assert doc["encoding"] == "gb18030"
    assert doc["chars"] == len(SPEECH)


def test_extract_json_contract(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(SPEECH, encoding="utf-8")
    r = cli("extract", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    for key in ("doc_id", "source", "encoding", "chars", "directives", "targets", "requirements", "sentences",
                "warnings"):
        assert key in doc
    assert doc["chars"] == len(SPEECH)
    assert doc["source"] == str(p)


def test_seed_speech_extract(seed_speech):
    r = cli("extract", str(seed_speech), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["encoding"] == "utf-8"
    assert doc["chars"] == len(seed_speech.read_text(encoding="utf-8"))
    assert len(doc["doc_id"]) == 16


def test_seed_speech_gbk_and_utf16_give_same_text(seed_speech, tmp_path):
    text = seed_speech.read_text(encoding="utf-8")
    clean = {}
    for enc in ("gbk", "utf-16"):
        p = tmp_path / f"seed.{enc}.txt"
        p.write_bytes(text.encode(enc))
        doc = load(p)
        assert doc.raw == text
        clean[enc] = pipeline.normalize(doc.raw).clean
    assert clean["gbk"] == clean["utf-16"] == pipeline.normalize(text).clean


def test_zip_named_txt_is_not_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    p = tmp_path / "odd.docx"
    p.write_bytes(buf.getvalue())
    with pytest.raises(LoadError, match="docx"):
        load(p)


def test_decode_bytes_rejects_nul_heavy_data():
    with pytest.raises(LoadError, match="binary"):
        decode_bytes(b"\x00\x01\x02" * 100, "x.bin")


def test_from_bytes_size_bound():
    with pytest.raises(LoadError, match="too large"):
        from_bytes(b"a" * 11, "x.txt", max_bytes=10)


_UTF16_TEXTS = [
    "关于做好河西县2027年春耕备耕工作的通知\n各乡镇人民政府：\n一、要确保粮食播种面积稳定在12万亩以上。\n",
    "各部门要抓好落实，确保“十五五”目标如期实现。" * 40,
    "纯中文无换行无数字的一段话要求各单位认真执行",
]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", _UTF16_TEXTS)
def test_utf16_without_bom_loads(text, enc):
    from pipeline.load import decode_bytes

    got, used = decode_bytes(text.encode(enc), "<t>")
    assert got == text and used == enc


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500, b"PK\x03\x04" + b"\x00" * 100])
def test_binary_is_still_refused(data):
    from pipeline.errors import LoadError
    from pipeline.load import decode_bytes

    with pytest.raises(LoadError):
        decode_bytes(data, "<t>")
