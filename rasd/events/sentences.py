"""Sentences, clauses and tokens with offsets into the article text as published.

Sentence ends are . ! ? ؟ followed by space, line breaks and ; ؛ . A period after a short
abbreviation ("U.S.", "Mr.", "Feb.") does not end a sentence. Some corpora strip punctuation
altogether, so a sentence is also cut into chunks of at most ``MAX_TOKENS`` tokens: that caps
the work per sentence and keeps every role search local.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import Final

from rasd.events.lexicon import Lexicon, WordInfo, phrase_tags
from rasd.events.textnorm import TOKEN_RE, TOKEN_SPLIT, normalize_word

MAX_TOKENS: Final = 80  # per sentence chunk
MAX_SENTENCES: Final = 2000  # per article; beyond this the tail is not searched for events

# The sentence end, written so that the pattern opens with a character class: the regex engine
# then skips plain text in C instead of trying three alternatives at every character. Same
# matches as "[.!?؟]+[\"'”»)]*(?=\s)|\n+|[;؛]" (a test holds them equal).
_BOUNDARY: Final = re.compile(r"[.!?؟\n;؛](?:(?<=[.!?؟])[.!?؟]*[\"'”»)]*(?=\s)|(?<=\n)\n*|(?<=[;؛]))")
_ABBREV: Final = re.compile(r"(?:\b[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Ltd|Co|vs|etc)$")
_ABBREV_LAST: Final = frozenset(string.ascii_letters + "\n")
# Clause connectors: a contrast or a new finite clause after a comma starts a new clause.
_CLAUSE_WORDS_AR: Final = frozenset({"لكن", "ولكن", "بينما", "فيما", "غير", "إلا", "الا", "كما"})
_CLAUSE_WORDS_EN: Final = frozenset({"but", "while", "whereas", "however", "although", "though", "yet"})


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    # tokens: parallel lists (speed matters: this runs on every article)
    starts: list[int]
    ends: list[int]
    norms: list[str]
    forms: list[frozenset[str]]
    future: list[frozenset[str]]
    clause: list[int]  # clause number of each token
    tags: list[frozenset[str]]  # cue groups and markers starting at each token
    # cue group -> the tokens it starts at, ascending (``index_tags``): most groups are absent
    # from a sentence, so "where does group g first start in [lo, hi)?" is a dict miss
    where: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    # the tokens where a trigger may start (a reading begins one, or a split-word fragment):
    # the only ones the trigger search looks at
    openers: list[int] = field(default_factory=list, compare=False, repr=False)
    # the article's text (a reference, not a copy): the punctuation between tokens, which
    # the tokens leave out, is looked at only where a rule needs it (``aside_words``)
    text: str = field(default="", compare=False, repr=False)

    def first(self, group: str, lo: int, hi: int) -> int:
        """Index of the first token in [lo, hi) where ``group`` starts, or -1."""
        at = self.where.get(group)
        if at is None:
            return -1
        k = bisect_left(at, lo)
        if k < len(at) and at[k] < hi:
            return at[k]
        return -1

    def last(self, group: str, lo: int, hi: int) -> int:
        """Index of the last token in [lo, hi) where ``group`` starts, or -1."""
        at = self.where.get(group)
        if at is None:
            return -1
        k = bisect_left(at, hi) - 1
        if k >= 0 and at[k] >= lo:
            return at[k]
        return -1

    def has(self, group: str, lo: int, hi: int) -> bool:
        """Whether ``group`` starts at a token in [lo, hi)."""
        return self.first(group, lo, hi) >= 0


def gap_before(s: Sentence, k: int) -> str:
    """The text between token ``k`` and the one before it (for the first token, up to two
    characters before it, where an opening quote would stand)."""
    return s.text[s.ends[k - 1]:s.starts[k]] if k > 0 else s.text[max(0, s.starts[k] - 2):s.starts[k]]


def comma_before(s: Sentence, k: int) -> bool:
    """Whether a comma stands between token ``k`` and the one before it."""
    if k <= 0 or k >= len(s.starts) or not s.text:
        return False
    gap = gap_before(s, k)
    if gap == "," and s.norms[k - 1].isdigit() and s.norms[k].isdigit() and len(s.norms[k]) == 3:
        return False  # a thousands separator: "1,400 fighters"
    return "،" in gap or "," in gap


def aside_before(s: Sentence, lo: int, t: int, longest: int = 8) -> int:
    """The first token of a phrase set off by commas that closes right before token ``t`` (or
    before the auxiliary right before it): ", a NATO member since 1949, signed", ", rivals for
    decades, have restored"; -1 if there is none within ``longest`` tokens."""
    if t > lo + 3 and s.norms[t - 1] in _AUX_EN and not comma_before(s, t):
        t -= 1
    if t < lo + 3 or not comma_before(s, t):
        return -1
    return next((a for a in range(t - 1, max(lo, t - longest), -1) if comma_before(s, a)), -1)


_AUX_EN: Final = frozenset({"has", "have", "had", "will", "would", "is", "are", "was", "were"})


# (Arabic) prepositions that open a circumstance set off by commas between a verb's subject
# and its object ("، في خطوة جديدة،", "، بعد عقود من الحياد،", "، بموجب قانون قيصر،")
ASIDE_OPENERS_AR: Final = frozenset(normalize_word(w) for w in (
    "في", "خلال", "بعد", "قبل", "عقب", "إثر", "منذ", "وسط", "رغم", "برغم", "بحضور", "بموجب", "ضمن", "بسبب"))
# (and an apposition on who a person named is: "أنتال روغان، مدير مكتب رئيس الوزراء فيكتور أوربان،")
ASIDE_TITLES_AR: Final = frozenset(normalize_word(w) for w in (
    "مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة", "نائب", "مستشار", "مستشارة", "سفير", "قائد", "زعيم",
    "المتحدث", "الناطق", "الأمين", "مساعد", "محافظ"))
_ASIDE_LONGEST: Final = 8  # tokens

# (Arabic) the relative pronouns that open a clause set off by commas on the noun before them
# ("دمج «الفيلق الوطني الجورجي»، الذي يقاتل في دونباس منذ عام 2014، في القوات المسلحة")
RELATIVE_OPENERS_AR: Final = frozenset(normalize_word(w) for w in (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
_RELATIVE_ASIDE_LONGEST: Final = 24  # tokens: a relative clause runs longer than a circumstance


def _comma_aside_words(s: Sentence, lo: int, hi: int, opens: Callable[[int], bool], longest: int) -> int:
    """How many tokens in [lo, hi) belong to asides set off by commas: each opens at a token after
    a comma for which ``opens`` holds, and closes at the next comma within ``longest`` tokens (one
    the sentence does not close in time is no aside)."""
    count, k = 0, lo
    while k < hi:
        if opens(k) and comma_before(s, k):
            end = next((m for m in range(k + 1, min(k + longest + 1, len(s.norms))) if comma_before(s, m)), -1)
            if end > 0:
                count += end - k
                k = end
                continue
        k += 1
    return count


# (Arabic) what opens a clause of the scene the news is set in ("while …"); "في حين" is the
# same clause in two words, and "فيما" before "يتعلق"/"يخص" is "as regards", no clause
_WHILE_AR: Final = frozenset(normalize_word(w) for w in ("بينما", "وبينما", "فيما", "وفيما"))
_IN_AR: Final = frozenset({"في", "وفي"})
_AS_REGARDS_AR: Final = frozenset(normalize_word(w) for w in ("يتعلق", "يخص"))
_WHILE_OPENS_BY: Final = 4  # tokens: a fronted clause opens the sentence or follows a short time phrase


def fronted_while_clause_ar(s: Sentence, t: int) -> tuple[int, int] | None:
    """(Arabic) The span [opener, closing comma) of a "while" clause that opens the sentence (or
    follows a short phrase of time set off by a comma: "قبل أيام، وبينما كانت المدافع تهدر على
    تخوم الإقليم، جدد الرئيس …") and closes with a comma before the trigger at ``t``: the scene
    of the act, whose names are not its parties and whose "كان" does not date it; or None."""
    for w in range(min(t, _WHILE_OPENS_BY + 1)):
        two_words = s.norms[w] in _IN_AR and s.norms[w + 1:w + 2] == ["حين"]
        if not (s.norms[w] in _WHILE_AR or two_words) or (w > 0 and not comma_before(s, w)):
            continue
        body = w + 2 if two_words else w + 1
        if s.norms[body:body + 1] and s.norms[body] in _AS_REGARDS_AR:
            return None
        close = next((m for m in range(body + 1, t + 1) if comma_before(s, m)), -1)
        return (w, close) if close > 0 else None
    return None


def relative_aside_words(s: Sentence, lo: int, hi: int) -> int:
    """(Arabic) How many tokens in [lo, hi) belong to relative clauses set off by commas ("، الذي
    يضم نحو ألفي عسكري،"): what is said of the object, told between it and the rest of the verb's
    complement, which the complement's reach should not count. A clause needs its closing comma
    within twenty-four tokens (one the sentence does not close is no aside)."""
    return _comma_aside_words(s, lo, hi, lambda k: s.norms[k] in RELATIVE_OPENERS_AR, _RELATIVE_ASIDE_LONGEST)


def aside_words(s: Sentence, lo: int, hi: int) -> int:
    """(Arabic) How many tokens in [lo, hi) belong to asides set off by commas that open with
    a preposition of ``ASIDE_OPENERS_AR``, a title of ``ASIDE_TITLES_AR`` or a day ("فرضت الولايات المتحدة، في الأيام الأخيرة لإدارة
    ترامب، عقوبات", "، اليوم الاثنين في كانبرا،"): the circumstance told between a verb's subject and its object, which the
    object's reach should not count. An aside needs its closing comma within eight tokens."""
    return _comma_aside_words(
        s, lo, hi,
        lambda k: s.norms[k] in ASIDE_OPENERS_AR or s.norms[k] in ASIDE_TITLES_AR or "fresh_time" in s.tags[k],
        _ASIDE_LONGEST)


# the longest "with …" aside read between forces and their verb (its opening comma within this)
_WITH_ASIDE_LONGEST_EN: Final = 14
# the words that open such an aside: what the forces bring, or which of them ("British warships,
# including the new aircraft carriers HMS Queen Elizabeth and HMS Prince of Wales, will be able to
# use the port")
_WITH_ASIDE_OPENERS_EN: Final = frozenset({"with", "including"})


def with_aside_before_en(s: Sentence, i: int) -> int:
    """(English) How many tokens before ``i`` belong to an aside that opens with "with" or
    "including" after a comma and closes with a comma right before ``i`` (", with Leopard tanks and
    Pizarro infantry fighting vehicles,", ", including two aircraft carriers,"): what the subject
    brings along or which of its units, told between it and its verb; 0 if none. The verb's
    auxiliaries after the aside count with it ("…, will be able to use")."""
    verb = i
    while verb > i - 3 and verb > 0 and s.norms[verb - 1] in _VERB_AUXILIARIES_EN and not comma_before(s, verb):
        verb -= 1
    if not comma_before(s, verb):
        return 0
    for k in range(verb - 1, max(0, verb - _WITH_ASIDE_LONGEST_EN) - 1, -1):
        if k < verb - 1 and comma_before(s, k + 1):
            return 0  # another comma first: not one aside
        if s.norms[k] in _WITH_ASIDE_OPENERS_EN and comma_before(s, k):
            return i - k
    return 0


_VERB_AUXILIARIES_EN: Final = frozenset({"will", "would", "be", "have", "has", "had", "been", "are", "is", "were", "was"})


def index_tags(tags: list[frozenset[str]]) -> dict[str, list[int]]:
    """``Sentence.where`` of a sentence's ``tags``."""
    where: dict[str, list[int]] = {}
    for i in compress(range(len(tags)), tags):
        for group in tags[i]:
            at = where.get(group)
            if at is None:
                where[group] = [i]
            else:
                at.append(i)
    return where


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; whitespace-only spans are skipped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in _boundaries(text):
        first = text[start]
        # Every abbreviation ends in a letter (``$`` may stand before a final line break), so
        # the abbreviation pattern is only tried after one.
        if first == "." and start and text[start - 1] in _ABBREV_LAST and _abbreviation_before(text, start):
            continue
        # Only a run of line breaks can close a span of nothing but white space.
        if first != "\n" or text[pos:end].strip():
            spans.append((pos, end))
        pos = end
        if len(spans) >= MAX_SENTENCES:
            return spans
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


# Whether ``_ABBREV`` is found in the five characters before a period, by those characters and
# the one before them (all that the search sees: its ``\b`` looks one character back): the same
# few words end most English sentences, and a dict lookup costs less than the search.
_ABBREV_SEEN: Final[dict[str, bool]] = {}


def _abbreviation_before(text: str, end: int) -> bool:
    key = text[max(0, end - 6):end]  # (shorter than six only at the start of the text)
    known = _ABBREV_SEEN.get(key)
    if known is None:
        known = _ABBREV.search(text, max(0, end - 5), end) is not None
        if len(_ABBREV_SEEN) < 65536:
            _ABBREV_SEEN[key] = known
    return known


_BOUNDARY_CHARS: Final = ".\n!?;\u061f\u061b"  # what every ``_BOUNDARY`` match opens with: . \n ! ? ; ؟ ؛


def _boundaries(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BOUNDARY.finditer(text)``. Every match opens with one of a few
    characters, so those are looked for with ``str.find`` (memchr: no regex step per character
    of the text) and the pattern is only matched where one stands; one inside the previous
    match ("...", a run of line breaks) is passed over, as ``finditer`` passes over it."""
    opens: list[int] = []
    find = text.find
    for char in _BOUNDARY_CHARS:
        at = find(char)
        while at >= 0:
            opens.append(at)
            at = find(char, at + 1)
    opens.sort()
    out: list[tuple[int, int]] = []
    match = _BOUNDARY.match
    last_end = 0
    for at in opens:
        if at < last_end:
            continue
        m = match(text, at)
        if m is not None:
            last_end = m.end()
            out.append((at, last_end))
    return out


def has_trigger(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Cheap pre-check: does any word of the span (or a split word "وق عت") start a trigger?"""
    return lex.any_trigger(TOKEN_RE.findall(text, start, end))


def build(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    words: list[str] | None = None,
    infos: list[WordInfo] | None = None,
    parts: list[str] | None = None,
) -> list[Sentence]:
    """Tokens of one sentence span, cut into chunks of at most ``MAX_TOKENS``.

    ``parts``: ``TOKEN_SPLIT.split(text[start:end])`` (gaps and words in turn) when the caller
    has it, ``words`` the words among them (``parts[1::2]``, the same as ``TOKEN_RE.findall``
    of the span) and ``infos`` their ``lex.words(words)``. Every word's readings and cue tags
    come from the lexicon's per-spelling table and are spread into the parallel lists with
    C-level ``zip``/``map``; only the gaps that hold a colon or a comma (where a clause may
    start) are looked at one by one. ``where`` and ``openers`` of each chunk are filled here.
    """
    if parts is None:
        parts = TOKEN_SPLIT.split(text[start:end])
    if words is None:
        words = parts[1::2]
    if not words:
        return []
    # Offsets: the running sum of the lengths of the gaps and words, in C. ``bounds`` holds
    # the end of every part: a word's start is the end of the gap before it.
    bounds = list(accumulate(map(len, parts), initial=start))
    token_starts = bounds[1:-1:2]
    token_ends = bounds[2::2]
    if infos is None:
        infos = lex.words(words)
    # A clause starts only after a colon, or after a comma before a connector: without either
    # (most sentences) the marks are not even looked for.
    colon = text.find(":", start, end) >= 0
    connectors = _OPENERS_AR if lex.lang == "ar" else _CLAUSE_WORDS_EN
    marks: list[int] | None = None
    out: list[Sentence] = []
    count = len(words)
    for lo in range(0, count, MAX_TOKENS):
        hi = min(lo + MAX_TOKENS, count)
        starts = token_starts[lo:hi] if count > MAX_TOKENS else token_starts
        ends = token_ends[lo:hi] if count > MAX_TOKENS else token_ends
        norms, forms, future, tags, phrases, opens, _ = map(list, zip(*infos[lo:hi], strict=True))
        chunk_end = end if hi == count else ends[-1]
        if colon or not connectors.isdisjoint(norms):
            if marks is None:
                marks = [m.start() for m in _CLAUSE_MARK.finditer(text, start, end)]
            clause = _clauses(text, starts, ends, norms, marks, lex.lang) if marks else [0] * (hi - lo)
        else:
            clause = [0] * (hi - lo)
        if any(phrases):
            tags = phrase_tags(forms, tags, phrases)
        if lex.lang == "ar" and "عدم" in norms:
            tags = _anonymity_no_condition(norms, tags)
        if lex.lang == "ar" and _IF_AR in words[lo:hi]:
            tags = _if_before_a_verb(words[lo:hi], tags)
        if lex.lang == "en" and "association" in norms:
            tags = _association_agreement(norms, tags)
        if lex.lang == "en" and not _JOINT_EN.isdisjoint(norms):
            tags = _joint_force_of_origin(words[lo:hi], norms, tags)
        out.append(
            Sentence(
                starts[0], chunk_end, starts, ends, norms, forms, future, clause, tags,
                index_tags(tags), list(compress(range(hi - lo), opens)), text,
            )
        )
    return out


_UNNAMED_AR: Final = frozenset({"الكشف", "كشف", "ذكر", "نشر", "الافصاح"})

# "إن" with its hamza below: "if" before a verb, "that" or "indeed" (إنّ) before a noun
_IF_AR: Final = "إن"
# perfects that open a condition whatever their shape ("إن كان", "إن استمر")
_PERFECTS_AFTER_IF_AR: Final = frozenset({"كان", "كانت", "استمر", "واصل", "رفض", "أصر", "قرر", "عاد"})


def _if_before_a_verb(words: list[str], tags: list[frozenset[str]]) -> list[frozenset[str]]:
    """(Arabic) "إن" right before a verb in the perfect is "if": "سنفرض عقوبات على هولندا إن
    منعت طائرتي", "ستفرض عقوبات إن واصلت موسكو التصعيد" (a condition, as "إذا" is). Before a noun
    it is the "إنّ" of "قال إن الولايات المتحدة ستفرض", no condition: a perfect of the third
    person feminine or the second person ends in "ت" and carries no article, where a plural
    noun ends in "ات" or takes "ال" (bare "ان", without its hamza, is left alone: it may be "أن")."""
    out = tags
    for i in range(len(words) - 1):
        if words[i] == _IF_AR and _perfect_after_if(words[i + 1]):
            out = list(out) if out is tags else out
            out[i] = tags[i] | {"conditional"}
    return out


def _perfect_after_if(word: str) -> bool:
    """(Arabic) Whether ``word`` after "إن" is a verb in the perfect by its shape."""
    if word in _PERFECTS_AFTER_IF_AR:
        return True
    return len(word) >= 3 and word.endswith("ت") and not word.endswith("ات") and not word.startswith("ال")


def _anonymity_no_condition(norms: list[str], tags: list[frozenset[str]]) -> list[frozenset[str]]:
    """(Arabic) A source who spoke "شريطة عدم الكشف عن اسمه" (on condition of anonymity) sets no
    condition on what the sentence tells."""
    out = tags
    for i in range(len(norms) - 2):
        if "conditional" in tags[i] and norms[i + 1] == "عدم" and norms[i + 2] in _UNNAMED_AR and any(
                w.startswith(("اسم", "هويت", "هويه")) for w in norms[i + 3:i + 6]):
            out = list(out) if out is tags else out
            out[i] = tags[i] - {"conditional"}
    return out


def _association_agreement(norms: list[str], tags: list[frozenset[str]]) -> list[frozenset[str]]:
    """(English) "signed an association agreement with the EU": "association" names the kind of
    treaty (the EU's with a neighbour), not a trade body the agreement is with."""
    out = tags
    for i in range(len(norms) - 1):
        if norms[i] == "association" and "agreement_noun" in tags[i + 1] and "company_noun" in tags[i]:
            out = list(out) if out is tags else out
            out[i] = tags[i] - {"company_noun"}
    return out


# (English) the words that make a force of several sides' units ("a joint Arab force")
_JOINT_EN: Final = frozenset({"joint", "unified", "combined"})
# the kind of force that may stand between its origin and "force" ("a joint Arab military force")
_FORCE_KINDS_EN: Final = frozenset({"military", "naval", "security", "peacekeeping"})
_FORCE_HEADS_EN: Final = frozenset({"force", "forces", "army", "command"})


def _joint_force_of_origin(
    words: list[str], norms: list[str], tags: list[frozenset[str]]
) -> list[frozenset[str]]:
    """(English) "agreed to create a joint Arab military force", "a joint East African force", "a
    unified regional force": a joint force whose name carries, between "joint" and "force", the
    people or the region its units come from (one or two capitalised words, or "regional") and
    maybe its kind is a joint force, as "a joint force" is; so is one named so ("declared their
    Combined Joint Expeditionary Force fully operational"). Not "joint Arab naval exercises" or
    "a joint Gulf statement", where no force follows."""
    out = tags
    n = len(norms)
    for i in range(n - 2):
        if norms[i] not in _JOINT_EN or "joint_force" in tags[i]:
            continue
        k = i + 1
        while k < min(i + 3, n) and (words[k][:1].isupper() or norms[k] == "regional"):
            k += 1
        if k == i + 1:
            continue
        if k < n and norms[k] in _FORCE_KINDS_EN:
            k += 1
        if k < n and norms[k] in _FORCE_HEADS_EN:
            out = list(out) if out is tags else out
            out[i] = tags[i] | {"joint_force"}
    return out


# Where a clause may start: after a colon, or after a comma before a connector ("، لكن", ", but").
_CLAUSE_MARK: Final = re.compile("[:,،]")


def _clauses(text: str, starts: list[int], ends: list[int], norms: list[str], marks: list[int], lang: str) -> list[int]:
    """Clause number of each token of a chunk: a colon in the gap before a token starts a new
    clause, and so does a comma followed by a clause connector."""
    clause_words = _CLAUSE_WORDS_AR if lang == "ar" else _CLAUSE_WORDS_EN
    n = len(starts)
    steps = [0] * n
    last = -1
    for pos in marks:
        i = bisect_right(starts, pos)  # the token after the mark
        if i <= 0 or i >= n or i == last or pos < ends[i - 1]:
            continue
        gap = text[ends[i - 1]:starts[i]]
        if ":" in gap or (("," in gap or "،" in gap) and _bare(norms[i], lang) in clause_words
                          and not aside_after_auxiliary_en(norms, i, lang)):
            steps[i] = 1
            last = i
    return list(accumulate(steps)) if last >= 0 else steps


# An auxiliary or a denial that no clause ends on: "however" after it is an aside
_AUXILIARIES_EN: Final = frozenset({
    "not", "never", "has", "have", "had", "did", "does", "do", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "is", "are", "was", "were",
})


def aside_after_auxiliary_en(norms: list[str], i: int, lang: str) -> bool:
    """(English) Whether the connector at ``i`` is "however" set off inside a clause, right after
    its auxiliary or denial ("Ottawa has not, however, imposed sanctions"): the verb after it is
    still that clause's."""
    return lang == "en" and norms[i] == "however" and i > 0 and norms[i - 1] in _AUXILIARIES_EN


# Every Arabic word whose ``_bare`` form is a clause connector ("ولكن", "وبينما"), so that a
# sentence without one (and without a colon) is known to be one clause by a set operation.
_OPENERS_AR: Final = frozenset(
    _CLAUSE_WORDS_AR | {c + w for c in "وف" for w in _CLAUSE_WORDS_AR if len(c + w) > 3}
)


def _bare(norm: str, lang: str) -> str:
    # (a connector that begins with و or ف itself, "فيما", is not one glued to a word)
    if lang == "ar" and len(norm) > 3 and norm[0] in "وف" and norm not in _CLAUSE_WORDS_AR:
        return norm[1:]
    return norm
