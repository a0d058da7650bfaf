"""Text from reviews made safe for where it is written: XML documents and the terminal.

Titles, names and sentences come from files anyone can write, so they may hold characters that
break a format or act on the reader's terminal. This module is the one place that cleans them:

- :func:`xml_text` for every XML export (GraphML, GEXF, SVG): XML 1.0 forbids most C0 control
  characters, lone surrogates and U+FFFE/U+FFFF anywhere in a document, even escaped, so one
  of them in a review sentence would make the whole file unreadable. Each is replaced by U+FFFD
  (the replacement character), so a reader sees that something was there.
- :func:`terminal_text` for what the command line prints: escape sequences (ESC, CSI, OSC ...),
  other control characters and the bidirectional overrides can recolour, retitle or reorder the
  terminal, so each is shown as its Python escape (``\\x1b``) instead.

>>> xml_text("Tom\\x0cand\\ufffeJerry\\x00")
'Tom\\ufffdand\\ufffdJerry\\ufffd'
>>> print(terminal_text("\\x1b]0;pwned\\x07Speed"))
\\x1b]0;pwned\\x07Speed
"""

from __future__ import annotations

import re

__all__ = ["XML_ILLEGAL", "xml_text", "terminal_text"]

#: The characters XML 1.0 does not allow in a document (its ``Char`` production), as Python
#: strings can hold them: C0 controls other than tab, line feed and carriage return, the
#: surrogates (a Python string may hold them unpaired; UTF-8 cannot encode them) and the two
#: non-characters U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# What a terminal may act on: C0 controls other than tab and line feed (ESC starts every escape
# sequence; CR and BS overwrite what was printed), DEL, the C1 controls (U+009B is a one-byte
# CSI to some terminals) and the bidirectional embeddings, overrides and isolates, which reorder
# the text shown after them.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def xml_text(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by U+FFFD.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text, safe to put in an XML element or attribute (after the usual ``&``/``<``
        escaping, which this does not do).

    Examples
    --------
    >>> xml_text("a\\tb\\nc"), xml_text("x\\ud800y")
    ('a\\tb\\nc', 'x\\ufffdy')
    """
    return XML_ILLEGAL.sub("\ufffd", text)


def terminal_text(text: str) -> str:
    """``text`` with every control character shown as its escape, so printing it only prints.

    Tab and line feed are kept. Each other control character, DEL, C1 control and
    bidirectional override becomes ``\\xNN`` or ``\\uNNNN``, as Python writes it.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The text, safe to print to a terminal.

    Examples
    --------
    >>> terminal_text("\\x1b[31mred\\x1b[0m"), terminal_text("abc\\u202edef")
    ('\\\\x1b[31mred\\\\x1b[0m', 'abc\\\\u202edef')
    """
    return _TERMINAL_UNSAFE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)
