"""``zhpolicy batch INPUT... [--db FILE | --parquet DIR]``: a thin layer over
:func:`pipeline.batch.run_batch`."""
from __future__ import annotations

import sys

import click

from .extract import category_option, common_options

EXIT_CODES = """\b
Exit status:
  0  every input stored or skipped
  1  the batch could not run or stopped: the store cannot be opened or is damaged,
     the disk refused a commit (full, read-only; the chunks before are kept),
     workers cannot start
  2  bad command line
  3  internal error (a bug)
  4  the batch ran to the end, but some inputs failed (see the errors table)"""


@click.command(epilog=EXIT_CODES)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--db", type=click.Path(readable=False, dir_okay=False), default=None,
              help="DuckDB file to store into (created if missing).  [default: zhpolicy.duckdb]")
@click.option("--parquet", type=click.Path(readable=False, file_okay=False), default=None,
              help="Store a Parquet dataset in this folder instead of DuckDB (one subfolder per table).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Which files to take from folders and archives (repeatable).  "
                   "[default: *.txt *.md *.docx *.pdf *.zip *.jsonl *.ndjson]")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the field holding the text.")
@click.option("--id-field", default=None, help="JSON Lines: the field holding the document id (else the content hash).")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Worker processes (or LocalCluster workers); 0 runs documents in this process "
                   "(debugging: no time bound).  [default: all cores]")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on Dask: tcp://HOST:8786, or 'local' to start a LocalCluster here.")
@click.option("--force", is_flag=True, help="Redo every input, replacing the rows stored before.")
@click.option("--retry-failed", is_flag=True,
              help="Redo the inputs that failed in an earlier run (e.g. with a longer --timeout).")
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Seconds one document may take; past it the worker is stopped and the document "
                   "recorded as failed (0: no bound).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Inputs committed per transaction (fewer once they hold 16 MB of text).")
@click.option("--stages", default=None, metavar="MODULE:FUNCTION",
              help="Advanced: build the pipeline's stages with this function instead of the standard ones.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("-v", "--verbose", is_flag=True, help="Print each failed input and each committed chunk.")
@common_options
@category_option
def batch(inputs, db, parquet, globs, text_field, id_field, workers, scheduler, force, retry_failed, timeout,
          chunk_size, stages, quiet, verbose, t2s, categories, max_bytes):
    """Process an archive into a store: INPUT is any mix of files, folders (recursive),
    .zip archives (read without extracting) and JSON Lines files.

    Results go to the tables documents, directives, targets, requirements, formulas,
    sources and errors, committed per chunk.  A re-run skips what is stored already; a bad
    document becomes a row in errors and the batch goes on.

    \b
    Examples:
      zhpolicy batch speeches/ reports.zip --db archive.duckdb
      zhpolicy batch notices.jsonl --id-field id --text-field body --parquet archive/
      zhpolicy batch speeches/ --scheduler tcp://10.0.0.5:8786
    """
    from ..batch import run_batch
    from ..batch.store import open_store

    if db is not None and parquet is not None:
        raise click.UsageError("give --db or --parquet, not both")
    store = open_store(db=db, parquet=parquet)
    try:
        summary = run_batch(
            inputs, store, workers=workers, scheduler=scheduler, force=force, retry_failed=retry_failed,
            timeout=timeout, max_bytes=max_bytes, chunk_size=chunk_size, globs=globs, text_field=text_field,
            id_field=id_field, pipeline_options={"t2s": True} if t2s else None, stages=stages,
            categories=categories, progress=not quiet,
            on_commit=_say_commit if verbose else None, on_failure=_say_failure if verbose else None)
    finally:
        store.close()
    if not quiet:
        click.echo(f"zhpolicy batch: {summary.line()}", err=True)
    sys.exit(summary.exit_code)


def _say_commit(summary) -> None:
    click.echo(f"committed chunk {summary.chunks}: {summary.stored} stored, {summary.skipped} skipped, "
               f"{summary.failed} failed so far", err=True)


def _say_failure(outcome) -> None:
    click.echo(f"failed: {outcome.source}: {outcome.stage}: {outcome.reason}", err=True)
