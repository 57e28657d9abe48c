"""``zhpolicy extract FILE... [-o OUT [--ledger]] [--format FMT]``."""
from __future__ import annotations

import sys

import click

from ..errors import ZhpolicyError
from ..load import DEFAULT_MAX_BYTES
from ..resources import ui
from ..timelimit import DEFAULT_EXTRACT_TIMEOUT

TERMINAL_FORMATS = ("table", "json", "jsonl", "csv", "md")


class OneLineUsageError(click.UsageError):
    """A usage error told in one line (exit 2), for mistakes the message alone explains."""

    def show(self, file=None) -> None:
        click.echo(f"zhpolicy: error: {self.format_message()}", err=True)


def category_option(f):
    return click.option("--categories", "categories", default="auto", show_default=True, metavar="SCHEME",
                        help="Fill the requirement table's category column: auto, cadre, general, a model JSON "
                             "from `zhpolicy train`, or none.")(f)


def common_options(f):
    f = click.option("--t2s", is_flag=True,
                     help="Convert Traditional to Simplified Chinese (OpenCC) before analysis.")(f)
    f = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Refuse input files larger than this.")(f)
    return f


def run_pipeline(paths, *, t2s=False, max_bytes=DEFAULT_MAX_BYTES, keep_going=False, categories="none",
                 timeout=None):
    """Results for ``paths``; with ``keep_going`` bad inputs are reported and skipped;
    ``timeout`` bounds each input (seconds; None or 0: no bound)."""
    from ..pipeline import Pipeline
    from ..timelimit import time_limit

    nlp = Pipeline(t2s=t2s, max_bytes=max_bytes)
    categorize = _categorizer(categories)
    results, failed = [], 0
    for p in paths:
        try:
            with time_limit(timeout, "<stdin>" if p == "-" else str(p)):
                results.append(categorize(nlp(p)))
        except ZhpolicyError as exc:
            if not keep_going:
                raise
            failed += 1
            click.echo(f"zhpolicy: error: {exc}", err=True)
    return results, failed


def _categorizer(scheme):
    if not scheme or scheme == "none":
        return lambda result: result
    from ..research.categories import categorize

    return lambda result: categorize(result, scheme)


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(allow_dash=True, readable=False))  # unreadable: the loader says so, exit 1
@click.option("-o", "--output", type=click.Path(readable=False, dir_okay=False),
              help="Write to this file; the format comes from its extension "
                   "(.json .jsonl .csv .xlsx .parquet .md; with --ledger .xlsx or .docx).")
@click.option("--ledger", is_flag=True,
              help=ui("cli.help.ledger"))
@click.option("-f", "--format", "fmt", type=click.Choice(TERMINAL_FORMATS), default=None,
              help="What to print when there is no -o: a readable table (default), json (one document "
                   "object, or a list), jsonl, csv or md.")
@click.option("--no-sentences", is_flag=True, help="Leave the sentence list out of JSON output.")
@click.option("--keep-going", is_flag=True,
              help="Skip bad inputs (reported on stderr) instead of stopping; exit 1 if any failed.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_EXTRACT_TIMEOUT, show_default=True,
              help="Seconds one input may take; past it the input fails with a one-line error (0: no bound).")
@common_options
@category_option
def extract(files, output, fmt, ledger, no_sentences, keep_going, timeout, t2s, max_bytes, categories):
    """Extract directives, targets and requirements from FILES (.txt in any common
    encoding, .docx, .pdf with a text layer, or - for standard input).

    \b
    Examples:
      zhpolicy extract speech.txt                  # requirement table on the terminal
      zhpolicy extract speech.txt --format json    # one JSON document object
      zhpolicy extract a.txt b.docx -o reqs.xlsx   # a spreadsheet, one sheet per table
      zhpolicy extract plan.docx -o 台账.xlsx --ledger   # the work ledger, ready to print
    """
    if output and fmt:
        raise click.UsageError("give either -o/--output (format from its extension) or --format, not both")
    write = _writer(output, ledger)  # fail on a bad extension before any work
    results, failed = run_pipeline(files, t2s=t2s, max_bytes=max_bytes, keep_going=keep_going, categories=categories,
                                   timeout=timeout)
    if output:
        if results:
            write(results, output)
            what = "the work ledger of " if ledger else ""
            click.echo(f"wrote {what}{len(results)} document(s) to {output}", err=True)
    else:
        emit(results, fmt or "table", sentences=not no_sentences)
    if failed:
        sys.exit(1)


def _writer(output, ledger):
    """The library function that will write ``output``; bad combinations fail here, before any work."""
    from pathlib import Path

    suffix = Path(output or "").suffix.lower()
    if ledger:
        from ..export import ledger as lib

        if not output:
            raise OneLineUsageError("--ledger needs -o OUT.xlsx or -o OUT.docx")
        if suffix not in lib.WRITERS:
            raise OneLineUsageError(f"{output}: --ledger writes .xlsx or .docx, "
                                    f"not {suffix or 'a file without extension'}")
        return lib.write
    if not output:
        return None
    from ..export import format_of, write

    if suffix == ".docx":
        raise ZhpolicyError(output, "unknown output format .docx; add --ledger for the work ledger "
                                    "(or use `zhpolicy checklist` for a checklist)", stage="write")
    format_of(output)
    return write


def emit(results, fmt, *, sentences=True):
    """Print results to standard output in ``fmt``."""
    out = click.get_text_stream("stdout")
    if fmt == "json":
        from ..export.json_ import dumps

        out.write(dumps(results, sentences=sentences) + "\n")
    elif fmt == "jsonl":
        import json

        for r in results:
            out.write(json.dumps(r.to_dict(sentences=sentences), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        from ..pipeline import tables

        tables(results).to_csv(out, index=False)
    elif fmt == "md":
        from ..export.markdown import dumps as markdown_table

        out.write(markdown_table(results))
    else:
        from .show import show_table

        for r in results:
            show_table(r)

