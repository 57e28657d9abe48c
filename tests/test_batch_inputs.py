"""Batch inputs: folders, --glob, zip archives read in memory (and refused when unsafe),
JSON Lines, and the keys that make re-runs skip."""
from __future__ import annotations

import json
import zipfile

import pytest

from pipeline.batch.inputs import (InputOptions, Item, Refusal, archive_problem, estimate_bytes, iter_items,
                                   matches, unsafe_member)
from pipeline.batch.testing import sample_text


def entries(*paths, **opts):
    return list(iter_items([str(p) for p in paths], InputOptions(**opts)))


def by_source(es):
    return {e.source.split("/")[-1]: e for e in es}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(sample_text(1), encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(sample_text(2), encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.TXT").write_text(sample_text(3), encoding="utf-8")
    (tmp_path / "notes.tsv").write_text("col\tval\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(sample_text(4), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(sample_text(5), encoding="utf-8")
    return tmp_path


def test_folder_is_walked_recursively_with_default_globs(folder):
    got = entries(folder)
    assert sorted(e.source.split("/")[-1] for e in got) == ["a.txt", "b.md", "c.TXT"]
    assert all(isinstance(e, Item) and e.data for e in got)


def test_glob_selects_files_in_folders(folder):
    got = entries(folder, globs=("*.tsv", "sub/*.md"))
    assert sorted(e.source.split("/")[-1] for e in got) == ["b.md", "notes.tsv"]


def test_explicit_file_is_taken_whatever_the_glob(folder):
    got = entries(folder / "notes.tsv", globs=("*.txt",))
    assert [e.source for e in got] == [str(folder / "notes.tsv")]


def test_order_is_stable(folder):
    assert [e.source for e in entries(folder)] == [e.source for e in entries(folder)]


def test_missing_path_is_a_refusal(tmp_path):
    (r,) = entries(tmp_path / "nope.txt")
    assert isinstance(r, Refusal) and "no such file" in r.reason


def test_too_large_file_is_refused_unread(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(sample_text(1) * 50, encoding="utf-8")
    (r,) = entries(p, max_bytes=100)
    assert isinstance(r, Refusal) and "too large" in r.reason and "--max-bytes" in r.reason


def test_keys_content_and_input(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "a.txt").write_text(sample_text(1), encoding="utf-8")
    (tmp_path / "x" / "a.txt").write_text(sample_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(sample_text(2), encoding="utf-8")
    a, b, moved = entries(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "x" / "a.txt")
    assert a.content_key == moved.content_key != b.content_key
    assert a.input_key != moved.input_key
    assert entries(tmp_path / "a.txt")[0].input_key == a.input_key


def make_zip(path, members: dict, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_zip_members_are_read_without_extracting(tmp_path):
    z = make_zip(tmp_path / "a.zip", {"one.txt": sample_text(1), "docs/two.txt": sample_text(2),
                                      "docs/": "", "readme.tsv": "x\ty\n", "__MACOSX/._one.txt": "junk"})
    got = entries(z)
    assert [e.source for e in got] == [f"{z}!one.txt", f"{z}!docs/two.txt"]
    assert got[0].data.decode("utf-8") == sample_text(1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip"]  # nothing extracted


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt"])
def test_unsafe_members_are_refused_unread(tmp_path, name):
    z = make_zip(tmp_path / "a.zip", {"good.txt": sample_text(1), name: "越界"})
    got = by_source(entries(z))
    bad = [e for e in entries(z) if isinstance(e, Refusal)]
    assert len(bad) == 1 and bad[0].source == f"{z}!{name}" and "unsafe" in bad[0].reason
    assert isinstance(got["a.zip!good.txt"], Item)
    assert unsafe_member(name)


def test_safe_names_are_not_flagged():
    assert not unsafe_member("a/b..c.txt") and not unsafe_member("x/..y/z.txt")


def test_zip_bomb_by_ratio_refuses_the_archive(tmp_path):
    z = make_zip(tmp_path / "bomb.zip", {"ok.txt": sample_text(1), "zeros.txt": b"0" * (4 * 1024 * 1024)})
    (r,) = entries(z)
    assert isinstance(r, Refusal) and r.source == str(z) and "zip bomb" in r.reason


def test_zip_expanded_size_bound_refuses_the_archive(tmp_path):
    z = make_zip(tmp_path / "big.zip", {"a.txt": sample_text(1), "b.txt": sample_text(2)})
    (r,) = entries(z, max_archive_bytes=200)
    assert isinstance(r, Refusal) and "expands to" in r.reason


def test_archive_problem_passes_ordinary_archives(tmp_path):
    z = make_zip(tmp_path / "a.zip", {"a.txt": sample_text(1) * 200})
    with zipfile.ZipFile(z) as zf:
        assert archive_problem(zf.infolist(), InputOptions()) is None


def test_zip_member_too_large_and_nested_archive_are_refused(tmp_path):
    z = make_zip(tmp_path / "a.zip", {"big.txt": sample_text(1) * 20, "inner.zip": b"PK", "ok.txt": "要抓落实。"})
    got = by_source(entries(z, max_bytes=1000))
    assert "too large" in got["a.zip!big.txt"].reason
    assert "not followed" in got["a.zip!inner.zip"].reason
    assert isinstance(got["a.zip!ok.txt"], Item)


def test_corrupt_zip_is_a_refusal(tmp_path):
    z = tmp_path / "bad.zip"
    z.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (r,) = entries(z)
    assert isinstance(r, Refusal) and "not a readable zip" in r.reason


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_text_and_id_fields(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [
        json.dumps({"body": sample_text(1), "no": 7}, ensure_ascii=False),
        "",
        json.dumps({"body": sample_text(2), "no": "b-2"}, ensure_ascii=False),
    ])
    a, b = entries(p, text_field="body", id_field="no")
    assert (a.source, a.doc_id, a.text) == (f"{p}:1", "7", sample_text(1))
    assert (b.source, b.doc_id) == (f"{p}:3", "b-2")


def test_jsonl_bad_lines_are_refusals(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", [
        '{"text": "好的一行。"}', "{not json", "[1, 2]", '{"body": "字段不对"}', '{"text": 5}',
    ])
    got = entries(p)
    assert isinstance(got[0], Item)
    reasons = [e.reason for e in got[1:]]
    assert all(isinstance(e, Refusal) for e in got[1:])
    assert "not valid JSON" in reasons[0] and "not a JSON object" in reasons[1]
    assert "--text-field" in reasons[2] and "--text-field" in reasons[3]
    assert [e.source for e in got] == [f"{p}:{i}" for i in range(1, 6)]


def test_jsonl_missing_id_is_a_refusal(tmp_path):
    p = write_jsonl(tmp_path / "d.jsonl", ['{"text": "有字。"}', '{"text": "有字。", "id": true}'])
    got = entries(p, id_field="id")
    assert all(isinstance(e, Refusal) and "--id-field" in e.reason for e in got)


def test_jsonl_overlong_line_is_refused_and_the_next_line_read(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"text": "长" * 5000}) + "\n" + json.dumps({"text": "短。"}) + "\n", encoding="utf-8")
    first, second = entries(p, max_bytes=1000)
    assert isinstance(first, Refusal) and "too long" in first.reason
    assert isinstance(second, Item) and second.text == "短。" and second.source == f"{p}:2"


def test_matches_ignores_case_and_checks_paths():
    assert matches("sub/a.TXT", ["*.txt"]) and matches("sub/a.md", ["sub/*.md"])
    assert not matches("sub/a.tsv", ["*.txt", "*.md"])


def test_estimate_counts_documents_and_zip_contents(folder):
    make_zip(folder / "z.zip", {"one.txt": sample_text(9)})
    expected = sum(len(sample_text(i).encode("utf-8")) for i in (1, 2, 3, 9))
    assert estimate_bytes([folder]) == expected


def test_many_members_just_under_the_ratio_floor_refuse_the_archive(tmp_path):
    """Each member alone passes (smaller than RATIO_FLOOR expanded); together they expand far
    past the ratio bound, so the archive is refused before any of them runs into --timeout."""
    from pipeline.batch.inputs import RATIO_FLOOR

    member = ("一、" * (RATIO_FLOOR // 6 - 1)).encode("utf-8")
    assert len(member) < RATIO_FLOOR
    z = make_zip(tmp_path / "many.zip", {f"m{i:02d}.txt": member for i in range(12)})
    (r,) = entries(z)
    assert isinstance(r, Refusal) and "in all" in r.reason and "archive refused" in r.reason
    with zipfile.ZipFile(z) as zf:
        assert archive_problem(zf.infolist()[:1], InputOptions()) is None  # one alone would pass
