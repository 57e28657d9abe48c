"""``zhpolicy columns [TABLE]``: the documented columns of the output tables."""
from __future__ import annotations

import click

from ..table import COLUMNS


@click.command()
@click.argument("table", required=False, type=click.Choice(sorted(COLUMNS)))
@click.option("--markdown", is_flag=True, help="Print as Markdown tables (as in the README).")
def columns(table, markdown):
    """Describe the columns of the requirement, directive and target tables."""
    for name in [table] if table else list(COLUMNS):
        if markdown:
            click.echo(f"\n**{name}**\n\n| column | type | meaning |\n|---|---|---|")
            for col, dtype, desc in COLUMNS[name]:
                click.echo(f"| `{col}` | {dtype} | {desc} |")
        else:
            click.echo(f"{name}:")
            for col, dtype, desc in COLUMNS[name]:
                click.echo(f"  {col:<16} {dtype:<8} {desc}")
