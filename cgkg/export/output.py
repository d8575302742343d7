"""Writing export files atomically, and refusing to replace existing ones unless asked to.

A file is written to a temporary file in the same folder, flushed to disk, then renamed over the
target, so a reader never sees half a file and a crash leaves the old file whole. A folder (the CSV
tables, a release) is built as a temporary sibling folder and renamed into place the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import CgkgError


class OutputExistsError(CgkgError):
    """The output file or folder exists and --force was not given."""


class OutputError(CgkgError):
    """The output could not be written."""


def write_file(path: Path | str, data: bytes, force: bool = False, mode: int = 0o644) -> None:
    """DATA into PATH atomically (a temporary file renamed into place), with permissions MODE."""
    check_file_name(path)
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name for this format")
    _refuse_special(path)
    if path.exists() and not force:
        raise OutputExistsError(f"{path} already exists; use --force to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        if force:
            os.replace(temp, path)
        else:
            _link_new(Path(temp), path)
        _fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def check_file_name(path: Path | str) -> None:
    """Refuse a file name written as a folder's (out/), which needs no look at the disk."""
    if isinstance(path, str) and path.endswith(tuple(filter(None, (os.sep, os.altsep)))):
        # Path() drops the final slash: out/ would become a file named out, or replace one (POSIX says
        # "not a directory" for a file name written so).
        raise OutputError(f"{path} names a folder; give a file name for this format")


def _link_new(temp: Path, path: Path) -> None:
    """Put temp at path only if nothing is there (a hard link fails on an existing name)."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise OutputExistsError(f"{path} already exists; use --force to replace it") from None
    except OSError:
        # File systems without hard links: check, then rename.
        if path.exists():
            raise OutputExistsError(f"{path} already exists; use --force to replace it") from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def _refuse_special(path: Path) -> None:
    """Replacing is for regular files: a rename over a device, pipe or link would destroy it, not write to it."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return  # nothing there yet
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        kind = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file (a device, pipe or socket)"
        raise OutputError(f"{path} is {kind}; cgkg writes only regular files: leave out -o to write to "
                          "standard output and redirect that")


@contextlib.contextmanager
def new_folder(path: Path, force: bool = False) -> Iterator[Path]:
    """Yield an empty temporary folder; on success it replaces PATH (which must not exist without force).

    An existing folder is replaced only if it holds nothing but the new export's files and those an earlier
    cgkg release listed in its SHA256SUMS: --force renews a previous export, it never deletes a user's other
    files (nor those another program's SHA256SUMS lists).
    """
    path = Path(path)
    _refuse_special(path)
    # A file is never replaced by a folder, with or without --force: say so first, not after --force.
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} is a file; give a folder for this export")
    if path.exists() and not force:
        raise OutputExistsError(f"{path} already exists; use --force to replace it")
    if path.exists() and Path.cwd().resolve().is_relative_to(path.resolve()):
        raise OutputError(f"{path} is the current folder or holds it; give a folder beside it")
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: the folder {parent} does not exist")
    building = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent))
    try:
        yield building
        for entry in building.rglob("*"):
            if entry.is_file():
                _fsync_file(entry)
        os.chmod(building, 0o755)
        if path.exists():
            _refuse_foreign(path, building)
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=parent))
            os.replace(path, old / path.name)
            os.replace(building, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(building, path)
        _fsync_dir(parent)
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)


def _refuse_foreign(path: Path, building: Path) -> None:
    # A file of the new export, or one an earlier cgkg release listed in its SHA256SUMS (the set of files can
    # change between versions). Nothing else: a .csv beside the tables may be a user's own analysis.
    ours = {entry.relative_to(building) for entry in building.rglob("*")}
    ours |= _listed_in_checksums(path)

    def replaceable(entry: Path) -> bool:
        name = entry.relative_to(path)
        return not entry.is_symlink() and name in ours

    foreign = sorted(str(entry.relative_to(path)) for entry in path.rglob("*") if not replaceable(entry))
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise OutputError(f"{path} holds files this export does not write ({shown}); --force replaces only "
                          "a previous export: move them away or choose another folder")


# A release's README.md begins with this title (release.readme writes it), and its SHA256SUMS lists the
# README with its checksum.
RELEASE_TITLE = "# Cluster Governance Knowledge Graph (cgkg)"


def _listed_in_checksums(folder: Path) -> set[Path]:
    """The files an earlier `export --all` wrote into FOLDER, as its SHA256SUMS lists them.

    Only a SHA256SUMS a cgkg release wrote counts: one beside a download (`sha256sum * > SHA256SUMS`) says
    nothing about which files cgkg may replace. A release's is recognised by the README it lists: cgkg's,
    unchanged since the release. Names, not a fixed list, because the set of files changes between versions.
    """
    sums = folder / "SHA256SUMS"
    if not sums.is_file() or sums.is_symlink():
        return set()
    listed: dict[Path, str] = {}
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, separator, name = line.partition("  ")
        if separator and name and not Path(name).is_absolute() and ".." not in Path(name).parts:
            listed[Path(name)] = digest
    if not _is_release_readme(folder / "README.md", listed.get(Path("README.md"))):
        return set()
    names = {Path("SHA256SUMS"), *listed}
    for name in listed:
        names.update(name.parents)
    names.discard(Path("."))
    return names


def _is_release_readme(readme: Path, digest: str | None) -> bool:
    if digest is None or readme.is_symlink() or not readme.is_file():
        return False
    data = readme.read_bytes()
    return data.startswith(RELEASE_TITLE.encode()) and hashlib.sha256(data).hexdigest() == digest


def write_into(folder: Path, name: str, data: bytes) -> Path:
    """Write one file inside a folder being built by new_folder (already private, so plainly)."""
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
