"""Paths to files: directories walked recursively in sorted order, symlinks followed safely.

Hidden entries (``.git``, ``.DS_Store``) inside a directory are skipped; a path named on the
command line is read even when hidden. A symlink back to a directory being walked is a symlink loop
(one failure, no hang); a directory reached twice through different links is walked once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator

from claimgraph.records import ReadFailure


def _stat_failure(path: str, exc: OSError) -> ReadFailure:
    if exc.errno == errno.ELOOP:
        return ReadFailure(path, "symlink loop: the link resolves to itself; fix or remove it")
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            target = os.readlink(path)
            return ReadFailure(path, f"broken symlink: its target {target} does not exist")
        return ReadFailure(path, "no such file or directory")
    if exc.errno == errno.EACCES:
        return ReadFailure(path, "permission denied: cannot reach it; check the permissions")
    return ReadFailure(path, f"cannot open: {exc.strerror or exc}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def iter_files(path: str) -> Iterator[str | ReadFailure]:
    """Every regular file under ``path`` (itself, if it is a file), or a failure per problem."""
    try:
        st = os.stat(path)
    except OSError as exc:
        yield _stat_failure(path, exc)
        return
    if stat.S_ISREG(st.st_mode):
        yield path
        return
    if not stat.S_ISDIR(st.st_mode):
        # Named on the command line, a pipe is a legitimate stream (e.g. <(zcat dump.gz)).
        if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            yield path
        else:
            yield ReadFailure(path, f"{_kind(st.st_mode)}: not a file or directory")
        return
    yield from _walk(path, (st.st_dev, st.st_ino))


def _walk(root: str, root_key: tuple[int, int]) -> Iterator[str | ReadFailure]:
    # An explicit stack instead of recursion: trees deeper than Python's recursion limit exist.
    # Each frame: (directory, remaining entries in reverse order, keys of its ancestors).
    seen: set[tuple[int, int]] = {root_key}
    first = _list(root)
    if isinstance(first, ReadFailure):
        yield first
        return
    stack: list[tuple[list[str], frozenset[tuple[int, int]]]] = [(first, frozenset({root_key}))]
    while stack:
        entries, ancestors = stack[-1]
        if not entries:
            stack.pop()
            continue
        full = entries.pop()
        try:
            st = os.stat(full)
        except OSError as exc:
            yield _stat_failure(full, exc)
            continue
        if stat.S_ISREG(st.st_mode):
            yield full
        elif stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield ReadFailure(
                    full,
                    f"symlink loop: it leads back to {os.path.realpath(full)}, which contains it; "
                    "skipped",
                )
                continue
            if key in seen:
                continue  # the same directory through another link: already read
            seen.add(key)
            listed = _list(full)
            if isinstance(listed, ReadFailure):
                yield listed
                continue
            stack.append((listed, ancestors | {key}))
        else:
            yield ReadFailure(full, f"{_kind(st.st_mode)}: skipped")


def _list(directory: str) -> list[str] | ReadFailure:
    """Visible entries of ``directory``, sorted by name, reversed for popping from the end."""
    try:
        with os.scandir(directory) as it:
            names = sorted(entry.name for entry in it if not entry.name.startswith("."))
    except OSError as exc:
        if exc.errno == errno.EACCES:
            return ReadFailure(directory, "permission denied: cannot list this directory")
        return _stat_failure(directory, exc)
    return [os.path.join(directory, name) for name in reversed(names)]
