"""Directories: recursive, sorted, hidden entries skipped, symlinks followed safely, streamed."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from claimgraph.readers import RawDocument, ReadFailure, read_sources


def read_all(paths: list, **kwargs) -> tuple[list[RawDocument], list[ReadFailure]]:
    items = list(read_sources([str(p) for p in paths], **kwargs))
    docs = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    return docs, failures


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_directory_tree_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b" / "2023-02.txt", "February report.")
    write(tmp_path / "a.txt", "First report.")
    write(tmp_path / "b" / "2023-01.txt", "January report.")
    write(tmp_path / "c" / "d" / "deep.html", "<html><body><p>Deep page.</p></body></html>")
    write(tmp_path / ".git" / "config", "[core]\n")
    write(tmp_path / "b" / ".DS_Store", "junk")

    docs, failures = read_all([tmp_path])

    assert not failures
    assert [Path(d.uri).relative_to(tmp_path).as_posix() for d in docs] == [
        "a.txt",
        "b/2023-01.txt",
        "b/2023-02.txt",
        "c/d/deep.html",
    ]


def test_a_hidden_file_named_explicitly_is_read(tmp_path: Path) -> None:
    hidden = write(tmp_path / ".draft.txt", "Draft article.")

    docs, _ = read_all([hidden])

    assert [d.hints["text"] for d in docs] == ["Draft article."]


def test_symlinks_to_files_and_directories_are_followed(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    write(archive / "old.txt", "Old report.")
    corpus = tmp_path / "corpus"
    write(corpus / "new.txt", "New report.")
    (corpus / "linked-archive").symlink_to(archive, target_is_directory=True)
    (corpus / "linked-file.txt").symlink_to(archive / "old.txt")

    docs, failures = read_all([corpus])

    assert not failures
    assert [Path(d.uri).relative_to(corpus).as_posix() for d in docs] == [
        "linked-archive/old.txt",
        "linked-file.txt",
        "new.txt",
    ]


def test_a_directory_reached_through_two_links_is_read_once(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    write(shared / "one.txt", "One report.")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first").symlink_to(shared, target_is_directory=True)
    (corpus / "second").symlink_to(shared, target_is_directory=True)

    docs, failures = read_all([corpus])

    assert not failures
    assert len(docs) == 1


def _stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def test_a_tree_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    # Walking must not recurse per level: allow only 150 more frames, then go 400 levels deep
    # (shallow enough for pytest's own recursive clean-up of tmp_path).
    deep = tmp_path
    for _ in range(400):
        deep = deep / "d"
    write(deep / "bottom.txt", "Found at the bottom.")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + 150)
    try:
        docs, failures = read_all([tmp_path])
    finally:
        sys.setrecursionlimit(limit)

    assert not failures
    assert [d.hints["text"] for d in docs] == ["Found at the bottom."]


def test_reading_is_streamed_path_by_path(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", "First.")
    asked: list[str] = []

    def paths() -> Iterator[str]:
        asked.append("first")
        yield str(first)
        asked.append("second")
        yield str(write(tmp_path / "second.txt", "Second."))

    items = read_sources(paths())
    assert next(items).hints["text"] == "First."
    assert asked == ["first"]  # nothing beyond the first path was touched yet
    assert next(items).hints["text"] == "Second."


def test_the_same_file_twice_gives_the_same_hash(tmp_path: Path) -> None:
    original = write(tmp_path / "a" / "report.txt", "Same bytes.")
    copy = tmp_path / "b" / "report.txt"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())

    docs, _ = read_all([tmp_path])

    assert docs[0].sha256 == docs[1].sha256
    assert docs[0].uri != docs[1].uri


def test_a_named_pipe_on_the_command_line_is_read_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer end of the pipe
        try:
            with open(fifo, "wb") as pipe:
                pipe.write("Новина з каналу: збито 12 дронів.".encode())
        finally:
            os._exit(0)
    try:
        docs, failures = read_all([fifo])
    finally:
        os.waitpid(pid, 0)

    assert not failures
    assert docs[0].hints["text"] == "Новина з каналу: збито 12 дронів."
