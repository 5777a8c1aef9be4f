"""Two apostrophes typed for a double quotation mark: ``''Faut-il … ?'', dit-il``.

Some outlets (and keyboards without guillemets) write ``''`` for ``"``; the
pairing reads them as a straight mark, on a copy of the same length so that
every offset stays the text's own.
"""
from __future__ import annotations

import regex

#: two apostrophes typed for a double quotation mark (''Faut-il … ?'', dit-il)
_DOUBLED_OPEN = regex.compile(r"(?<![\w'’])''(?=\w)")
_DOUBLED_CLOSE = regex.compile(r"(?<=[\w.!?…)\]])''(?=[\s,.;:!?)]|$)")


def doubled_apostrophes(text: str) -> str:
    """The text with each '' that stands for a quotation mark read as a
    straight " (same length: the mark takes the apostrophe nearer the
    words, a space the other), so offsets are unchanged."""
    if "''" not in text:
        return text
    text = _DOUBLED_OPEN.sub(' "', text)
    return _DOUBLED_CLOSE.sub('" ', text)
