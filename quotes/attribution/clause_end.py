"""Where a reported clause ends: the sentence end, or what begins something
else inside the sentence.

* an incise, a participle, ``selon``, a contrast after a comma: ``…, a-t-il ajouté``
* a quotation after a colon that ends the sentence: ``confie que … : « On a … »``
* another report: ``…, l'accusé a expliqué que …``, ``… et a ajouté que …``
* the writer's aside after one spaced dash (two dashes set off an aside inside it)
"""
from __future__ import annotations

from typing import Optional

from .cues import Lexicon, norm
from ..parser.parse import Sentence, Word
from .grammar import _CLOSERS, _OPENERS, _infinitive


#: "ce que", "alors que", "bien que" …: not the que of reported speech.
_NOT_COMPLEMENTISER = {"ce", "alors", "bien", "parce", "tandis", "afin", "sans", "avant", "après",
                       "pendant", "dès", "ainsi", "même", "plus", "moins", "autant", "tant", "si",
                       "aussi", "lors", "sauf", "pour", "de", "à", "mais", "fait"}


def _closing_quotation(words: list[Word], j: int) -> bool:
    """A quotation opens at ``j``, holds a verb, and ends the sentence (or goes on past it);
    or opens after a colon as the sentence's last word, the segmenter having
    cut before its words."""
    if j >= len(words) or words[j].text not in _OPENERS:
        return False
    if words[j - 1].text == ":" and all(w.upos == "PUNCT" for w in words[j + 1:]):
        return True  # ": « " ends the sentence: the quotation is the next sentences
    close = next((w.i for w in words[j + 1:] if w.text in _CLOSERS), None)
    if close is not None and any(w.upos != "PUNCT" for w in words[close + 1:]):
        return False
    # (no closer: the quotation goes on in the next sentence)
    return any(w.upos in ("VERB", "AUX") for w in words[j + 1:close])


#: words opening a subordinate clause whose comma the main clause follows
#: ("que si le projet passe, le ministre annoncera …")
_LEADS_CLAUSE = {"si", "s'", "quand", "lorsque", "lorsqu'", "comme", "puisque", "puisqu'", "dès",
                 "parce", "tant", "même", "une", "faute"}
#: subjects of a new report after a comma that name no one
_NO_SOURCE = {"ce", "c'", "on", "cela", "ça", "qui", "que", "qu'"}


def _new_report(s: Sentence, i: int, k: int, lex: Optional[Lexicon]) -> bool:
    """"Au juge qui relevait qu'il n'avait rien dit, l'accusé a expliqué que
    …": a full clause ends at the comma ``k`` and a subject with a speech
    verb of its own begins another report there, which the clause begun at
    ``i`` is no part of.  Not after a clause opened by "si", "quand" … (the
    main clause follows its comma: "que si le projet passe, le ministre
    annoncera …"), nor a relative or a subordinate clause after the comma."""
    if lex is None:
        return False
    words = s.words
    if norm(words[i].text) in _LEADS_CLAUSE or lex.subordinator_at(words, i) is not None:
        return False
    if not any("VerbForm=Fin" in w.feats for w in words[i:k]):
        return False
    named = False
    for w in words[k + 1:k + 9]:
        if w.upos in ("PUNCT", "SCONJ") or "PronType=Rel" in w.feats:
            return False
        if w.upos in ("NOUN", "PROPN") or (w.upos == "PRON" and norm(w.text) not in _NO_SOURCE
                                          and "Person=3" in w.feats):
            named = True
            continue
        if w.upos not in ("VERB", "AUX"):
            continue
        if w.upos == "AUX" and w.i + 1 < len(words) and words[w.i + 1].upos == "VERB":
            continue
        speech = lex.is_speech_verb_form(w.text) or norm(w.lemma or "") in lex.verbs
        finite = "VerbForm=Fin" in w.feats or words[w.i - 1].upos == "AUX"
        return named and speech and finite
    return False


_DASHES = ("-", "–", "—")


def _paired_dash(words: list[Word], k: int) -> bool:
    """"que le tourisme - et l'hiver surtout - ne doit …": a spaced dash
    closed by another before the clause goes on sets off an aside inside
    the reported clause, which does not end there."""
    close = next((w.i for w in words[k + 1:] if w.text in _DASHES and w.start > words[w.i - 1].end), None)
    return close is not None and any(w.upos not in ("PUNCT",) for w in words[close + 1:])


def _coordinated_report(words: list[Word], k: int, lex: Optional[Lexicon]) -> bool:
    """"a déclaré que le texte était mauvais et a ajouté que …": "et" (or
    "puis", "mais") then a speech verb sharing the subject, with its
    auxiliary or clitics at most between them, or "et de" and its
    infinitive, is a report of its own."""
    if lex is None or norm(words[k].text) not in ("et", "puis", "mais"):
        return False
    # "… et de préciser que …": a narrative infinitive, a report of its own too
    narrative = k + 1 < len(words) and norm(words[k + 1].text) in ("de", "d'")
    for w in words[k + 1 + narrative:k + 4 + narrative]:
        if w.upos == "VERB" or (w.upos == "NOUN" and lex.is_speech_verb_form(w.text)):
            return lex.is_speech_verb_form(w.text) and ("VerbForm=Inf" not in w.feats or narrative) \
                and not (w.upos == "VERB" and "VerbForm=Part" in w.feats and "Tense=Pres" in w.feats)
        if not (w.upos in ("AUX", "ADV") or (w.upos == "PRON" and "PronType=Prs" in w.feats)):
            return False
    return False


def _speech_gerund(words: list[Word], j: int, lex: Optional[Lexicon]) -> bool:
    """"tout en se disant …", "en soulignant que …": a gerund of a speech
    verb at ``j`` reports something else, by the same speaker."""
    if lex is None:
        return False
    low = [norm(w.text) for w in words[j:j + 4]]
    k = 1 if low[:1] == ["tout"] else 0
    if low[k:k + 1] != ["en"]:
        return False
    k += 1
    if low[k:k + 1] and low[k] in ("se", "s'", "lui", "leur"):
        k += 1
    return len(low) > k and low[k].endswith("ant") and lex.is_speech_verb_form(low[k])


def _to_clause_end(s: Sentence, i: int, lex: Optional[Lexicon]) -> list[Word]:
    """Words from ``i`` to the end of the reported clause: the sentence end, or a
    comma opening an incise (``, a-t-il ajouté``), a participle (``, ajoutant``),
    ``selon``, or a contrast (``, bien qu'…``, ``, alors que…``; but not
    ``, alors président``)."""
    out: list[Word] = []
    words = s.words
    aside = False
    for k in range(i, len(words)):
        w = words[k]
        if w.text in _DASHES and k > i and words[k - 1].end < w.start:
            if aside:
                aside = False  # the dash that closes an aside
            elif _paired_dash(words, k):
                aside = True
            else:
                break  # " - une référence apparente à …": the writer's aside
        if w.upos == "CCONJ" and k > i and _coordinated_report(words, k, lex):
            break  # "a déclaré que … et a ajouté que …": a second report
        if w.text in (",", ":") and k > i and _closing_quotation(words, k + 1):
            # "confie que les magistrats ressentent les effets : « On a
            # retardé … »": the quotation that ends the sentence is a quote of
            # its own, the report stops before it
            break
        if w.text == "," and k + 1 < len(words):
            nxt = norm(words[k + 1].text)
            nxt2 = norm(words[k + 2].text) if k + 2 < len(words) else ""
            opener = lex.subordinator_at(words, k + 1) if lex is not None else None
            if nxt == "selon" or (opener is not None and "contrast" in opener) or \
                    (nxt.endswith("ant") and lex is not None and lex.is_speech_verb_form(nxt)) or \
                    (words[k + 1].upos == "AUX" and lex is not None and lex.is_speech_verb_form(nxt2)):
                break
            if nxt == "sans" and any(_infinitive(x) for x in words[k + 2:k + 5]):
                break  # ", sans donner de détails": how it was said, the writer's words
            if _speech_gerund(words, k + 1, lex):
                break  # ", tout en se disant « confiant »": another report, a gerund's
            if k > i and _new_report(s, i, k, lex):
                break
        out.append(w)
    while out and out[-1].upos == "PUNCT" and out[-1].text not in ("»", "”", '"', "›"):
        out.pop()
    return out
