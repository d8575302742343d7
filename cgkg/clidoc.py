"""The CLI reference, generated from every command's --help.

    python -m cgkg.clidoc > docs/cli.md

tests/test_docs.py fails when docs/cli.md and the help texts drift apart.
"""

from __future__ import annotations

from click.testing import CliRunner

from .cli import cli

WIDTH = 100


def help_text(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--help"], prog_name="cgkg", terminal_width=WIDTH)
    return result.output


def reference() -> str:
    parts = [
        "# cgkg command reference",
        "",
        "Generated from `--help` by `python -m cgkg.clidoc > docs/cli.md`; a test fails when it drifts.",
        "",
        "## cgkg",
        "",
        "```",
        help_text().rstrip(),
        "```",
    ]
    for name in sorted(cli.commands):
        parts += ["", f"## cgkg {name}", "", "```", help_text(name).rstrip(), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(reference(), end="")
