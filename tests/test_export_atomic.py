"""Atomic writing: a failed run leaves no partial file; an existing file is replaced only on success."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from test_export_fixture import make_result

from pipeline.errors import ZhpolicyError
from pipeline.export import FORMATS, write
from pipeline.export import checklist as checklist_lib

OLD = b"old contents, still here\n"


class Boom(RuntimeError):
    pass


def _half_then_fail(results, path: Path, *args, **kwargs) -> None:
    Path(path).write_bytes(b"partial output")
    raise Boom("disk full, say")


def _only_file(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_failed_export_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch, ext):
    module = importlib.import_module(f"pipeline.export.{FORMATS[ext]}")
    monkeypatch.setattr(module, "write", _half_then_fail)
    target = tmp_path / f"out{ext}"
    target.write_bytes(OLD)
    with pytest.raises(Boom):
        write([make_result()], target)
    assert target.read_bytes() == OLD
    assert _only_file(tmp_path) == [target.name]


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_failed_export_creates_nothing(tmp_path, monkeypatch, ext):
    module = importlib.import_module(f"pipeline.export.{FORMATS[ext]}")
    monkeypatch.setattr(module, "write", _half_then_fail)
    with pytest.raises(Boom):
        write([make_result()], tmp_path / f"out{ext}")
    assert _only_file(tmp_path) == []


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_successful_export_replaces_the_old_file(tmp_path, ext):
    target = tmp_path / f"out{ext}"
    target.write_bytes(OLD)
    write([make_result()], target)
    assert target.read_bytes() != OLD and target.stat().st_size > 0
    assert _only_file(tmp_path) == [target.name]


@pytest.mark.parametrize("ext", sorted(checklist_lib.WRITERS))
def test_failed_checklist_keeps_the_old_file(tmp_path, monkeypatch, ext):
    monkeypatch.setitem(checklist_lib.WRITERS, ext, _half_then_fail)
    target = tmp_path / f"todo{ext}"
    target.write_bytes(OLD)
    with pytest.raises(Boom):
        checklist_lib.write([make_result()], target)
    assert target.read_bytes() == OLD
    assert _only_file(tmp_path) == [target.name]


def test_missing_folder_is_a_named_error(tmp_path):
    target = tmp_path / "no" / "such" / "out.csv"
    with pytest.raises(ZhpolicyError, match="out.csv.*does not exist"):
        write([make_result()], target)
    assert not (tmp_path / "no").exists()
