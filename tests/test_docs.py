"""The docs say what the program does: docs/cli.md is the commands' own --help, and the README's
"real output" examples are what their commands print now."""

import csv
import io
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from cgkg.cli import cli
from cgkg.clidoc import reference

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cli.md"


def test_cli_reference_matches_help():
    assert DOC.read_text(encoding="utf-8") == reference(), (
        "docs/cli.md is out of date: run `python -m cgkg.clidoc > docs/cli.md`"
    )


def readme_examples() -> list[tuple[str, str]]:
    """(command, shown output) for each example of the README's "real output" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What it answers (real output)", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"\(`(cgkg [^`]+)`[^)]*\):\n\n```\n(.*?)```", section, re.DOTALL)


def test_the_readme_shows_its_examples():
    assert len(readme_examples()) == 3


@pytest.mark.parametrize("command, shown", readme_examples(), ids=lambda value: value.split("\n")[0][:40])
def test_readme_example_output_is_current(command, shown):
    result = CliRunner().invoke(cli, shlex.split(command)[1:], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    delimiter = "\t" if "--tsv" in command else "," if "--csv" in command else None
    if delimiter is None:
        assert result.output == shown
        return
    # The README shows some of the columns: compare those, row by row.
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL  # cgkg's TSV escapes, never quotes
    shown_rows = list(csv.reader(io.StringIO(shown), delimiter=delimiter, quoting=quoting))
    actual = list(csv.DictReader(io.StringIO(result.output), delimiter=delimiter, quoting=quoting))
    columns = shown_rows[0]
    assert [[row[column] for column in columns] for row in actual] == shown_rows[1:]
