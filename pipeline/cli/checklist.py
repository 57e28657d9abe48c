"""``zhpolicy checklist FILE [-o OUT.md|OUT.docx]``."""
from __future__ import annotations

import click

from .extract import category_option, common_options, run_pipeline


@click.command()
@click.argument("file", type=click.Path(readable=False, allow_dash=True))
@click.option("-o", "--output", type=click.Path(readable=False, dir_okay=False),
              help="Write the checklist to this file: .md (Markdown task list, `- [ ]`) or .docx "
                   "(Word, ☐ boxes). Without it, print the Markdown to standard output.")
@common_options
@category_option
def checklist(file, output, t2s, max_bytes, categories):
    """Turn FILE (.txt, .docx, .pdf, or - for standard input) into a nested checklist.

    Headings follow the numbered items (一、 / （一） / 一是 …); under each, one check box
    per requirement with who must act (责任主体), its numbers (指标: comparator, value,
    unit, period) and its deadline (期限). Requirements outside any numbered item are
    grouped under 其他要求.

    \b
    Examples:
      zhpolicy checklist speech.txt                 # Markdown on the terminal
      zhpolicy checklist speech.txt -o todo.md      # Markdown task list
      zhpolicy checklist speech.docx -o todo.docx   # Word document with ☐ boxes
    """
    from ..export import checklist as lib

    if output:
        lib.format_of(output)  # fail on a bad extension before any work
    results, _ = run_pipeline([file], t2s=t2s, max_bytes=max_bytes, categories=categories)
    if output:
        lib.write(results, output)
        click.echo(f"wrote the checklist of {file} to {output}", err=True)
    else:
        click.get_text_stream("stdout").write(lib.to_markdown(results))
