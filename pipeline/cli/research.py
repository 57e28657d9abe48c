"""Research commands: ``terms``, ``formulas``, ``compare``, ``train`` (thin layers over pipeline.research)."""
from __future__ import annotations

import json

import click

from . import InputPath
from .extract import common_options

FORMATS = ("table", "json", "csv")


def _normalised(paths, *, t2s=False, max_bytes=None):
    """Loaded and normalised documents (no further stages: these commands need only the text)."""
    from ..pipeline import Pipeline

    nlp = Pipeline(until="normalize", t2s=t2s, max_bytes=max_bytes)
    return [nlp(p) for p in paths]


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _echo_csv(rows: list[dict], columns: list[str]) -> None:
    import csv
    import sys

    w = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(allow_dash=True, readable=False))  # unreadable: the loader says so, exit 1
@click.option("-n", "--top", type=click.IntRange(min=1), default=20, show_default=True, help="Terms per document.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--segmenter", type=click.Choice(["jieba", "pkuseg"]), default="jieba", show_default=True)
@common_options
def terms(files, top, fmt, segmenter, t2s, max_bytes):
    """Key terms of FILES by TF-IDF over jieba words (stop words from models/stopwords_zh.txt):
    the top terms of each document and, for several documents, of the corpus.

    \b
    Examples:
      zhpolicy terms speech.txt --top 15
      zhpolicy terms reports/*.txt --format csv > terms.csv
    """
    from ..research.terms import key_terms

    docs = _normalised(files, t2s=t2s, max_bytes=max_bytes)
    names = [d.document.source for d in docs]
    report = key_terms([d.text.clean for d in docs], top=top, names=names, segmenter=segmenter)
    groups = list(report.documents) + ([report.corpus] if len(docs) > 1 else [])
    labels = names + (["(corpus)"] if len(docs) > 1 else [])
    rows = [{"doc": label, "rank": i + 1, "term": t.term, "score": t.score, "count": t.count}
            for label, group in zip(labels, groups) for i, t in enumerate(group)]
    if fmt == "json":
        _echo_json(rows)
    elif fmt == "csv":
        _echo_csv(rows, ["doc", "rank", "term", "score", "count"])
    else:
        for label, group in zip(labels, groups):
            click.echo(f"== {label}")
            for i, t in enumerate(group, 1):
                click.echo(f"{i:3d}  {t.term}\t{t.score:.4f}\t×{t.count}")


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(allow_dash=True, readable=False))  # unreadable: the loader says so, exit 1
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--hits", is_flag=True, help="List every occurrence with its offsets instead of counts.")
@click.option("--lexicon-only", is_flag=True, help="Only forms listed in models/formulas.tsv, not the quoted pattern.")
@common_options
def formulas(files, fmt, hits, lexicon_only, t2s, max_bytes):
    """Count numbered political formulas (四个意识, 两个维护, 五位一体, “三个代表”, …) in FILES.

    Forms come from models/formulas.tsv (counted under their canonical form) and from the shape
    they share when it stands in quotation marks (source = pattern).

    \b
    Examples:
      zhpolicy formulas speech.txt
      zhpolicy formulas reports/*.txt --format csv > formulas.csv
      zhpolicy formulas speech.txt --hits
    """
    from ..research.formulas import formula_rows, result_hits

    docs = _normalised(files, t2s=t2s, max_bytes=max_bytes)
    if hits:
        rows = [{"source": d.document.source, "doc_id": d.doc_id, "formula": h.formula, "canonical": h.canonical,
                 "start": h.start, "end": h.end, "from": h.source}
                for d in docs for h in result_hits(d, patterns=not lexicon_only)]
        cols = ["source", "doc_id", "formula", "canonical", "start", "end", "from"]
    else:
        rows = [{"source": d.document.source, **row}
                for d in docs for row in formula_rows(d, patterns=not lexicon_only)]
        cols = ["source", "doc_id", "formula", "count"]
    if fmt == "json":
        _echo_json(rows)
    elif fmt == "csv":
        _echo_csv(rows, cols)
    else:
        for d in docs:
            mine = [r for r in rows if r["doc_id"] == d.doc_id]
            click.echo(f"== {d.document.source}  ({len(mine)} {'hits' if hits else 'formulas'})")
            for r in mine:
                click.echo(f"  {r['formula']}\t{r['start']}-{r['end']}\t{r['from']}" if hits
                           else f"  {r['formula']}\t{r['count']}")


@click.command()
@click.argument("a", type=click.Path(readable=False, allow_dash=True))
@click.argument("b", type=click.Path(readable=False, allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Cosine needed to line up two requirements (default 0.45).")
@click.option("--target-threshold", type=click.FloatRange(0, 1), default=None,
              help="Cosine needed to line up two targets (default 0.45).")
@click.option("--limit", type=click.IntRange(min=0), default=30, show_default=True,
              help="At most this many new and dropped requirements in text output (0: all).")
@common_options
def compare(a, b, fmt, threshold, target_threshold, limit, t2s, max_bytes):
    """Line up the requirements and targets of documents A and B (e.g. two years of a report):
    targets whose value changed first, then new and dropped requirements.

    \b
    Examples:
      zhpolicy compare report_2019.txt report_2023.txt
      zhpolicy compare old.txt new.txt --format json > diff.json
    """
    from ..pipeline import Pipeline
    from ..research.compare import compare as compare_results, value_text

    nlp = Pipeline(t2s=t2s, max_bytes=max_bytes)
    ra, rb = nlp(a), nlp(b)
    kw = {}
    if threshold is not None:
        kw["requirement_threshold"] = threshold
    if target_threshold is not None:
        kw["target_threshold"] = target_threshold
    result = compare_results(ra, rb, **kw)
    if fmt == "json":
        _echo_json(result.to_dict())
        return
    click.echo(f"A: {result.a_source}\nB: {result.b_source}")
    click.echo(f"targets: {len(result.changed)} changed, {len(result.same_targets)} unchanged, "
               f"{len(result.new_targets)} new, {len(result.dropped_targets)} dropped; "
               f"requirements: {len(result.matched)} matched, {len(result.new)} new, {len(result.dropped)} dropped")
    click.echo("\n== changed targets")
    for c in result.changed:
        click.echo(f"  {c.description}: {value_text(c.a)} → {value_text(c.b)}   [{c.a.text} → {c.b.text}]")
    for title, reqs in (("new requirements (only in B)", result.new),
                        ("dropped requirements (only in A)", result.dropped)):
        shown = reqs if not limit else reqs[:limit]
        click.echo(f"\n== {title}: {len(reqs)}" + (f" (first {len(shown)})" if len(shown) < len(reqs) else ""))
        for r in shown:
            click.echo(f"  {r.text}")


@click.command()
@click.argument("labels", type=InputPath(exists=True, dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(readable=False, dir_okay=False),
              help="Where to write the model (JSON: parameters only, no pickle).")
@click.option("--name", default=None, help="Scheme name stored in the model (default: the CSV's file name).")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True, help="Cross-validation folds.")
@click.option("--seed", type=int, default=0, show_default=True, help="Shuffle seed of the folds.")
def train(labels, output, name, folds, seed):
    """Fit a requirement-category model on LABELS (a CSV with columns text,label) and print its
    stratified cross-validated macro-F1.  Use the model with
    pipeline.research.categorize(result, scheme="MODEL.json").

    \b
    Example:
      zhpolicy train my_labels.csv -o my_scheme.json
    """
    from ..research.categories import train_csv
    from ..research.textmodel import save

    t = train_csv(labels, name=name, folds=folds, seed=seed)
    save(t.model, output)
    f1 = (f"{t.macro_f1:.3f} ({t.folds}-fold, stratified)" if t.macro_f1 is not None
          else "n/a (a label has fewer than 2 examples)")
    click.echo(f"{t.n} sentences, {len(t.model.classes)} labels; cross-validated macro-F1 {f1}")
    click.echo(f"wrote {output}")
