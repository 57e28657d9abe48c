"""The same batch on a Dask LocalCluster gives the same rows as the local process pool,
and the per-document time bound holds there too."""
from __future__ import annotations

import zipfile

import pytest

from pipeline.batch import run_batch
from pipeline.batch.testing import LOOP_MARK, sample_text, snapshot

pytest.importorskip("distributed")


@pytest.mark.slow
def test_local_cluster_gives_the_rows_of_the_local_pool(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(8):
        (d / f"s{i}.txt").write_text(sample_text(200 + i), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "loops.txt").write_text(sample_text(300) + LOOP_MARK, encoding="utf-8")
    with zipfile.ZipFile(d / "pack.zip", "w") as z:
        z.writestr("z.txt", sample_text(301))
        z.writestr("../evil.txt", "越界")
    opts = dict(stages="pipeline.batch.testing:unruly_stages", timeout=2, chunk_size=4, workers=2)
    local = run_batch([str(d)], str(tmp_path / "local.duckdb"), **opts)
    dask = run_batch([str(d)], str(tmp_path / "dask.duckdb"), scheduler="local", **opts)
    assert (dask.stored, dask.skipped, dask.failed) == (local.stored, local.skipped, local.failed) == (9, 0, 3)
    assert snapshot(tmp_path / "dask.duckdb") == snapshot(tmp_path / "local.duckdb")
    reasons = set(snapshot(tmp_path / "dask.duckdb")["errors"])
    assert any("timed out after 2 s; document stopped" in str(row) for row in reasons)
