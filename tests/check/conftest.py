"""Helpers for the ``quotes check`` tests (the shared ``nlp`` fixture lives in tests/conftest.py)."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

import pytest

from quotes.text.reader import Document, analysis_text


def make_doc(text: str, markdown: bool = False, path: Optional[str] = None) -> Document:
    """A Document as ``read_document`` would build it."""
    return Document(path or ("article.md" if markdown else "article.txt"), text,
                    analysis_text(text, markdown), markdown)


class ScriptedExtractor:
    """Stands in for ``quotes.pipeline.Extractor``: each top-level quotation is a
    direct quote; its speaker comes from ``script`` (first words of the quote ->
    (speaker, speaker_mention)), None when the quote is not in the script."""

    def __init__(self, script: Optional[dict] = None) -> None:
        self.script = script or {}
        self.batches: list[int] = []

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple]:
        from quotes.text.marks import pair_marks
        from quotes.record import LineIndex, Quote

        docs = list(docs)
        self.batches.append(len(docs))
        for d in docs:
            idx = LineIndex(d.text)
            out = []
            for sp in pair_marks(d.analysis, blank_lines_only=d.markdown).top_level():
                body = d.text[sp.start:sp.end]
                speaker, mention = next((v for k, v in self.script.items() if body.startswith(k)),
                                        (None, None))
                line, col = idx.line_col(sp.start)
                out.append(Quote(d.path, sp.start, sp.end, body, "direct", speaker=speaker,
                                 speaker_mention=mention, line=line, column=col))
            yield d, out


@pytest.fixture
def scripted():
    """The :class:`ScriptedExtractor` class."""
    return ScriptedExtractor


@pytest.fixture(name="doc")
def doc_fixture():
    """``doc(text, markdown=False)`` -> Document."""
    return make_doc


@pytest.fixture
def codes():
    """``codes(text, select, markdown=False)`` -> [(code, line, col), …] of the typography rules."""
    from quotes.check import check_document, select_rules

    def run(text: str, select: str, markdown: bool = False) -> list:
        rules = select_rules(select.split(","))
        return [(f.code, f.line, f.column)
                for f in check_document(make_doc(text, markdown), rules)]

    return run
