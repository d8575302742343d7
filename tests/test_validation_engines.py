"""The optional pyshacl-turbo engine finds exactly the violations pySHACL (the reference) finds.

Compared on the bundled graph and on every shape fixture of tests/shapes/, each validated as
``cgkg validate FILE`` does it. Skipped when pyshacl-turbo is not installed (pip install 'cgkg[turbo]').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cgkg import paths
from cgkg.errors import InputError
from cgkg.validation import validate

pytest.importorskip("pyshacl_turbo", reason="pyshacl-turbo is optional: pip install 'cgkg[turbo]'")

FIXTURES = sorted((Path(__file__).parent / "shapes").glob("*/*.ttl"))


def violations(files: list[Path], engine: str) -> list[tuple[str, str, str, str]]:
    report = validate(files, engine=engine)
    return sorted((v.focus, v.path, v.message, v.source) for v in report.violations)


def test_both_engines_agree_on_the_bundled_graph():
    files = paths.data_files()
    assert violations(files, "turbo") == violations(files, "pyshacl")


def _shared_reference(fixture: Path, triples: int):
    """test_shapes.py's cached pySHACL report of FIXTURE, when that module ran in this session and
    validated the same triples: pySHACL is the slow half of this comparison (about 0.3 s a fixture)."""
    try:
        import test_shapes
    except ImportError:
        return None
    try:
        report = test_shapes.report_for(fixture)
    except Exception:  # noqa: BLE001 - any change there only means we validate ourselves
        return None
    return report if getattr(report, "triples", None) == triples else None


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f"{f.parent.name}/{f.stem}" for f in FIXTURES])
def test_both_engines_agree_on_each_shape_fixture(fixture):
    files = [*paths.vocabulary_files(), fixture]
    turbo = validate(files, engine="turbo")
    reference = _shared_reference(fixture, turbo.triples) or validate(files, engine="pyshacl")
    assert sorted((v.focus, v.path, v.message, v.source) for v in turbo.violations) == sorted(
        (v.focus, v.path, v.message, v.source) for v in reference.violations
    )


def test_an_unknown_engine_is_refused():
    with pytest.raises(InputError, match="unknown SHACL engine"):
        validate([], engine="jena")
