"""Direct quotes: a quotation attributed by the words around it.

* ``« … », a déclaré X.`` (rule ``direct-incise``)
* ``X a déclaré : « … »``, ``X dénonce « … »`` (``direct-colon``), ``Et d'ajouter : « … »``
  (``direct-narrative``), ``Mme Haddad reste inquiète : « … »`` (``direct-colon-subject``),
  ``Réaction de Marine Tondelier : « … »`` (``direct-colon-noun``)
* ``« … » : Blinken a …`` (``headline``)
* else a quotation of more than four words takes its speaker from its
  neighbours (``direct-alone``, ``direct-floating``); not a title
  (``son livre « Une France forte »``) nor a scare quote
"""
from __future__ import annotations

from typing import Optional

import regex

from .cues import norm
from ..text.marks import Span
from ..people.mentions import Mention, mention_at, owner_of
from ..parser.parse import Sentence, Word
from .candidate import Candidate
from .context import RuleContext
from .grammar import _SUBJ, _participle_adjunct
from .inversion import _inverted_subject, _is_incise
from .quoted import _object_gap, _title_at
from .subjects import _context_subject, _narrative_infinitive, _speaker_word, _subject, _subject_before


#: a scare quote or a term in marks is at most this many words when nobody says it.
SCARE_MAX_WORDS = 4
#: a quotation standing alone in its paragraph of at least this many words is
#: a pull-quote, not a term ("« Chez nous »" is a subheading's term)
PULL_QUOTE_MIN_WORDS = 3


#: an article or "comme" right before a quotation makes it a noun phrase of
#: the writer's sentence: "a procédé à un « échange de vues sur … »",
#: "perçus comme « des gens qui … » par la capitale"
_TERM_BEFORE = regex.compile(r"(?:^|[\s(])(?:un|une|des|le|la|les|l['’]|du|au|aux|ce|cet|cette|ces|son|sa"
                             r"|ses|leur|leurs|notre|nos|votre|vos|comme)\s*$", regex.IGNORECASE)


#: verbs of a stance, like a copula: "reste sceptique", "se montre favorable"
_STANCE_VERBS = {"rester", "demeurer", "sembler", "paraître", "montrer", "dire", "avouer"}


_AND_QUE = regex.compile(r"\s*et\s+qu(?:e\b|['’])")


def _coordinated_que(text: str, sp: Span, s: Sentence) -> Optional[int]:
    """End of a que-clause coordinated right after the quotation ("« … » et
    qu'ils …"), which carries the same report on to the sentence's end."""
    if not _AND_QUE.match(text, sp.outer_end):
        return None
    end = s.end
    while end > sp.outer_end and (text[end - 1].isspace() or text[end - 1] in ".;!?"):
        end -= 1
    return end


def _framed_as_term(text: str, sp: Span) -> bool:
    """A quotation no cue attributes, that the writer's sentence uses as a
    noun phrase after its own article or "comme", is a term the writer
    borrows, not a statement (one that follows a verb may be one: "c'est
    « une manœuvre indigne »")."""
    return bool(_TERM_BEFORE.search(text[max(0, sp.outer_start - 12):sp.outer_start]))


#: ", Marie Durand," after a quotation: a name (two capitalised words at
#: least) signing it, then its apposition or the end of the line
_SIGNED_BY_NAME = regex.compile(
    r"\s*,\s*(?:(?:M\.|Mme|Dr|Me)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+\s*(?:[,(.:;\n]|$)")

class DirectRules(RuleContext):
    """Rules of direct quotes (mixed into the Attributor)."""

    def _incise_after(self, text: str, sp: Span, s_end: Optional[Sentence], close: int) -> Optional[Candidate]:
        """« … », a déclaré X.: an incise right after the closing mark."""
        # 1. an incise after the closing mark: « … », a déclaré X.
        if s_end is not None and s_end.parsed:
            for cue in self.cues_of(s_end):
                v = cue.word
                if v.start <= close or cue.kind != "verb":
                    continue
                gap = text[close + 1:v.start]
                gap_words = [x for x in s_end.words if close < x.start < v.start]
                if len(gap) > 40 or any(x.upos not in ("AUX", "PUNCT", "ADV", "PRON") for x in gap_words):
                    break
                subj = _inverted_subject(s_end, v, self.lex)
                if subj is None:
                    subj = _subject(s_end, v)
                if subj is None or subj.i < v.i:
                    subj = _speaker_word(s_end, v, text, self.lex)
                if subj is not None and (subj.start < close or not self._can_speak(subj)):
                    subj = None
                m = mention_at(s_end, subj, self.lex) if subj is not None else None
                return Candidate(sp.start, sp.end, "direct", cue.lemma, m, s_end, "direct-incise")
        return None


    def _cue_before(self, text: str, sp: Span, s_open: Optional[Sentence]) -> Optional[Candidate]:
        """X a déclaré : « … », X dénonce « … », "Et d'ajouter : « … »", a
        person or a statement noun before a colon."""
        if s_open is not None and s_open.parsed:
            before = text[s_open.start:sp.outer_start].rstrip()
            # "X dénonce « une réforme … »", "X a promis « une réponse massive »":
            # the quotation is the verb's object (not after an ambiguous verb:
            # "présente « Les Misérables »")
            object_cue = next((c for c in self.cues_of(s_open) if c.kind == "verb"
                               and ("obj" in c.flags or "?" not in c.flags)
                               and _object_gap(s_open, c.word, sp.outer_start)
                               # ("« … », avait écrit « El Pistolero »": an incise's
                               # quotation is its subject, a name)
                               and not self._quotation_as_subject(s_open, c.word, text)), None)
            if before.endswith((":", ",")) or before.endswith("que") or object_cue is not None:
                cues = [c for c in self.cues_of(s_open) if c.word.end <= sp.outer_start
                        and c.kind == "verb" and not _participle_adjunct(s_open, c.word)]
                if cues and _narrative_infinitive(s_open, cues[-1].word):
                    # "Et d'ajouter : « … »"
                    return Candidate(sp.start, sp.end, "direct", cues[-1].lemma,
                                     _context_subject(s_open, cues[-1].word), s_open,
                                     "direct-narrative")
                if cues:
                    cue = cues[-1]
                    subj = _speaker_word(s_open, cue.word, text, self.lex)
                    if subj is None and cue.word.i > 0 and \
                            norm(s_open.words[cue.word.i - 1].text) in ("que", "qu'"):
                        # "Une affirmation que conteste Mme Lefèvre : « … »"
                        subj = _inverted_subject(s_open, cue.word, self.lex)
                    if subj is not None and self._can_speak(subj) and subj.start < sp.outer_start:
                        more = _coordinated_que(text, sp, s_open)
                        if more is not None:
                            # "se disent « au courant » et qu'ils travaillent …":
                            # the report goes on: one mixed quote
                            return Candidate(sp.outer_start, more, "mixed", cue.lemma,
                                             mention_at(s_open, subj, self.lex), s_open, "direct-colon")
                        return Candidate(sp.start, sp.end, "direct", cue.lemma,
                                         mention_at(s_open, subj, self.lex), s_open, "direct-colon")
                elif before.endswith(":"):
                    # "Mme Haddad, elle, reste inquiète : « … »": no speech
                    # verb, but a person who is the clause's subject
                    m = self._person_subject(s_open, sp.outer_start, text)
                    if m is not None:
                        return Candidate(sp.start, sp.end, "direct", None, m, s_open,
                                         "direct-colon-subject")
                    intro = self._statement_intro(s_open, sp.outer_start)
                    if intro is not None:
                        return Candidate(sp.start, sp.end, "direct", norm(intro.head.lemma or
                                                                          intro.head.text),
                                         intro, s_open, "direct-colon-noun")
            return self._stance_colon(text, sp, s_open)
        return None

    def _stance_colon(self, text: str, sp: Span, s_open: Sentence) -> Optional[Candidate]:
        """"Le juge y est plutôt favorable : l'aveu permet d'avoir « le vrai
        débat »": a person's stance (a copula and its adjective, no verb of
        their own) before a colon; what follows, quoted words and all, is
        their statement, a mixed quote."""
        words = s_open.words
        colon = next((w for w in reversed(words) if w.text == ":" and w.end <= sp.outer_start), None)
        if colon is None or any(c.word.i < colon.i for c in self.cues_of(s_open)):
            return None
        lead = [w for w in words[:colon.i] if w.upos != "PUNCT"]
        if not any(w.upos == "ADJ" for w in lead) or any(
                w.upos == "VERB" and norm(w.lemma or "") not in _STANCE_VERBS for w in lead):
            return None
        m = self._person_subject(s_open, colon.start, text)
        if m is None:
            return None
        end = max(s_open.end, sp.outer_end)
        while end > colon.end and (text[end - 1].isspace() or text[end - 1] in ".;!?"):
            end -= 1
        a = colon.end
        while a < end and text[a].isspace():
            a += 1
        if text[a:a + 1] in "«“„\"":
            return None  # a quotation right after the colon: the direct rules above
        return Candidate(a, end, "mixed", None, m, s_open, "direct-colon-subject")


    def _headline(self, text: str, sp: Span, s_end: Optional[Sentence]) -> Optional[Candidate]:
        """The headline convention « … » : Blinken a …"""
        after = text[sp.outer_end:sp.outer_end + 3]
        if after.lstrip().startswith(":") and s_end is not None and s_end.parsed:
            for x in s_end.words:
                if x.start > sp.outer_end and x.upos == "PROPN":
                    return Candidate(sp.start, sp.end, "direct", None,
                                     mention_at(s_end, x, self.lex), s_end, "headline")
                if x.start > sp.outer_end and x.upos == "VERB":
                    break
        return None


    def _unattributed(self, text: str, sp: Span, s_open: Optional[Sentence], s_end: Optional[Sentence],
                      paras: list[tuple[int, int]]) -> Optional[Candidate]:
        """A quotation no cue attributes: its speaker comes from its neighbours
        (``inherit``), unless it is a term, a scare quote or a title."""
        n_words = len(text[sp.start:sp.end].split())
        para = next(((a, b) for a, b in paras if a <= sp.outer_start < b), None)
        alone = para is not None and not text[para[0]:sp.outer_start].strip(" \t\u00a0\u202f-–—•") \
            and not text[sp.outer_end:para[1]].strip(" \t\u00a0\u202f.")
        # « … », Marie Durand, syndicaliste: signed by a full name, a statement
        signed = _SIGNED_BY_NAME.match(text, sp.outer_end) is not None
        if n_words <= SCARE_MAX_WORDS and not (alone and n_words >= PULL_QUOTE_MIN_WORDS) and not signed:
            # a term or a scare quote that nobody is said to utter; a
            # paragraph of its own is a pull-quote ("« Une question d'équité »")
            return None
        if _framed_as_term(text, sp):
            return None
        if s_open is not None and s_open is s_end and s_open.parsed:
            # "présente son livre « Une France forte et juste » mardi": a
            # capitalised quotation after a noun, inside one sentence, is a title
            if _title_at(s_open, sp) and sp.outer_end < s_open.end - 1 \
                    and not text[sp.start:sp.end].rstrip().endswith((".", "!", "?", "…")):
                return None
        headline = alone and n_words <= 12 and not text[sp.start:sp.end].rstrip().endswith((".", "!", "?", "…"))
        if para is not None and not headline:
            # an intertitle: a short paragraph with no stop ("« Une surcharge » pour les CPAS")
            body = text[para[0]:para[1]].strip()
            headline = len(body.split()) <= 15 and not body.endswith((".", "!", "?", "…", ":"))
        s_any = s_end or s_open
        if s_any is None:
            return None
        return Candidate(sp.start, sp.end, "direct", None, None, s_any,
                         "direct-alone" if alone else "direct-floating", inherit=True,
                         headline_next=headline)


    def _quotation_as_subject(self, s: Sentence, v: Word, text: str) -> bool:
        """"« … », avait écrit « El Pistolero » sur X": an incise verb with no
        subject before it takes the quotation after it as its inverted
        subject, a name; not "un autre père, en larmes, a lancé « … »"."""
        return _is_incise(s, v, text) and _subject_before(s, v, self.lex) is None and \
            not any(k.deprel in _SUBJ and k.i < v.i for k in s.children(v.i))

    def _person_subject(self, s: Sentence, before: int, text: str) -> Optional[Mention]:
        """The subject of the main clause before ``before``, when it names a
        person (a name, a pronoun, a role: not "le message")."""
        root = next((w for w in s.words if w.head == -1), None)
        if root is None or root.start >= before:
            return None
        subj = _speaker_word(s, root, text, self.lex)
        if subj is None or subj.start >= before or not self._can_speak(subj):
            return None
        m = mention_at(s, subj, self.lex)
        if m.kind in ("name", "pronoun") or self.lex.is_role_noun(subj.text):
            return m
        return None

    def _statement_intro(self, s: Sentence, before: int) -> Optional[Mention]:
        """"Réaction de Marine Tondelier : « … »", "La réponse du ministre,
        Gérald Darmanin, ne s'est pas fait attendre : « … »": a statement
        noun that opens the sentence, with its owner, and no verb before the
        colon but its own; the owner speaks (the mention resolves as "un
        communiqué du Pentagone" does)."""
        intro = [w for w in s.words if w.end <= before and w.upos != "PUNCT"]
        if not intro:
            return None
        noun = intro[1] if intro[0].upos == "DET" and len(intro) > 1 else intro[0]
        if noun.upos != "NOUN" or not {norm(noun.text), norm(noun.lemma or "")} & self.lex.source_nouns:
            return None
        if not any(owner_of(s, c) for c in s.children(noun.i)):
            return None
        verbs = [w for w in intro if w.upos in ("VERB", "AUX")]
        if verbs and not (noun.deprel.startswith("nsubj") and 0 <= noun.head and
                          s.words[noun.head] in verbs):
            return None  # "La réponse de X ne s'est pas fait attendre :" is still X's
        return mention_at(s, noun, self.lex)
