"""Attribution: which words report speech, and who speaks them.

``cues`` finds the reporting words; one module per rule family finds the
quotes (``reports``, ``incises``, ``selon``, ``direct``, with their helpers
``subjects``, ``inversion``, ``content``, ``quoted``, ``grammar``);
``rules.Attributor`` runs them all over one document.

The names below are imported on first use: ``quotes.people`` imports
``attribution.cues`` while the rule modules import ``quotes.people``, so an
eager import here would be circular.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Attributor", "Candidate", "analyse", "nav_paragraphs"]


def __getattr__(name: str) -> Any:
    if name in ("Attributor", "analyse"):
        from . import rules
        return getattr(rules, name)
    if name in ("Candidate", "nav_paragraphs"):
        from . import candidate
        return getattr(candidate, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
