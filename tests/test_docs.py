"""The CLI reference in docs/cli.md is the commands' own --help, word for word."""

from pathlib import Path

from cgkg.clidoc import reference

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def test_cli_reference_matches_help():
    assert DOC.read_text(encoding="utf-8") == reference(), (
        "docs/cli.md is out of date: run `python -m cgkg.clidoc > docs/cli.md`"
    )
