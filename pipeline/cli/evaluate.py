"""``zhpolicy evaluate GOLD.json...``: precision, recall and F1 of every column against gold files."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ZhpolicyError
from . import InputPath


@click.command()
@click.argument("gold_files", nargs=-1, required=True, type=InputPath(exists=True, dir_okay=False))
@click.option("--root", "roots", multiple=True, type=click.Path(readable=False, file_okay=False),
              help="Folder under which a gold file's `doc` path is found (repeatable); by default "
                   "../shared and the project folder, looked for upwards from the gold file.")
@click.option("--pred-dir", type=InputPath(file_okay=False, exists=True),
              help="Score saved predictions (NAME.json, as `zhpolicy extract --format json` printed "
                   "them) instead of running the pipeline.")
@click.option("--diffs", is_flag=True, help="List every difference before the figures.")
@click.option("--per-document", is_flag=True, help="Print each document's figures, not only the totals.")
@click.option("-f", "--format", "fmt", type=click.Choice(("table", "md", "json")), default="table",
              show_default=True, help="How to print the figures.")
def evaluate(gold_files, roots, pred_dir, diffs, per_document, fmt):
    """Score the pipeline (or saved predictions) against gold files, column by column:
    directives, targets and each target field, requirement detection, modality, actor,
    action, object, lead, partners, supervisor and deadline (the format of
    corpora/README.md; the same scorer as the tests and benchmarks/accuracy.py)."""
    from ..evaluate import evaluate_document, load_gold, resolve_doc, total
    from ..pipeline import Pipeline

    nlp = None
    per_doc = []
    for gpath in gold_files:
        try:
            gold = load_gold(gpath)
        except (OSError, ValueError) as exc:
            raise ZhpolicyError(gpath, f"not a gold file: {exc}", "evaluate") from None
        if "doc" not in gold:
            raise ZhpolicyError(gpath, "not a gold file: it names no `doc`", "evaluate")
        try:
            text_path = resolve_doc(gpath, gold["doc"], roots)
        except FileNotFoundError as exc:
            raise ZhpolicyError(gpath, str(exc).split(": ", 1)[-1], "evaluate") from None
        if pred_dir:
            ppath = Path(pred_dir) / f"{Path(gold['doc']).stem}.json"
            try:
                pred = json.loads(ppath.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ZhpolicyError(str(ppath), f"cannot read the prediction: {exc}", "evaluate") from None
            pred = pred[0] if isinstance(pred, list) else pred
            text = text_path.read_text(encoding=gold.get("encoding", "utf-8"))
        else:
            nlp = nlp or Pipeline()
            result = nlp(str(text_path))
            pred, text = result.to_dict(sentences=False), result.document.raw
        try:
            scores = evaluate_document(gold, text, pred)
        except ValueError as exc:
            raise ZhpolicyError(gpath, str(exc), "evaluate") from None
        per_doc.append((Path(gpath).stem, scores))
        if diffs:
            for name, s in scores.items():
                for d in s.diffs:
                    click.echo(f"{Path(gpath).stem}: {d}")
    rows = [(doc, name, s) for doc, scores in per_doc for name, s in scores.items()] if per_document else []
    rows += [("TOTAL", name, s) for name, s in total([s for _, s in per_doc]).items()]
    if fmt == "json":
        click.echo(json.dumps([{"document": d, "column": n, "gold": s.n_gold, "pred": s.n_pred, "ok": s.tp,
                                "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                "f1": round(s.f1, 4)} for d, n, s in rows], ensure_ascii=False, indent=1))
    elif fmt == "md":
        click.echo("| document | column | gold | pred | ok | P | R | F1 |\n|---|---|---|---|---|---|---|---|")
        for d, n, s in rows:
            click.echo(f"| {d} | {n} | {s.n_gold} | {s.n_pred} | {s.tp} "
                       f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    else:
        for d, n, s in rows:
            click.echo(f"{d:<48} {s.line(n)}")
