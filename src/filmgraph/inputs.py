"""Input files: a path in, its bytes out, read only when it is a regular file within a size limit.

Every file filmgraph reads on a user's behalf (a review, an RDF file to import, a catalog) comes
through :func:`read_input`. A FIFO would block the reader forever, a device such as
``/dev/zero`` never ends, a socket cannot be read at all and a file larger than the limit would
only waste memory: each is refused with the problem in words, before a byte is read. The file is
opened without blocking and checked through its open descriptor, so a file swapped for a FIFO
after the check is still caught.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = path.write_text("twelve bytes")
>>> read_input(path, limit=100)
b'twelve bytes'
>>> read_input(path, limit=5)
Traceback (most recent call last):
...
filmgraph.inputs.InputRefused: 12 bytes is over the limit of 5 bytes
>>> kind_of(path.parent)
'a folder'
"""

from __future__ import annotations

import os
import stat

__all__ = ["InputRefused", "kind_of", "read_input", "regular_file_problem"]

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class InputRefused(OSError):
    """A file that is not read: not a regular file, too large, missing or unreadable.

    The message is the problem alone; callers raise their own error naming the file from it."""


def kind_of(path: str | os.PathLike[str]) -> str:
    """What ``path`` is, in words: "a regular file", "a folder", "a FIFO (named pipe)", "a
    socket", "a character device", "a block device", "a broken symbolic link" or "missing"."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "a broken symbolic link" if os.path.islink(path) else "missing"
    except OSError as error:
        return f"unreadable ({error.strerror or error})"
    return _kind(mode)


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "a regular file"
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def regular_file_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be read as an input file ("a FIFO (named pipe), not a regular file",
    "no such file or folder", "a broken symbolic link", ...), or None when it is a regular file
    (a link to one counts)."""
    kind = kind_of(path)
    if kind == "a regular file":
        return None
    if kind == "missing":
        return "no such file or folder"
    if kind.startswith(("a broken", "unreadable")):
        return kind
    return f"{kind}, not a regular file"


def read_input(path: str | os.PathLike[str], *, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises
    ------
    InputRefused
        If the file is missing or unreadable, is not a regular file (folder, FIFO, device,
        socket, broken link), or holds more than ``limit`` bytes; nothing is read then.
    """
    try:
        # O_NONBLOCK: opening a FIFO that no one writes to returns at once instead of waiting
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as error:
        problem = regular_file_problem(path)  # a broken link, or missing
        raise InputRefused(problem if problem is not None else "no such file or folder") from error
    except OSError as error:
        raise InputRefused(f"cannot open the file ({error.strerror or error})") from error
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
        os.close(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(f"{_kind(info.st_mode)}, not a regular file")
        raise InputRefused(f"{info.st_size} bytes is over the limit of {limit} bytes")
    with os.fdopen(descriptor, "rb") as file:
        try:
            data = file.read(limit + 1)  # a file that grew since fstat is still cut at the limit
        except OSError as error:
            raise InputRefused(f"cannot read the file ({error.strerror or error})") from error
    if len(data) > limit:
        raise InputRefused(f"it grew past the limit of {limit} bytes while being read")
    return data
