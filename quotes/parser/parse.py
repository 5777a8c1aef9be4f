"""The one place that knows Stanza: model choice, loading, parsing, offsets.

Everything downstream works on the small ``Sentence``/``Word`` records
defined here (plain data, picklable for worker processes), never on Stanza
objects.  Tokenisation runs on the whole text (it is cheap); the expensive
tagger, lemmatiser and parser run only on the sentences the caller selects,
and sentences too long for the parser's memory are cut into pieces first.
"""
from __future__ import annotations

import json
import logging
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

#: where the compact French models ship inside the package.
BUNDLED_DIR = Path(__file__).resolve().parent.parent / "models" / "fr"
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}
ENV_VAR = "QUOTES_MODEL"
#: the parser's memory grows with the square of the sentence length.
MAX_WORDS = 120


class ModelError(Exception):
    """No usable model (missing files, no network for a download)."""


@dataclass
class Word:
    i: int
    text: str
    start: int
    end: int
    lemma: str = ""
    upos: str = ""
    feats: str = ""
    head: int = -1  # index of the head word in the sentence, -1 for the root
    deprel: str = ""

    @property
    def past_participle(self) -> bool:
        return "VerbForm=Part" in self.feats and "Tense=Past" in self.feats


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    words: list[Word] = field(default_factory=list)
    parsed: bool = False
    #: set when a long sentence was cut for the parser
    cut: bool = False

    #: children index, built on first use (a cache of this object only)
    _kids: Optional[dict] = field(default=None, repr=False, compare=False)

    def children(self, i: int) -> list[Word]:
        if self._kids is None:
            kids: dict[int, list[Word]] = {}
            for w in self.words:
                kids.setdefault(w.head, []).append(w)
            self._kids = kids
        return self._kids.get(i, [])

    def subtree(self, i: int) -> list[Word]:
        """Words dominated by word ``i`` (itself included), in text order."""
        keep = {i}
        todo = [i]
        while todo:
            for c in self.children(todo.pop()):
                if c.i not in keep:
                    keep.add(c.i)
                    todo.append(c.i)
        return [w for w in self.words if w.i in keep]


@dataclass
class ModelInfo:
    kind: str  # bundled | stanza | path
    directory: str
    files: dict[str, str]
    card: Optional[dict] = None


def stanza_resources_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def _official_available() -> bool:
    d = stanza_resources_dir()
    packaged = (d / "resources.json").is_file() and (d / "fr" / "default.zip").exists()
    unpacked = (d / "fr" / "depparse").is_dir() and (d / "fr" / "pos").is_dir()
    return packaged or unpacked


def resolve_model(model: Optional[str] = None) -> ModelInfo:
    """Which model to use: explicit choice, then $QUOTES_MODEL, then the official
    Stanza model when it is installed, else the bundled one."""
    choice = model or os.environ.get(ENV_VAR) or "auto"
    if choice == "auto":
        choice = "stanza" if _official_available() else "bundled"
    if choice == "stanza":
        d = stanza_resources_dir()
        if not (d / "fr").is_dir():
            raise ModelError(f"official Stanza French model not found in {d}; "
                             "run `quotes models download` (needs a network) or use --model bundled")
        return ModelInfo("stanza", str(d), {})
    directory = BUNDLED_DIR if choice == "bundled" else Path(choice)
    kind = "bundled" if choice == "bundled" else "path"
    if not directory.is_dir():
        raise ModelError(f"{directory}: model directory not found")
    files = {k: str(directory / v) for k, v in MODEL_FILES.items()}
    missing = [v for v in files.values() if not os.path.isfile(v)]
    if missing:
        raise ModelError(f"{directory}: missing model file(s): "
                         + ", ".join(os.path.basename(m) for m in missing))
    card = None
    if (directory / "card.json").is_file():
        card = json.loads((directory / "card.json").read_text(encoding="utf-8"))
    return ModelInfo(kind, str(directory), files, card)


def _skip_dynamo_import() -> None:
    """Stanza builds a training optimizer even to tag and parse, and torch
    wraps ``Optimizer.add_param_group`` so that its first call imports
    ``torch._dynamo``: 1.7 s of a 3.5 s start-up on 2 cores, for a compiler we
    never run.  Tell those wrappers that the plain function is already the
    "dynamo disabled" one (what ``torch._dynamo.disable`` amounts to outside
    a compiled region), so the import never happens.  Harmless when a torch
    version wraps nothing or wraps differently: then nothing matches."""
    import torch

    disable = getattr(torch, "_disable_dynamo", None)
    if disable is None:
        return
    probe = disable(lambda: None).__code__
    for f in vars(torch.optim.Optimizer).values():
        fn = getattr(f, "__wrapped__", None)
        if fn is not None and getattr(f, "__code__", None) is probe \
                and getattr(fn, "__dynamo_disable", None) is None:
            setattr(fn, "__dynamo_disable", fn)


class Parser:
    """A loaded Stanza pipeline; build one per process and pass it around."""

    def __init__(self, info: ModelInfo, int8: bool = False) -> None:
        import stanza  # the only stanza import of the package

        from . import decode, distinct, quantize  # numpy: not for the typography checks

        _skip_dynamo_import()
        self.info = info
        logging.getLogger("stanza").setLevel(logging.ERROR)
        procs = "tokenize,mwt,pos,lemma,depparse"
        if info.kind == "stanza":
            self._nlp = stanza.Pipeline("fr", dir=info.directory, processors=procs,
                                        download_method=None, logging_level="ERROR")
        else:
            kwargs = {f"{k}_model_path": v for k, v in info.files.items()}
            self._nlp = stanza.Pipeline("fr", dir=info.directory, processors=procs,
                                        download_method=None, logging_level="ERROR",
                                        pos_pretrain_path=None, depparse_pretrain_path=None,
                                        tokenize_no_ssplit=False, **kwargs)
        self._Document = stanza.Document
        #: whether the parser decodes with ``quotes.decode`` (same trees, faster)
        self.fast_decoder = decode.install(self._nlp.processors["depparse"].trainer.model)
        #: whether the tagger, lemmatiser and parser read each distinct word once
        #: (``quotes.distinct``)
        procs = self._nlp.processors
        #: whether the tagger's and the parser's LSTMs run with int8 weights
        #: (``quotes.quantize``)
        self.int8 = int8 and all([quantize.install(procs[p].trainer.model)
                                  for p in ("pos", "depparse")])
        self.distinct_words = all(
            [distinct.install_chars(getattr(procs[p].trainer.model, "charmodel", None))
             for p in ("pos", "depparse")]
            + [distinct.install_lemmas(procs["lemma"], stanza.Document),
               distinct.install_mwt_dictionary(procs["mwt"])])

    # -- tokenisation -------------------------------------------------------
    def _tokenize(self, text: str):
        return self._split(text, self._tokenize_many([text])[0])

    def _tokenize_many(self, texts: Sequence[str]) -> list:
        """Stanza documents of ``texts``, in two tokenizer calls (one call per
        text costs a third more): texts with a paragraph over the tokenizer's
        window apart from the others, because Stanza slides the window over a
        whole batch until its longest paragraph is done, and one such
        paragraph among thirty short ones made the call 2.5 times slower."""
        tok, mwt = self._nlp.processors["tokenize"], self._nlp.processors["mwt"]
        window = max(1000, tok.config.get("max_seqlen") or 0)  # as Stanza's predict()
        docs = [self._Document([], text=t) for t in texts]
        alone = [k for k, t in enumerate(texts)
                 if any(len(p) > window for p in t.split("\n\n"))]
        together = [k for k in range(len(texts)) if k not in set(alone)]
        out: list = [None] * len(texts)
        batches = [ks for ks in (alone, together) if ks]
        for ks in batches:
            done = mwt.bulk_process(tok.bulk_process([docs[k] for k in ks]))
            for k, d in zip(ks, done):
                out[k] = d
        return out

    def _split(self, text: str, doc):
        sents = [_Tokens(list(s.tokens), s) for s in doc.sentences] if hard_wrapped(text) else \
            [p for s in doc.sentences for p in _split_at_line_breaks(s, text)]
        sents = [_glued(s) for s in _closing_marks_back(_join_unfinished(sents, text), text)]
        return [_convert(s, k, parsed=False) for k, s in enumerate(sents)], sents

    def tokenize(self, text: str) -> list[Sentence]:
        """Sentences and words of ``text`` with offsets into it (no tags yet)."""
        return self._tokenize(text)[0] if text.strip() else []

    # -- tagging and parsing ------------------------------------------------
    def _parse_sentences(self, sents: Sequence, leave_out: Optional[Callable] = None
                         ) -> list[tuple[tuple[int, bool], Sentence]]:
        """Tag, lemmatise and parse Stanza sentences (long ones cut first), in
        one call per processor, so that Stanza batches them by length.
        ``leave_out(token texts)``: indices of tokens the parser should not see."""
        pieces: list[list[dict]] = []
        owners: list[tuple[int, bool]] = []
        order: list = []  # per piece: the tokenizer's sentence, or None for a built one
        for k, s in enumerate(sents):
            tokens = s.tokens
            if leave_out is not None:
                drop = leave_out([t.text for t in tokens])
                tokens = [t for j, t in enumerate(tokens) if j not in drop] if drop else tokens
            own = s.as_tokenized() if tokens is s.tokens else None
            if own is not None and len(own.words) <= MAX_WORDS and \
                    all(w.text == _tagger_text(w.text) for w in own.words):
                # as the tokenizer left it: tag that very sentence, as Stanza's bulk mode does
                order.append(own)
                owners.append((k, False))
                continue
            for chunk, cut in _chunks(tokens):
                pieces.append(_token_dicts(chunk))
                owners.append((k, cut))
                order.append(None)
        if not order:
            return []
        built = iter(self._Document(pieces).sentences if pieces else [])
        doc = self._Document([])
        doc.sentences = [x if x is not None else next(built) for x in order]
        doc.num_tokens = sum(len(x.tokens) for x in doc.sentences)
        doc.num_words = sum(len(x.words) for x in doc.sentences)
        for name in ("pos", "lemma", "depparse"):
            doc = self._nlp.processors[name].process(doc)
        return [(owners[j], _convert(s, j, parsed=True)) for j, s in enumerate(doc.sentences)]

    def parse(self, text: str,
              select: Optional[Callable[[list[Sentence], int], bool]] = None) -> list[Sentence]:
        """All sentences of ``text``; those that ``select(sentences, k)`` keeps
        (default: all) are tagged and parsed, the others only tokenised."""
        return self.parse_many([text], [select])[0]

    def parse_many(self, texts: Sequence[str],
                   selects: Optional[Sequence[Optional[Callable]]] = None) -> list[list[Sentence]]:
        """``parse`` for several texts with one tagger/parser call for all of
        them: many short calls pad and sort worse than one big one."""
        selects = list(selects) if selects is not None else [None] * len(texts)
        docs = self.tokenize_many(texts)
        wanted = [[k for k in range(len(d.sentences)) if select is None or select(d.sentences, k)]
                  for d, select in zip(docs, selects)]
        self.parse_more(docs, wanted)
        return [list(d.sentences) for d in docs]

    def tokenize_many(self, texts: Sequence[str]) -> list["Tokenized"]:
        """Sentences of each text, tokenised only, ready for ``parse_more``."""
        full = [t for t in texts if t.strip()]
        tokenized = iter(self._tokenize_many(full) if full else [])
        out: list[Tokenized] = []
        for text in texts:
            if not text.strip():
                out.append(Tokenized(text, [], []))
                continue
            light, stanza_sents = self._split(text, next(tokenized))
            out.append(Tokenized(text, light, stanza_sents))
        return out

    def parse_more(self, docs: Sequence["Tokenized"], wanted: Sequence[Iterable[int]],
                   leave_out: Optional[Callable[[list[str]], set[int]]] = None) -> None:
        """Tag and parse sentences ``wanted[t]`` of ``docs[t]`` (those not
        parsed yet), all texts in one call; each parsed sentence replaces its
        tokenised one in ``docs[t].sentences``.  ``leave_out`` names tokens
        (by their texts) that the parser reads better without: the parsed
        sentence has no word for them."""
        todo: list = []  # Stanza sentences to parse, all texts together
        where: list[tuple[int, int]] = []  # (text number, sentence number) of each
        for t, (d, ks) in enumerate(zip(docs, wanted)):
            for k in sorted(set(ks)):
                if 0 <= k < len(d.sentences) and not d.sentences[k].parsed:
                    todo.append(d.stanza[k])
                    where.append((t, k))
        merged: dict[tuple[int, int], Sentence] = {}
        for (j, cut), s in self._parse_sentences(todo, leave_out):
            key = where[j]
            if key in merged:  # pieces of a cut sentence: append words, shift indices
                m = merged[key]
                base = len(m.words)
                for w in s.words:
                    w.i += base
                    w.head = w.head + base if w.head >= 0 else -1
                m.words.extend(s.words)
                m.end = s.end
                m.cut = True
                m._kids = None
            else:
                s.index = key[1]
                s.cut = cut
                merged[key] = s
        for (t, k), s in merged.items():
            docs[t].sentences[k] = s


@dataclass
class Tokenized:
    """A text after tokenisation: our sentences (parsed ones filled in as
    ``Parser.parse_more`` goes) and the Stanza tokens the tagger is fed."""
    text: str
    sentences: list[Sentence]
    stanza: list


@dataclass
class _Tokens:
    """A sentence as a run of Stanza tokens (what the tagger is fed)."""
    tokens: list
    #: the tokenizer's sentence these tokens were cut from
    source: Any = None

    def as_tokenized(self) -> Any:
        """The tokenizer's own sentence when these are exactly its tokens
        (nothing moved to or from a neighbour, no line break inside)."""
        src = self.source
        if src is None or len(src.tokens) != len(self.tokens) or not self.tokens \
                or src.tokens[0] is not self.tokens[0] or src.tokens[-1] is not self.tokens[-1]:
            return None
        return src


@dataclass
class _Piece:
    text: str


@dataclass
class _GluedToken:
    """Two tokens the tokenizer cut out of one word, put back together."""
    text: str
    start_char: int
    end_char: int
    words: list


def _glued(s: "_Tokens") -> "_Tokens":
    """"jeune" cut as "je" + "une": letters on both sides of a cut with no
    space are one French word (an apostrophe or a hyphen marks a real cut)."""
    toks = s.tokens
    if not any(a.end_char == b.start_char and _letters(a) and _letters(b) for a, b in zip(toks, toks[1:])):
        return s
    out: list = []
    for t in toks:
        prev = out[-1] if out else None
        if prev is not None and prev.end_char == t.start_char and _letters(prev) and _letters(t):
            text = prev.text + t.text
            out[-1] = _GluedToken(text, prev.start_char, t.end_char, [_Piece(text)])
        else:
            out.append(t)
    return _Tokens(out, s.source)


def _letters(t) -> bool:
    return len(t.words) == 1 and t.text.isalpha()


def hard_wrapped(text: str) -> bool:
    """Lines cut at a fixed width (e-mail, some wire feeds): there a line
    break is only a space.  Elsewhere one line is at least one paragraph."""
    lines = [len(x.rstrip()) for x in text.splitlines() if x.strip()]
    if len(lines) < 4 or max(lines) > 100:
        return False
    lines.sort()
    return 50 <= lines[len(lines) // 2] <= 100


def _split_at_line_breaks(sentence, text: str) -> list[_Tokens]:
    """Stanza reads a single newline as a space, so a headline or a heading
    with no final stop runs into the next sentence ("L'aide militaire à
    Taiwan\\nQuelques heures avant…"); a line break ends a sentence."""
    out: list[_Tokens] = []
    cur: list = []
    for t in sentence.tokens:
        if cur and "\n" in text[cur[-1].end_char:t.start_char]:
            out.append(_Tokens(cur, sentence))
            cur = []
        cur.append(t)
    if cur:
        out.append(_Tokens(cur, sentence))
    return out


def _join_unfinished(sents: list[_Tokens], text: str) -> list[_Tokens]:
    """A sentence ends with a stop, a mark or a line break; the tokenizer
    sometimes cuts after a bare word ("Roberto | De Zerbi a reconnu …"), and
    that piece belongs to the sentence after it."""
    out: list[_Tokens] = []
    for s in sents:
        if out and out[-1].tokens and s.tokens:
            last, first = out[-1].tokens[-1], s.tokens[0]
            if last.text[-1:].isalnum() and "\n" not in text[last.end_char:first.start_char]:
                out[-1] = _Tokens(out[-1].tokens + list(s.tokens), None)
                continue
        out.append(s)
    return out


#: marks that only ever close a quotation in French text
_CLOSING = {"»", "”", "›"}


def _closing_marks_back(sents: list[_Tokens], text: str) -> list[_Tokens]:
    """The tokenizer ends a sentence at the stop inside « Nous ne céderons
    pas. » and starts the next one with the closing mark; in French the mark
    belongs to the sentence it closes.  A straight quote counts as closing
    when the sentence before holds an odd number of them."""
    out: list[_Tokens] = []
    for s in sents:
        toks = list(s.tokens)
        if out:
            prev = out[-1].tokens
            odd = sum(t.text == '"' for t in prev) % 2 == 1
            k = 0
            while k < len(toks) and (toks[k].text in _CLOSING or (toks[k].text == '"' and odd)) \
                    and "\n" not in text[prev[-1].end_char:toks[k].start_char]:
                if toks[k].text == '"':
                    odd = False
                prev.append(toks[k])
                k += 1
            toks = toks[k:]
        if toks:
            out.append(_Tokens(toks, s.source))
    return out


def _chunks(tokens: list) -> Iterable[tuple[list, bool]]:
    n_words = sum(len(t.words) for t in tokens)
    if n_words <= MAX_WORDS:
        yield tokens, False
        return
    cur: list = []
    count = 0
    for t in tokens:
        cur.append(t)
        count += len(t.words)
        # cut after punctuation when we can, at the hard limit otherwise
        if count >= MAX_WORDS or (count >= MAX_WORDS * 0.6 and t.text in {",", ";", ":"}):
            yield cur, True
            cur, count = [], 0
    if cur:
        yield cur, True


def _tagger_text(t: str) -> str:
    """What the tagger reads: composed accents (NFD "déclaré" is an unknown
    word to it), as in the treebanks it learnt from."""
    return unicodedata.normalize("NFC", t)


def _token_dicts(tokens: list) -> list[dict]:
    out: list[dict] = []
    wid = 0
    for t in tokens:
        if len(t.words) > 1:
            out.append({"id": (wid + 1, wid + len(t.words)), "text": _tagger_text(t.text),
                        "start_char": t.start_char, "end_char": t.end_char})
            for w in t.words:
                wid += 1
                out.append({"id": wid, "text": _tagger_text(w.text)})
        else:
            wid += 1
            out.append({"id": wid, "text": _tagger_text(t.text),
                        "start_char": t.start_char, "end_char": t.end_char})
    return out


def _convert(s, index: int, parsed: bool) -> Sentence:
    words: list[Word] = []
    for t in s.tokens:
        for w in t.words:
            words.append(Word(
                i=len(words), text=w.text, start=t.start_char, end=t.end_char,
                lemma=(w.lemma or w.text) if parsed else "",
                upos=w.upos or "" if parsed else "",
                feats=w.feats or "" if parsed else "",
                head=(w.head - 1) if parsed and w.head is not None else -1,
                deprel=w.deprel or "" if parsed else "",
            ))
    start = words[0].start if words else 0
    end = words[-1].end if words else 0
    return Sentence(index=index, start=start, end=end, words=words, parsed=parsed)


def load_pipeline(model: Optional[str] = None, int8: bool = False) -> Parser:
    """Build the parser once per process, fully offline (``int8=True``: the
    tagger's and parser's LSTMs with 8-bit weights, see ``quotes.quantize``)."""
    return Parser(resolve_model(model), int8=int8)
