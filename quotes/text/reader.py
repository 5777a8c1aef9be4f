"""Reading articles: paths, encodings and Markdown, with offsets kept.

Journalists feed the tool CMS exports, Word copy-paste and static-site
Markdown.  Every reader returns the text *exactly* as decoded (offsets,
line:col point into it) plus an ``analysis`` text of the same length in
which markup that is not prose (YAML front matter, code, HTML tags, link
targets) is blanked out, so that it is never taken for a quote.
"""
from __future__ import annotations

import codecs
import glob
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

import regex

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class InputError(Exception):
    """A file that cannot be read as an article; the message names file and cause."""


@dataclass
class Document:
    """One article: ``text`` as decoded (offsets point into it) and ``analysis``,
    the same length, with non-prose markup blanked."""

    path: str
    text: str
    analysis: str
    markdown: bool = False
    #: things the user should know about this article (e.g. "2 sentences over
    #: 120 words were cut for the parser"); the CLI prints them on stderr.
    notes: list[str] = field(default_factory=list)


_FRONT_MATTER = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                              regex.S)
_FENCE = regex.compile(r"^(```|~~~).*?^\1[^\n]*$", regex.S | regex.M)
_CODE_SPAN = regex.compile(r"(`+)(?!`).+?(?<!`)\1", regex.S)
_HTML_TAG = regex.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", regex.S)
_LINK_TARGET = regex.compile(r"(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\)")
_REF_DEF = regex.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*\r?$",
                         regex.M)
#: characters that render as nothing or as a line break, made plain for analysis.
_INVISIBLE = {"\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ",
              "\u2028": "\n", "\u2029": "\n", "\u00ad": " "}


def mask_markdown(text: str) -> str:
    """Blank out Markdown that is not prose, keeping every offset."""
    out = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if out[i] not in "\r\n":
                out[i] = " "

    m = _FRONT_MATTER.match(text)
    if m:
        blank(m.start(), m.end())
    for pat in (_FENCE, _CODE_SPAN, _HTML_TAG, _LINK_TARGET, _REF_DEF):
        for m in pat.finditer("".join(out)):
            blank(m.start(), m.end())
    return "".join(out)


#: list markers (not dashes: "– Nous partirons", a dialogue dash, opens speech)
_BULLETS = "•◦▪▫‣⁃●○■□➢➤►"
_BULLET_AT_LINE_START = regex.compile(r"(?m)^[ \t]*[" + _BULLETS + r"](?=\s)")


def analysis_text(text: str, markdown: bool = False) -> str:
    """The text the pipeline reads: same length as ``text``."""
    a = mask_markdown(text) if markdown else text
    if any(c in a for c in _INVISIBLE):
        a = "".join(_INVISIBLE.get(c, c) for c in a)
    if any(c in a for c in _BULLETS):
        # "  • Pékin veut que …": a list marker is no word; the tagger would
        # make it the subject of the item's verb
        a = _BULLET_AT_LINE_START.sub(lambda m: " " * len(m.group()), a)
    if "\r" in a:
        # the parser knows LF only: CRLF -> " \n", CR -> "\n" (same length, same offsets)
        a = a.replace("\r\n", " \n").replace("\r", "\n")
    return a


#: the largest article read (a stray ``/dev/zero`` or disk image must not eat memory).
MAX_BYTES = 64 * 1024 * 1024


def _looks_utf16(data: bytes) -> Optional[str]:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in UTF-16 without BOM."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path: str, encoding: Optional[str] = None) -> str:
    """Decode bytes of an article; BOMs are honoured, binary files refused.

    The error says what to do: a Windows/Latin-1 file gets the ``--encoding``
    to use, a UTF-16 file without BOM its byte order.
    """
    if encoding:
        try:
            wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
        except LookupError:
            raise InputError(f"{path}: unknown encoding {encoding!r}") from None
        if not wide and b"\x00" in data[:8192]:
            raise InputError(f"{path}: binary file, not text (skipped)")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = data[:e.start].count(b"\n") + 1
            raise InputError(f"{path}: not valid {encoding} (line {line}, byte "
                             f"0x{data[e.start]:02x} at offset {e.start})") from None
        return text[1:] if text.startswith("\ufeff") else text
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        wide = _looks_utf16(data)
        if wide:
            raise InputError(f"{path}: UTF-16 text without byte-order mark; "
                             f"try --encoding {wide}")
        raise InputError(f"{path}: binary file, not text (skipped)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise InputError(f"{path}: not UTF-8 (line {line}, byte 0x{data[e.start]:02x}); "
                         "if it is Windows or Latin-1 text, try --encoding cp1252") from None


def read_document(path: Union[str, Path], encoding: Optional[str] = None,
                  markdown: Optional[bool] = None) -> Document:
    """Read one article; ``-`` is standard input."""
    spath = str(path)
    try:
        if spath == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(spath, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{spath}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{spath}: is a directory") from None
    except PermissionError:
        raise InputError(f"{spath}: permission denied") from None
    except OSError as e:
        raise InputError(f"{spath}: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{spath}: larger than {MAX_BYTES // (1024 * 1024)} MB, not an article (skipped)")
    text = decode(data, spath, encoding)
    if markdown is None:
        markdown = spath.lower().endswith(MARKDOWN_SUFFIXES)
    return Document(spath, text, analysis_text(text, markdown), markdown)


def _walk(top: str) -> list[str]:
    """Article files under ``top``: ``*.txt``/``*.md``, hidden files and folders
    (``.git``, ``.venv``) left out, devices and FIFOs left out, sorted."""
    found = []
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.lower().endswith(TEXT_SUFFIXES) and not f.startswith("."):
                p = os.path.join(root, f)
                # a dangling link is kept so that it is reported, not lost
                if os.path.isfile(p) or os.path.islink(p):
                    found.append(p)
    return sorted(found)


def expand_paths(args: list[str]) -> Iterator[Union[str, InputError]]:
    """Files, directories (``*.txt``/``*.md`` inside, recursively), globs and ``-``.

    Yields paths in a stable order, or an ``InputError`` for an argument that
    names nothing, so the caller can report it and go on.  A file named twice
    (``seeds/ seeds/a.txt``) is read once, so no quote is counted twice.
    """
    seen: set[str] = set()

    def new(p: str) -> bool:
        key = os.path.normcase(os.path.realpath(p))
        if key in seen:
            return False
        seen.add(key)
        return True

    for arg in args:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            found = _walk(arg)
            if not found:
                yield InputError(f"{arg}: directory holds no .txt or .md files")
            yield from (f for f in found if new(f))
        elif os.path.lexists(arg):
            if new(arg):
                yield arg
        elif glob.has_magic(arg):
            found = sorted(glob.glob(arg, recursive=True))
            if not found:
                yield InputError(f"{arg}: no file matches")
            for f in found:
                if os.path.isdir(f):
                    yield from (g for g in _walk(f) if new(g))
                elif (os.path.isfile(f) or os.path.islink(f)) and new(f):
                    yield f  # FIFOs and devices a pattern happens to match: left out
        else:
            yield InputError(f"{arg}: no such file")
