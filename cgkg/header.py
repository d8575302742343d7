"""Parsing the grlc-style ``#+`` header of a canned query.

The header is a small YAML subset: ``key: value`` lines, lists of scalars (``- item`` or
``[a, b]``) and lists of mappings (``- name: x`` followed by indented ``key: value`` lines).
Anything else is an error naming the file and line, so a broken header never goes unnoticed.
"""

from __future__ import annotations

from pathlib import Path

from .errors import QueryError


def header_lines(path: Path, text: str) -> list[tuple[int, str]]:
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#+"):
            lines.append((number, line[2:].removeprefix(" ")))
        elif line.strip() and not line.startswith("#"):
            break
    if not lines:
        raise QueryError(f"{path}: no '#+' header: a canned query starts with '#+ summary: …'")
    return lines


def parse_header(path: Path, text: str) -> dict:
    lines = [(n, line) for n, line in header_lines(path, text) if line.strip()]
    header: dict = {}
    index = 0

    def fail(number: int, why: str):
        raise QueryError(f"{path}: header line {number}: {why}")

    while index < len(lines):
        number, line = lines[index]
        if line[0].isspace():
            fail(number, "unexpected indentation")
        key, sep, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            fail(number, "expected 'key: value'")
        if key in header:
            fail(number, f"duplicate key {key!r}")
        index += 1
        if value.startswith("[") and value.endswith("]"):
            header[key] = [item.strip() for item in value[1:-1].split(",") if item.strip()]
        elif value:
            header[key] = value
        else:
            items, index = _parse_list(lines, index, fail)
            header[key] = items
    return header


def _parse_list(lines, index, fail):
    items: list = []
    while index < len(lines):
        number, line = lines[index]
        if not line[0].isspace():
            break
        stripped = line.strip()
        if not stripped.startswith("- "):
            fail(number, "expected a list item '- …'")
        indent = len(line) - len(line.lstrip())
        entry = stripped[2:].strip()
        index += 1
        key, sep, value = entry.partition(":")
        if not sep:
            items.append(entry)
            continue
        mapping = {key.strip(): value.strip()}
        while index < len(lines):
            number, line = lines[index]
            inner = len(line) - len(line.lstrip())
            if inner <= indent or line.strip().startswith("- "):
                break
            key, sep, value = line.strip().partition(":")
            if not sep:
                fail(number, "expected 'key: value' inside a list item")
            mapping[key.strip()] = value.strip()
            index += 1
        items.append(mapping)
    return items, index
