"""The ``zhpolicy`` command: a thin layer over the library.

Commands live one per module and are imported only when run, so ``--help`` is
fast.  Every error reaches the user as one line naming the input and the reason,
with a non-zero exit; never a traceback (set ``ZHPOLICY_DEBUG=1`` to see one).

Exit codes: 0 done; 1 bad input or environment (a file that cannot be read, a disk that is
full or read-only, a folder without rights, a damaged store: every ``OSError`` and
:class:`~pipeline.errors.ZhpolicyError`); 2 a usage error (the command line itself);
3 only a bug of ours; ``batch`` adds 4 (some documents failed) and 130 is an interrupt.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

from ..errors import ZhpolicyError
from ..resources import ui
from ..version import __version__

# command name -> (module, attribute, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "extract": ("extract", "extract", "Extract directives, targets and requirements from documents."),
    "checklist": ("checklist", "checklist", "Turn a document into a nested checklist (.md or .docx)."),
    "batch": ("batch", "batch", "Process an archive of documents into a DuckDB or Parquet store."),
    "terms": ("research", "terms", "Key terms (TF-IDF over words) per document and per corpus."),
    "formulas": ("research", "formulas", ui("cli.help.formulas")),
    "compare": ("research", "compare", "Line up two documents' requirements and targets: new, dropped, changed."),
    "train": ("research", "train", "Fit a requirement-category model on a labelled CSV."),
    "evaluate": ("evaluate", "evaluate", "Score the pipeline against gold files, column by column."),
    "columns": ("columns", "columns", "Describe the columns of the output tables."),
    "serve": ("serve", "serve", "Start the web page for staff (upload, correct, download the ledger) and the API."),
}

EXIT_INPUT = 1  # bad input or environment (named in the message)
EXIT_USAGE = 2  # click's own usage errors
EXIT_INTERNAL = 3  # a bug of ours


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        mod, attr, _ = COMMANDS[name]
        try:
            return getattr(importlib.import_module(f".{mod}", __name__), attr)
        except (ImportError, AttributeError) as exc:
            help_, why = COMMANDS[name][2], str(exc)

            @click.command(name=name, help=f"{help_} (unavailable: {why})")
            def unavailable():
                raise click.ClickException(f"command {name} is unavailable: {why}")

            return unavailable

    def format_commands(self, ctx, formatter):
        rows = [(n, COMMANDS[n][2]) for n in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _show_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"zhpolicy {__version__}")
        ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def cli():
    """zhpolicy: Chinese policy speeches and documents → a table of requirements.

    Run `zhpolicy COMMAND --help` for each command's options.
    """


def main(argv=None):
    """Entry point: run the group, turning every error into one line and an exit code."""
    _setup_env()
    try:
        cli.main(args=argv, prog_name="zhpolicy", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("zhpolicy: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ZhpolicyError as exc:
        click.echo(f"zhpolicy: error: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except OSError as exc:  # the environment (disk, rights, a file gone), not a bug of ours
        click.echo(f"zhpolicy: error: {os_error_line(exc)}", err=True)
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        click.echo("zhpolicy: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("ZHPOLICY_DEBUG"):
            raise
        click.echo(f"zhpolicy: internal error: {type(exc).__name__}: {exc} "
                   "(set ZHPOLICY_DEBUG=1 for details)", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(0)


def os_error_line(exc: OSError) -> str:
    """``PATH: reason`` for an OSError (the reason alone when it names no file)."""
    reason = exc.strerror or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"{exc.filename}: {reason}" if exc.filename else reason


class InputPath(click.Path):
    """A file argument whose absence or unreadability is bad input (one line, exit 1), not
    a usage error (exit 2) as click's own checks make it."""

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            raise ZhpolicyError(os.fsdecode(value), _path_problem(os.fsdecode(value), exc)) from None


def _path_problem(path: str, exc: click.BadParameter) -> str:
    if not os.path.lexists(path):
        return "no such file or folder"
    if not os.path.exists(path):
        return "a broken symbolic link"
    if not os.access(path, os.R_OK):
        return "cannot read: Permission denied"
    return exc.format_message()


def _setup_env():
    # jieba and friends write caches; keep them in a folder of ours
    from ..resources import cache_dir

    os.environ.setdefault("ZHPOLICY_CACHE", str(cache_dir()))
