"""``zhpolicy extract FILE... [-o OUT] [--format FMT]``."""
from __future__ import annotations

import sys

import click

from ..errors import ZhpolicyError
from ..load import DEFAULT_MAX_BYTES

TERMINAL_FORMATS = ("table", "json", "jsonl", "csv", "md")


def category_option(f):
    return click.option("--categories", "categories", default="auto", show_default=True, metavar="SCHEME",
                        help="Fill the requirement table's category column: auto, cadre, general, a model JSON "
                             "from `zhpolicy train`, or none.")(f)


def common_options(f):
    f = click.option("--t2s", is_flag=True, help="Convert Traditional to Simplified Chinese (OpenCC) before analysis.")(f)
    f = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Refuse input files larger than this.")(f)
    return f


def run_pipeline(paths, *, t2s=False, max_bytes=DEFAULT_MAX_BYTES, keep_going=False, categories="none"):
    """Results for ``paths``; with ``keep_going`` bad inputs are reported and skipped."""
    from ..pipeline import Pipeline

    nlp = Pipeline(t2s=t2s, max_bytes=max_bytes)
    categorize = _categorizer(categories)
    results, failed = [], 0
    for p in paths:
        try:
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
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file; the format comes from its extension "
                   "(.json .jsonl .csv .xlsx .parquet .md).")
@click.option("-f", "--format", "fmt", type=click.Choice(TERMINAL_FORMATS), default=None,
              help="What to print when there is no -o: a readable table (default), json (one document "
                   "object, or a list), jsonl, csv or md.")
@click.option("--no-sentences", is_flag=True, help="Leave the sentence list out of JSON output.")
@click.option("--keep-going", is_flag=True, help="Skip bad inputs (reported on stderr) instead of stopping; exit 1 if any failed.")
@common_options
@category_option
def extract(files, output, fmt, no_sentences, keep_going, t2s, max_bytes, categories):
    """Extract directives, targets and requirements from FILES (.txt in any common
    encoding, .docx, .pdf with a text layer, or - for standard input).

    \b
    Examples:
      zhpolicy extract speech.txt                  # requirement table on the terminal
      zhpolicy extract speech.txt --format json    # one JSON document object
      zhpolicy extract a.txt b.docx -o reqs.xlsx   # a spreadsheet, one sheet per table
    """
    if output and fmt:
        raise click.UsageError("give either -o/--output (format from its extension) or --format, not both")
    if output:
        from ..export import format_of

        format_of(output)  # fail on a bad extension before any work
    results, failed = run_pipeline(files, t2s=t2s, max_bytes=max_bytes, keep_going=keep_going, categories=categories)
    if output:
        from ..export import write

        if results:
            write(results, output)
            click.echo(f"wrote {len(results)} document(s) to {output}", err=True)
    else:
        emit(results, fmt or "table", sentences=not no_sentences)
    if failed:
        sys.exit(1)


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

