"""Reports governed by a speech verb and spoken by its subject.

* ``X a déclaré que …`` (rule ``que``), ``X a exhorté Y à …`` (``inf``),
  ``a dénoncé « une provocation »`` (``predicate``), ``fait part de ses doutes`` (``obj``),
  ``cite les sanctions comme un obstacle`` (``as``), ``accuse X de …`` (``charge``),
  ``a mis en garde contre …`` (``about``)
* ``X a déclaré : …`` (``colon``), the statement after the colon or in the next paragraph
* not ``X a été invité à …`` (the one addressed), nor ``a parlé de la réforme`` (a topic)
"""
from __future__ import annotations

from typing import Optional

import regex


from .cues import Cue, is_pronominal, matches_at, norm
from ..text.marks import Span
from ..people.mentions import is_capitalised, mention_at
from ..parser.parse import Sentence, Word
from .candidate import Candidate, _extend_over_marks, _trim_span, _words_span
from .content import _content_clause
from .context import RuleContext
from .grammar import _CLOSERS, _OPENERS, IMPERSONAL, _SUBJ, _verb_group_start
from .inversion import _inverted_subject
from .quoted import _closer_after
from .subjects import _context_subject, _narrative_infinitive, _speaker_word


#: ambiguous verbs that report a call even without a quotation: "a appelé Pékin à …".
CALL_VERBS = {"appeler", "inviter", "pousser", "défier"}


#: determiners of a noun phrase that refers back to something known
_KNOWN_DETS = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs"})


#: "il est à préciser que", "il convient de souligner que", "il faut rappeler
#: que": an impersonal frame before the infinitive, the writer's own voice
_IMPERSONAL_BEFORE = regex.compile(
    r"\bil\s+(?:n['’]\s*)?(?:est|était|sera|reste|restait|convient|convenait|importe|suffit|faut"
    r"|fallait|faudra)\s+(?:[\w-]+ment\s+|bien\s+|aussi\s+|donc\s+)?(?:(?:à|de|d['’])\s*)?$",
    regex.IGNORECASE)
_IMPERSONAL_VERB = regex.compile(r"\bil\s+$", regex.IGNORECASE)


def _impersonal_frame(text: str, s: Sentence, v: Word) -> bool:
    """The cue is the writer's: an infinitive after "il est à", "il
    convient de", "il faut"; or "convenir", "importer" with an impersonal
    "il" and "de" after it ("Il convient de noter que …")."""
    before = text[max(s.start, v.start - 40):v.start]
    if "VerbForm=Inf" in v.feats and _IMPERSONAL_BEFORE.search(before):
        return True
    return norm(v.lemma or "") in ("convenir", "importer") and bool(_IMPERSONAL_VERB.search(before)) \
        and norm(text[v.end:v.end + 4].strip()).startswith(("de", "d'"))


class ReportRules(RuleContext):
    """Rules of reports governed by a verb (mixed into the Attributor)."""

    def _verb_report(self, text: str, s: Sentence, cue: Cue, top: list[Span],
                     paras: list[tuple[int, int]]) -> Optional[Candidate]:
        """"X a déclaré que …", "X a exhorté Y à …", "X a déclaré : …": the
        content the verb governs (``content``), else what follows its colon."""
        v = cue.word
        if _impersonal_frame(text, s, v):
            return None
        found = _content_clause(s, v, cue, self.lex)
        # (not when an incise names the speaker: "Avant de conclure : « … », a lancé X")
        narrative = _narrative_infinitive(s, v) and not any(
            c.kind == "verb" and c.word.i > v.i for c in self.cues_of(s))
        subj = None if narrative else _speaker_word(s, v, text, self.lex) or \
            self._coordinated_subject(s, v, text)
        if subj is not None and norm(subj.text) == "on":
            subj = self._fronted_source(s, subj)
        if subj is not None and (norm(subj.text) in IMPERSONAL or not self._can_speak(subj)
                                 or self._hearsay(subj)):
            return None
        if "VerbForm=Part" in v.feats and "Tense=Pres" in v.feats and v.i > 0:
            j = v.i - 1
            while j > 0 and s.words[j].upos == "ADJ":
                j -= 1
            if self._hearsay(s.words[j]):
                return None  # the participle qualifies the noun before it, whatever the parse
        who = _context_subject(s, v) if narrative else \
            mention_at(s, subj, self.lex) if subj is not None else None
        kids = s.children(v.i)
        if any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids) and \
                not any(k.deprel == "obl:agent" for k in kids) and not is_pronominal(s, v):
            # "X a été invité à …": X is the one addressed, not the speaker
            return None
        if found is None:
            # "X a déclaré : …" — the content follows the colon
            after = [w for w in s.words[v.i + 1: v.i + 5]]
            colon = next((w for w in after if w.text == ":"), None)
            if colon is None or any(w.upos == "VERB" for w in after if w.i < colon.i):
                return None
            if any(k.deprel == "obj" and k.i < colon.i and any(
                    d.deprel == "det" and norm(d.text) in _KNOWN_DETS for d in s.children(k.i))
                    for k in kids):
                # "ont salué l'annonce : l'action gagnait 5 %": a thing already
                # known is judged, what follows is the writer's; "a lancé un
                # avertissement :", "a dit ceci :" announce what comes
                return None
            if who is None:
                return None
            a = colon.end
            b = s.end
            para_end = next((pb for pa, pb in paras if pa <= colon.start < pb), len(text))
            if not text[a:para_end].strip():
                # the statement is the next paragraph
                nxt = next(((pa, pb) for pa, pb in paras if pa > colon.start), None)
                if nxt is None:
                    return None
                a, b = nxt
            else:
                b = max(b, next((sp.outer_end for sp in top if sp.outer_start >= a
                                 and sp.outer_start - a < 4), b))
            a, b = _trim_span(text, a, b)
            if b <= a:
                return None
            return Candidate(a, b, "indirect", cue.lemma, who, s, "colon")
        words, how = found
        if v.deprel in ("advcl", "xcomp") and v.i < v.head and not narrative:
            # "Après avoir rappelé que …, le ministre a annoncé …": the report
            # of a fronted adjunct ends where the main clause begins
            main = s.words[v.head]
            stop = min([main.i] + [x.i for c in s.children(main.i) if c.deprel in _SUBJ
                                   for x in s.subtree(c.i)])
            words = [w for w in words if w.i < stop]
        if not words:
            return None
        if "?" in cue.flags and how == "obj":
            return None
        if "?" in cue.flags and ((how == "inf" and cue.lemma not in CALL_VERBS) or (
                how == "about" and words[0].upos != "NUM")) \
                and not any(sp.start >= words[0].start - 2 for sp in top
                            if sp.end <= words[-1].end + 2):
            # "a parlé de la réforme" is a topic; "parle d'« acharnement »" a
            # quoted word, "parle de 23 000 exclusions" a figure it gives
            return None
        if who is None:
            return None
        a, b = _words_span(words)
        # stop at the end of the sentence's clause: drop trailing punctuation
        a, b = _trim_span(text, a, b)
        a, b = _extend_over_marks(text, a, b, top)
        if b - a < 6:
            return None
        return Candidate(a, b, "indirect", cue.lemma, who, s, how)


    def _coordinated_subject(self, s: Sentence, v: Word, text: str) -> Optional[Word]:
        """"Les habitants ne voient pas d'issue et estiment que …": a verb
        right after "et", "ou", "mais" shares the subject of the finite verb
        before it, where the parser lost the coordination."""
        j = _verb_group_start(s, v).i - 1
        while j > 0 and s.words[j].upos == "ADV":
            j -= 1
        if j < 1 or norm(s.words[j].text) not in ("et", "ou", "mais", "puis"):
            return None
        quoted, depth = set(), 0  # (not a verb the quotation before holds: "« … » et ajoute que")
        for w in s.words[:j]:
            if w.text in _OPENERS and (w.text != '"' or depth == 0):
                depth += 1
            elif w.text in _CLOSERS and depth:
                depth -= 1
            elif depth:
                quoted.add(w.i)
        prev = next((w for w in reversed(s.words[:j]) if w.upos == "VERB" and w.i not in quoted and (
            "VerbForm=Fin" in w.feats or s.words[w.i - 1].upos == "AUX")), None)
        if prev is None:
            return None
        subj = _speaker_word(s, prev, text, self.lex)
        return subj if subj is not None and subj.i < prev.i else None

    def _hearsay(self, subj: Word) -> bool:
        """"une croyance locale affirmant que …", "la légende veut que …":
        folklore speaks for no one (data ``hearsay_nouns.txt``)."""
        return norm(subj.lemma or subj.text) in self.lex.hearsay_nouns or \
            norm(subj.text) in self.lex.hearsay_nouns

    def _as_said(self, text: str, s: Sentence, cue: Cue, top: list[Span]) -> Optional[Candidate]:
        """"Comme elle nous l'avait expliqué, cette exposition est …", "Comme
        l'a rappelé le ministre, les aides seront versées …": a clause of
        comparison opening the sentence, its verb taking "l'" for what was
        said; the clause after its comma is the report."""
        v = cue.word
        words = s.words
        first = next((w for w in words if w.upos != "PUNCT"), None)
        if first is None or norm(first.text) != "comme" or v.i > first.i + 8:
            return None
        group = _verb_group_start(s, v)
        if group.i < 1 or norm(words[group.i - 1].text) not in ("l'", "l’", "le"):
            return None
        subj = _speaker_word(s, v, text, self.lex)
        if subj is None or subj.i > v.i:
            subj = _inverted_subject(s, v, self.lex)
        if subj is None or norm(subj.text) in IMPERSONAL or not self._can_speak(subj):
            return None
        comma = next((w for w in words[max(v.i, subj.i) + 1:] if w.text == ","), None)
        if comma is None:
            return None
        # "Comme l'a souligné le maire, Jean Lefort, …": the name in apposition
        # belongs to the source phrase
        nxt = next((w for w in words[comma.i + 1:comma.i + 6] if w.text == ","), None)
        if nxt is not None and all(is_capitalised(w) for w in words[comma.i + 1:nxt.i]):
            comma = nxt
        a, b = _trim_span(text, comma.end, s.end)
        if b - a < 10:
            return None
        a, b = _extend_over_marks(text, a, b, top)
        return Candidate(a, b, "indirect", cue.lemma, mention_at(s, subj, self.lex), s, "as-said")

    def _judged_by(self, text: str, s: Sentence, cue: Cue, top: list[Span]) -> Optional[Candidate]:
        """"Des propos jugés « indignes » par le MR": a participle of judgment
        (flag ``pred``) on a noun, a quotation after it and its agent after
        that; the quotation is the agent's words."""
        v = cue.word
        if "pred" not in cue.flags:
            return None
        words = s.words
        j = v.i + 1
        if j >= len(words) or words[j].text not in _OPENERS:
            return None
        close = _closer_after(s, j)
        if close is None or close + 2 >= len(words) or norm(words[close + 1].text) != "par":
            return None
        k = close + 2
        while k < len(words) - 1 and words[k].upos == "DET":
            k += 1
        if words[k].upos not in ("NOUN", "PROPN") or not self._can_speak(words[k]):
            return None
        sp = next((x for x in top if x.outer_start == words[j].start), None)
        if sp is None:
            return None
        return Candidate(sp.start, sp.end, "direct", cue.lemma, mention_at(s, words[k], self.lex), s,
                         "judged-by")

    def _fronted_source(self, s: Sentence, on: Word) -> Optional[Word]:
        """"À l'Élysée, on assure que …", "Du côté de la CGT, on dénonce …":
        a phrase that opens the sentence and ends with a comma right before
        the impersonal "on" says whose voice it is, when its noun is a name
        or a body ("Dans l'entourage du ministre"); "À Marseille, on craint"
        (a town) and "Dans le quartier, on dit" (a place) name no one."""
        words = s.words
        if on.i < 3 or words[on.i - 1].text != ",":
            return None
        key = next((k for k in self.lex.on_sources if matches_at(k, words, 0)), None)
        if key is None:
            return None
        k = det = len(key)
        while k < on.i - 1 and words[k].upos == "DET":
            k += 1
        if k >= on.i - 1:
            return None
        src = words[k]
        if src.upos == "PROPN" or (src.upos == "NOUN" and is_capitalised(src)):
            if key == ("à",) and k == det and not self._seat(s, src):
                return None  # "À Marseille, on …": where, not who
            return src
        if src.upos == "NOUN" and {norm(src.text), norm(src.lemma or "")} & self.lex.bodies:
            return src
        return None
