"""Helpers for the output tests: quotes built by hand, texts a spreadsheet or a
page could mangle, and the CLI run in-process on the fake core."""
from __future__ import annotations

from typing import Optional

import pytest
from click.testing import CliRunner

from quotes.record import LineIndex, Quote

#: quote texts a spreadsheet would read as a formula, a number or a link, or
#: could garble (accents, line breaks, a literal OOXML escape, markup).
TRICKY = ("=1+1", "-1 ou +1", "+33 6 12 34 56 78", "@x", "- Nous partirons demain",
          "'déjà cité'", "Élysée : « ça ira » — œuvre, naïveté, 50 %",
          "première ligne\nseconde ligne", "tab\tinside", "0123", "3,14", "TRUE",
          "https://example.org/x", "_x0041_ n'est pas un A", "<b>gras</b> & \"cité\"")


def make_quote(text: str = "Nous partirons demain.", doc: str = "a.txt", start: int = 0,
               type: str = "direct", speaker: Optional[str] = "Anne Martin",
               gender: Optional[str] = None, kind: Optional[str] = None, **kw) -> Quote:
    """A Quote as the pipeline would make it (end = start + len(text))."""
    return Quote(doc, start, start + len(text), text, type, speaker=speaker,
                 speaker_gender=gender, speaker_kind=kind, **kw)


def article_quotes(text: str, spans: list[tuple[str, str, dict]],
                   doc: str = "a.txt") -> list[Quote]:
    """Quotes of ``text`` for (substring, type, fields) each, at the substring's first place."""
    idx = LineIndex(text)
    out = []
    for sub, typ, fields in spans:
        i = text.index(sub)
        line, col = idx.line_col(i)
        out.append(Quote(doc, i, i + len(sub), sub, typ, line=line, column=col, **fields))
    return out


@pytest.fixture
def cli():
    """``cli(*args)`` -> Click result, on the command line's ``main``."""
    from quotes.cli import main

    def run(*args, input=None):
        return CliRunner().invoke(main, [str(a) for a in args], input=input,
                                  catch_exceptions=False)

    return run
