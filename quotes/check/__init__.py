"""Lint rules for quotes in articles, run by ``quotes check`` and pre-commit.

Each rule lives in its own module under ``quotes.check.rules`` and registers
itself here with a code (``Q1``…), a one-line summary and a fix hint, so
that adding a rule never touches the runner.  Rules that need no parse
(``needs_parse=False``) look only at :class:`Context` (the text, its
Markdown mask and the quotation-mark pairing), so a typography-only check
never imports Stanza or torch; the others also get the article's extracted
quotes, computed once for all files by a single loaded parser.

Detection always reads ``Document.analysis`` (Markdown markup blanked out)
and reports offsets into ``Document.text`` (same offsets), so line:col
point into the file as it is on disk.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from ..text.marks import MarkResult, pair_marks
from ..text.reader import Document, InputError, analysis_text, expand_paths, read_document
from ..record import LineIndex, Quote

__all__ = [
    "Rule", "Hit", "Finding", "Context", "CheckReport", "ParserUnavailable", "SelectionError",
    "register", "all_rules", "select_rules", "check_document", "fix_document",
    "apply_edits", "write_atomic", "check_paths",
]


# --------------------------------------------------------------------------- registry

@dataclass
class Hit:
    """What a rule found: an offset into the text and a one-line message.

    ``edit`` (start, end, replacement) makes the hit fixable by ``--fix``;
    it must only touch prose (positions not masked in ``analysis``).
    """

    offset: int
    message: str
    hint: Optional[str] = None
    edit: Optional[tuple[int, int, str]] = None


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    summary: str
    hint: str
    check: Callable[["Context"], Iterable[Hit]]
    needs_parse: bool = False
    fixable: bool = False
    #: run when nothing is selected; an opt-in rule (Q5) runs only when named,
    #: so that hundreds of spacing findings never bury one quote without a speaker.
    default: bool = True
    #: findings and the summary list lower ranks first: the speaker rules (0)
    #: before the marks (1) and the typography (2).
    rank: int = 1


#: what standard input is called in the findings.
STDIN_NAME = "<stdin>"

_REGISTRY: dict[str, Rule] = {}
_LOADED = False


def register(code: str, name: str, summary: str, hint: str, *, needs_parse: bool = False,
             fixable: bool = False, default: bool = True,
             rank: int = 1) -> Callable[[Callable[["Context"], Iterable[Hit]]], Callable]:
    """Decorator: add a rule function to the registry under ``code``."""

    def deco(func: Callable[["Context"], Iterable[Hit]]) -> Callable:
        if code in _REGISTRY and _REGISTRY[code].check is not func:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, summary, hint, func, needs_parse, fixable, default,
                               rank)
        return func

    return deco


def _code_key(code: str) -> tuple[str, int]:
    head = code.rstrip("0123456789")
    tail = code[len(head):]
    return head, int(tail) if tail else -1


def all_rules() -> list[Rule]:
    """Every registered rule, in code order (Q1, Q2, … Q10)."""
    global _LOADED
    if not _LOADED:
        from . import rules  # noqa: F401  (modules register themselves)

        _LOADED = True
    return sorted(_REGISTRY.values(), key=lambda r: _code_key(r.code))


class SelectionError(ValueError):
    """A ``--select``/``--ignore`` code that names no rule."""


def _matches(code: str, selector: str) -> bool:
    # Prefix semantics like flake8/ruff: "Q" selects every Q rule.  An exact
    # code never selects a longer one ("Q1" is not "Q10").
    if selector.upper() == "ALL":
        return True
    if code == selector:
        return True
    return selector.isalpha() and code.startswith(selector)


def select_rules(select: Optional[Sequence[str]] = None,
                 ignore: Optional[Sequence[str]] = None) -> list[Rule]:
    """The rules picked by ``select`` (default: the default rules, all but the
    opt-in ones) minus ``ignore``."""
    rules = all_rules()
    for sel in list(select or []) + list(ignore or []):
        if not any(_matches(r.code, sel) for r in rules):
            known = ", ".join(r.code for r in rules)
            raise SelectionError(f"unknown rule code {sel!r} (known: {known})")
    chosen = [r for r in rules
              if (any(_matches(r.code, s) for s in select) if select else r.default)]
    return [r for r in chosen if not any(_matches(r.code, s) for s in ignore or [])]


# --------------------------------------------------------------------------- running

class Context:
    """What a rule sees for one document; expensive parts are computed once."""

    def __init__(self, doc: Document, quotes: Optional[list[Quote]] = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.analysis = doc.analysis
        self._quotes = quotes

    @property
    def quotes(self) -> list[Quote]:
        if self._quotes is None:
            raise RuntimeError("this rule needs extracted quotes (needs_parse=True)")
        return self._quotes

    @cached_property
    def marks(self) -> MarkResult:
        # Markdown paragraphs end at blank lines only; plain text at every line.
        return pair_marks(self.analysis, blank_lines_only=self.doc.markdown)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def masked(self, i: int) -> bool:
        """True where ``i`` is markup (or an invisible character), not prose."""
        return self.analysis[i] != self.text[i]


@dataclass
class Finding:
    path: str
    line: int
    column: int
    code: str
    message: str
    hint: str
    offset: int
    fixable: bool = False
    #: the rule's rank: a file's speaker findings come before its typography.
    rank: int = 1

    def sort_key(self) -> tuple:
        return (self.path, self.rank, self.line, self.column, _code_key(self.code), self.message)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "code": self.code,
                "message": self.message, "hint": self.hint, "offset": self.offset,
                "fixable": self.fixable}

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"


def _hits(rule: Rule, ctx: Context) -> Iterator[Hit]:
    yield from rule.check(ctx)


def check_document(doc: Document, rules: Sequence[Rule],
                   quotes: Optional[list[Quote]] = None) -> list[Finding]:
    """Findings of ``rules`` on one document, sorted."""
    ctx = Context(doc, quotes)
    out = []
    for rule in rules:
        if rule.needs_parse and quotes is None:
            continue
        for h in _hits(rule, ctx):
            line, col = ctx.lines.line_col(h.offset)
            out.append(Finding(doc.path, line, col, rule.code, h.message, h.hint or rule.hint,
                               h.offset, h.edit is not None, rule.rank))
    out.sort(key=Finding.sort_key)
    return out


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """Apply non-overlapping (start, end, replacement) edits; later overlaps are dropped."""
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    last_insert = -1
    for a, b, rep in sorted(edits, key=lambda e: (e[0], e[1])):
        if a < last_end or (a == b and a == last_insert):
            continue
        kept.append((a, b, rep))
        last_end = b
        if a == b:
            last_insert = a
    out, pos = [], 0
    for a, b, rep in kept:
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def fix_document(doc: Document, rules: Sequence[Rule], max_passes: int = 5) -> Document:
    """The document with every fixable hit of ``rules`` applied (same object if none).

    Fixes run until nothing changes (a fix can change how a stray mark pairs,
    which may call for one more), so running ``--fix`` twice changes nothing.
    """
    out = doc
    for _ in range(max_passes):
        ctx = Context(out)
        edits = [h.edit for r in rules if r.fixable and not r.needs_parse
                 for h in _hits(r, ctx) if h.edit is not None]
        text = apply_edits(out.text, edits) if edits else out.text
        if text == out.text:
            break
        out = dataclasses.replace(out, text=text, analysis=analysis_text(text, doc.markdown))
    return out


def _encode_like(path: str, text: str, encoding: Optional[str]) -> bytes:
    """Encode ``text`` the way the file on disk was (BOM and encoding kept)."""
    import codecs

    with open(path, "rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return codecs.BOM_UTF8 + text.encode(encoding or "utf-8")
    if head.startswith(codecs.BOM_UTF16_LE):
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if head.startswith(codecs.BOM_UTF16_BE):
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding or "utf-8")


def write_atomic(path: str, text: str, encoding: Optional[str] = None) -> None:
    """Replace ``path`` by ``text`` atomically (temp file in the same folder, os.replace).

    A reader (an editor, a site build) sees the old file or the new one, never
    half of it; the file's permissions are kept.
    """
    data = _encode_like(path, text, encoding)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".quotes-fix-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class ParserUnavailable(Exception):
    """Rules Q2/Q3 were selected but no parser model (or core) could be loaded."""


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)
    files: int = 0

    @property
    def exit_code(self) -> int:
        """0 clean, 1 findings or files fixed, 2 an input (or extraction) error."""
        if self.errors:
            return 2
        return 1 if (self.findings or self.fixed) else 0


def _default_extractor(model: Optional[str]) -> Any:
    """The real extractor, loaded once; stdout kept clean for the findings."""
    import contextlib
    import sys

    try:
        with contextlib.redirect_stdout(sys.stderr):
            from ..pipeline import Extractor

            return Extractor(model=model)
    except ImportError as e:
        raise ParserUnavailable(f"the parser is not available ({e})") from None
    except Exception as e:  # quotes.parse.ModelError
        if type(e).__name__ == "ModelError":
            raise ParserUnavailable(str(e)) from None
        raise


def extract_all(docs: Sequence[Document], extractor: Any) -> tuple[dict[int, list[Quote]], list[str]]:
    """Quotes of each document (by position) with one extractor, and per-file errors.

    Documents go in one batch; if the core fails on one, that document is
    reported and the batch goes on from the next one, so a single bad
    article does not hide the rest.
    """
    docs = list(docs)
    got: dict[int, list[Quote]] = {}
    errors: list[str] = []
    start = 0
    while start < len(docs):
        done = start
        try:
            for _, qs in extractor.extract_documents(docs[start:]):
                got[done] = qs
                done += 1
            break
        except ImportError as e:
            raise ParserUnavailable(f"the extraction core is not available ({e})") from None
        except Exception as e:  # noqa: BLE001 - a core bug on one article
            if done < len(docs):
                errors.append(f"{docs[done].path}: extraction failed ({type(e).__name__}: {e})")
            start = done + 1
    return got, errors


def check_paths(args: Sequence[str], rules: Sequence[Rule], *, fix: bool = False,
                encoding: Optional[str] = None, model: Optional[str] = None,
                extractor_factory: Optional[Callable[[], Any]] = None) -> CheckReport:
    """Read, optionally fix, and check every article named by ``args``.

    The parser is loaded only when a selected rule needs it, once for all
    files; :class:`ParserUnavailable` is raised when it cannot be.
    """
    report = CheckReport()
    docs: list[Document] = []
    for item in expand_paths(list(args)):
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        try:
            doc = read_document(item, encoding=encoding)
        except InputError as e:
            report.errors.append(str(e))
            continue
        if item == "-":
            doc.path = STDIN_NAME  # as in quotes extract; never rewritten by --fix
        docs.append(doc)
    report.files = len(docs)
    if fix:
        for i, doc in enumerate(docs):
            if doc.path == STDIN_NAME:
                continue
            new = fix_document(doc, rules)
            if new is not doc:
                try:
                    write_atomic(doc.path, new.text, encoding)
                except (OSError, UnicodeEncodeError) as e:
                    report.errors.append(f"{doc.path}: cannot write the fix ({e})")
                    continue
                docs[i] = new
                report.fixed.append(doc.path)
    quotes: dict[int, list[Quote]] = {}
    if docs and any(r.needs_parse for r in rules):
        factory = extractor_factory or (lambda: _default_extractor(model))
        quotes, errs = extract_all(docs, factory())
        report.errors.extend(errs)
    for i, doc in enumerate(docs):
        report.findings.extend(check_document(doc, rules, quotes.get(i)))
    report.findings.sort(key=Finding.sort_key)
    return report
