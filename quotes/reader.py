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
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

import regex

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class InputError(Exception):
    """A file that cannot be read as an article; the message names file and cause."""


@dataclass
class Document:
    path: str
    text: str
    analysis: str
    markdown: bool = False


def _blank(s: str) -> str:
    """Same length, line breaks kept, everything else a space."""
    return regex.sub(r"[^\r\n]", " ", s)


_FRONT_MATTER = regex.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                              regex.S)
_FENCE = regex.compile(r"^(```|~~~).*?^\1[^\n]*$", regex.S | regex.M)
_CODE_SPAN = regex.compile(r"(`+)(?!`).+?(?<!`)\1", regex.S)
_HTML_TAG = regex.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", regex.S)
_LINK_TARGET = regex.compile(r"(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\)")
_REF_DEF = regex.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$",
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


def analysis_text(text: str, markdown: bool = False) -> str:
    """The text the pipeline reads: same length as ``text``."""
    a = mask_markdown(text) if markdown else text
    if any(c in a for c in _INVISIBLE):
        a = "".join(_INVISIBLE.get(c, c) for c in a)
    return a


def decode(data: bytes, path: str, encoding: Optional[str] = None) -> str:
    """Decode bytes of an article; BOMs are honoured, binary files refused."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"{path}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: not valid {encoding} (byte {e.start})") from None
        return text[1:] if text.startswith("\ufeff") else text
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text (skipped)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 (byte {e.start}); try --encoding cp1252") from None


def read_document(path: Union[str, Path], encoding: Optional[str] = None,
                  markdown: Optional[bool] = None) -> Document:
    """Read one article; ``-`` is standard input."""
    spath = str(path)
    try:
        if spath == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(spath, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{spath}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{spath}: is a directory") from None
    except PermissionError:
        raise InputError(f"{spath}: permission denied") from None
    except OSError as e:
        raise InputError(f"{spath}: {e.strerror or e}") from None
    text = decode(data, spath, encoding)
    if markdown is None:
        markdown = spath.lower().endswith(MARKDOWN_SUFFIXES)
    return Document(spath, text, analysis_text(text, markdown), markdown)


def expand_paths(args: list[str]) -> Iterator[Union[str, InputError]]:
    """Files, directories (``*.txt``/``*.md`` inside, recursively), globs and ``-``.

    Yields paths in a stable order, or an ``InputError`` for an argument that
    names nothing, so the caller can report it and go on.
    """
    for arg in args:
        if arg == "-":
            yield arg
        elif os.path.isdir(arg):
            found = sorted(
                os.path.join(root, f)
                for root, dirs, files in os.walk(arg)
                for f in files
                if f.lower().endswith(TEXT_SUFFIXES) and not f.startswith(".")
            )
            if not found:
                yield InputError(f"{arg}: directory holds no .txt or .md files")
            yield from found
        elif os.path.exists(arg):
            yield arg
        elif glob.has_magic(arg):
            found = sorted(glob.glob(arg, recursive=True))
            if not found:
                yield InputError(f"{arg}: no file matches")
            for f in found:
                if os.path.isdir(f):
                    yield from expand_paths([f])
                else:
                    yield f
        else:
            yield InputError(f"{arg}: no such file")
