"""Orchestration: text -> marks + parse -> cues -> attribution -> coreference -> roles -> Quote.

The Stanza pipeline is loaded once by the caller and passed in; nothing here
holds state between documents.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from .reader import Document, analysis_text
from .record import Quote


class Extractor:
    """Extracts quotes from documents with one loaded parser."""

    def __init__(self, nlp=None, model: Optional[str] = None) -> None:
        if nlp is None:
            from .parse import load_pipeline

            nlp = load_pipeline(model)
        self.nlp = nlp

    def extract_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Quote]]]:
        """Quotes of each document, in input order (documents may be parsed in batches)."""
        from .attribution import find_quotes

        for d in docs:
            yield d, find_quotes(d, self.nlp)

    def extract(self, text: str, doc: str = "-", markdown: bool = False) -> list[Quote]:
        d = Document(doc, text, analysis_text(text, markdown), markdown)
        return next(iter(self.extract_documents([d])))[1]


def extract(text: str, nlp=None, doc: str = "-", markdown: bool = False) -> list[Quote]:
    """Quotes of one article; pass ``nlp`` (see ``load_pipeline``) to avoid reloading."""
    return Extractor(nlp).extract(text, doc=doc, markdown=markdown)
