"""A source mention resolved: who it stands for, as coreference reads it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..lexicon import norm


@dataclass
class Resolved:
    speaker: Optional[str]
    kind: str  # person | body | unknown
    gender: str = ""
    number: str = "s"
    #: the role the mention itself gives ("le technicien portugais"), if it
    #: named the person by an epithet: the role nearest the quote
    role: Optional[str] = None
    #: where the phrase that named the source stands (for a pronoun, its
    #: antecedent's): the people stage links a description from there
    at: Optional[int] = None


def folded(words: list[str]) -> list[str]:
    """A name's words folded for comparison (case, accents kept as norm does)."""
    return [norm(w) for w in words]
