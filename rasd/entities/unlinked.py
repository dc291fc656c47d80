"""People and organisations that the knowledge base lacks but a title or role introduces.

"وزير الداخلية أنس خطاب", "Interior Minister Anas Khattab", "وزارة الخارجية السورية",
"Ministry of Finance": reported unlinked, with their type. Conservative on purpose: a name is
only taken when a known title stands right before it, it has two to four name-like words, and it
does not overlap anything the matcher already linked.

Speed: the patterns are tried only where they can start. Their first words (the title words,
"وزاره", "ministry") are keys of the matcher's automaton too, so the one scan of the article
that finds entities also finds these anchors (``ANCHOR_KEYS``); each pattern is then matched
at the few positions an anchor allows, in text order, which finds what ``finditer`` over
the whole text would find. A caller without the matcher gets the anchors from a small
automaton of their own (``find_anchors``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Final

import ahocorasick

from rasd.entities.titles import AR_STOPWORDS
from rasd.model import EntityResult, Mention
from rasd.text.normalize import NormalizedText

__all__ = ["ANCHOR_KEYS", "Anchors", "find_anchors", "find_unlinked", "ship_names"]

_W: Final = "[\u0621-\u064a]"
# Arabic, on the normalised copy (ة is ه, alefs are plain).
_AR_PERSON: Final = re.compile(
    rf"(?:(?<![\w])[وف]?(?:ال)?(?:وزير|وزيره)\s+(?:ال{_W}+)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:ال)?(?:رئيس\s+الوزراء|رئيس\s+الحكومه)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:المتحدث|الناطق)\s+باسم\s+(?:ال{_W}+)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:الرئيس|السفير|المبعوث|نظيره|نظيريه)(?:\s+ال{_W}+ي(?:ه)?)?(?:\s+ال{_W}+ي)?)"
    rf"\s*[،,]?\s+(?P<name>{_W}{{2,}}\s+{_W}{{2,}}(?:\s+{_W}{{2,}})?)"
)
# The title words of _AR_PERSON, in the order of a regex alternation (the first that matches
# at a position wins): the pattern is tried only where one of these words starts.
_AR_PERSON_TITLES: Final = ("وزير", "رئيس", "المتحدث", "الناطق", "الرئيس", "السفير", "المبعوث", "نظير")
# A ministry's portfolio may take a feminine adjective of its own before the state's
# ("وزارة القوى العاملة المصرية", "وزارة التجارة الخارجية"); not a day or time word (nor is
# the portfolio: "مع الوزارة الشهر الماضي").
_AR_ORG: Final = re.compile(
    rf"(?<![\w])[وفبل]?(?P<name>(?:ال)?وزاره\s+(?!(?:الشهر|العام|الاسبوع|اليوم|السنه|الماضي|الحالي)(?!\w))ال{_W}{{3,}}"
    rf"(?:\s+(?!(?:الجمعه|الماضيه|المقبله|الحاليه|السابقه|الثلاثاء|الاربعاء)(?!\w))ال{_W}+ه)?"
    rf"(?:\s+ال{_W}+يه)?)"
)
# Words a title may stand before that are no name's first word: verbal nouns ("طلب الرئيس
# مغادرة البلاد") and common nouns. And definite common nouns that end no name ("البلاد").
_AR_NOT_FIRST_NAME: Final = frozenset(
    "مغادره مغادرتها دخول خروج عوده زياره اجراء توقيع تشكيل تقديم اعلان بحث لقاء استقبال "
    "رفض قبول تعيين اقاله استقاله تسليم ارسال سحب نشر دعم وقف منع فرض رفع تمديد تعليق انهاء "
    "تنفيذ متابعه مناقشه مواجهه حمايه اعاده ضروره امكانيه "
    # a second title joined to the first ("وزير الدفاع الإيطالي ونظيره الياباني")
    "نظيره ونظيره نظيرته ونظيرته نظيريه ونظيريه".split()
)
_AR_NOT_NAME_END: Final = frozenset(
    "البلاد الدوله الحكومه العاصمه المدينه المنطقه الاراضي الاجتماع المؤتمر القمه الاتفاق "
    "البرلمان الشعب الجيش الوزاره الرئاسه المجلس الملف الازمه الحرب الانتخابات".split()
)

# A capitalised word of a name, with the Latin letters of European names ("Santiago Peña",
# "Rubén Ramírez Lezcano", "Łukasz"), not only ASCII.
_UP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW: Final = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
# An inner capital after a short prefix ("McLeod", "MacDonald", "DeSantis") is part of the word.
_CAP: Final = rf"(?:[{_UP}][{_LOW}'\u2019]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}]?[{_LOW}]+)*|[A-Z]\.)"
_PARTICLE: Final = r"(?:al-|el-|bin |ibn |van |von |de |da |la )"
_EN_TITLE: Final = (
    r"(?:(?:Interior|Foreign|Defen[cs]e|Finance|Economy|Trade|Energy|Oil|Justice|Health|Information)"
    r" Minister|Prime Minister|President|Vice President|Secretary of State|Secretary of [A-Z][a-z]+"
    r"|Minister of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)?|Ambassador|[Ee]nvoy|Gen\.|General"
    r"|Sen\.|Senator|Rep\.|Chancellor|Crown Prince|King|Prince|Sheikh|Emir|Governor|Mayor"
    r"|[Ss]pokes(?:man|woman|person)|Ayatollah|Pastor)"
)
_EN_PERSON: Final = re.compile(
    rf"\b{_EN_TITLE},?\s+(?P<name>{_CAP}(?:\s+{_PARTICLE}?{_CAP}){{1,3}})"
)
_EN_ORG: Final = re.compile(
    r"\b(?P<name>Ministry of (?:the )?[A-Z][a-z]+(?:(?: and| of)? [A-Z][a-z]+){0,3}"
    r"|(?:[A-Z][a-z]+(?:'s|\u2019s)? )?(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Trade"
    r"|Information|Economy) Ministry)"
)
# Navy ship prefixes: the capitalised words after one name a ship ("USS Abraham Lincoln",
# "HMS Queen Elizabeth", "HMAS Canberra"), not the person or the city it is named after.
# Prefixes that are also common abbreviations ("HS", "RSS", "JS") are left out.
_SHIP_PREFIXES: Final = (
    "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "HNLMS", "HDMS", "ROKS", "TCG", "INS", "PNS",
    "BRP", "ESPS", "FGS", "KRI",
)
_EN_SHIP: Final = re.compile(rf"(?:{'|'.join(_SHIP_PREFIXES)}) {_CAP}(?: (?:of (?:the )?)?{_CAP}){{0,4}}")
# First words of every _EN_TITLE alternative, and the word every _EN_ORG match contains, as
# they appear in the normalised copy (lower case). Short ones are prefixes ("gen" for "Gen."
# and "General", "spokes" for "Spokesman").
_EN_PERSON_TITLES: Final = (
    "interior", "foreign", "defence", "defense", "finance", "economy", "trade", "energy", "oil",
    "justice", "health", "information", "prime", "president", "vice", "secretary", "minister",
    "ambassador", "envoy", "gen", "sen", "rep.", "chancellor", "crown", "king", "prince", "sheikh",
    "emir", "governor", "mayor", "spokes", "ayatollah", "pastor",
)

# Anchor group -> the literal keys of that group (in the normalised copy).
ANCHOR_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "ar_person": _AR_PERSON_TITLES,
    "ar_org": ("وزاره",),
    "en_person": _EN_PERSON_TITLES,
    "en_org": ("ministry",),
    # with the space after it, which keeps the ship prefix apart from most word endings
    "en_ship": tuple(f"{prefix.lower()} " for prefix in _SHIP_PREFIXES),
}
# Anchor group -> (start, end, rank) of every occurrence in the normalised copy; rank is the
# key's position in its group.
Anchors = dict[str, list[tuple[int, int, int]]]

_EN_NOT_NAME: Final = frozenset(
    "The This That In On At For And But He She It They We As His Her Its Their Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)


@cache
def _anchor_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    labels: dict[str, list[tuple[str, int]]] = {}
    for group, keys in ANCHOR_KEYS.items():
        for rank, key in enumerate(keys):
            labels.setdefault(key, []).append((group, rank))
    for key, key_labels in labels.items():
        automaton.add_word(key, (len(key), tuple(key_labels)))
    automaton.make_automaton()
    return automaton


def find_anchors(text: str) -> Anchors:
    """Every occurrence of the ``ANCHOR_KEYS`` in a normalised copy (what the matcher also
    collects in its own scan)."""
    anchors: Anchors = {group: [] for group in ANCHOR_KEYS}
    for end, (length, labels) in _anchor_automaton().iter(text):
        for group, rank in labels:
            anchors[group].append((end + 1 - length, end + 1, rank))
    return anchors


def find_unlinked(
    nt: NormalizedText,
    lang: str | None,
    taken: Iterable[tuple[int, int]] = (),
    anchors: Anchors | None = None,
    *,
    taken_in_copy: Sequence[tuple[int, int]] = (),
) -> list[EntityResult]:
    """Unlinked PERSON/ORG results that overlap nothing already known.

    What is known comes as original spans (``taken``) or, cheaper, as spans of the normalised
    copy (``taken_in_copy``: sorted, not overlapping; mapped only where a candidate needs it).
    ``anchors`` come from the matcher's scan of ``nt`` (found here when not given).
    """
    if anchors is None:
        anchors = find_anchors(nt.text)
    occupied: bytearray | None = None  # built on the first candidate: most articles have none
    known_in_copy = _CopySpans(nt, taken_in_copy)
    found: dict[tuple[str, str], EntityResult] = {}

    def overlaps(start: int, end: int) -> bool:
        nonlocal occupied
        if occupied is None:
            occupied = bytearray(len(nt.original) + 1)
            for s, e in taken:
                occupied[s:e] = b"\x01" * (e - s)
        return occupied.find(1, start, end) >= 0 or known_in_copy.overlaps(start, end)

    def report(kind: str, start: int, end: int) -> None:
        surface = nt.original[start:end].strip()
        if not surface or overlaps(start, end):
            return
        key = (kind, " ".join(surface.split()).casefold())
        result = found.get(key)
        if result is None:
            result = found[key] = EntityResult(id=None, name=" ".join(surface.split()), type=kind, linked=False)
        result.mentions.append(Mention(start, end, nt.original[start:end]))

    if lang != "en":
        for m in _ar_person_matches(nt.text, anchors["ar_person"]):
            words = m.group("name").split()
            # Stop at the first word that cannot be part of a name.
            keep: list[str] = []
            for w in words:
                if w in AR_STOPWORDS or (keep and w.startswith("و")) or w in _AR_NOT_NAME_END:
                    break
                keep.append(w)
            if len(keep) < 2 or keep[0].startswith("ال") or keep[0] in _AR_NOT_FIRST_NAME:
                continue
            nstart = m.start("name")
            nend = nstart + len(" ".join(keep))
            report("PERSON", *nt.span(nstart, nend))
        # A ministry name starts at "وزاره" or up to three letters before it (و/ف/ب/ل, ال).
        ar_org_starts = [p for s, _, _ in anchors["ar_org"] for p in range(max(0, s - 3), s + 1)]
        for m in _matches_at(_AR_ORG, nt.text, ar_org_starts):
            report("ORG", *nt.span(m.start("name"), m.end("name")))
    if lang != "ar":
        text = nt.original
        en_person_starts = {nt.start_of(s) for s, _, _ in anchors["en_person"]}
        for m in _matches_at(_EN_PERSON, text, en_person_starts):
            name_words = list(re.finditer(r"\S+", m.group("name")))
            while name_words and name_words[-1].group() in _EN_NOT_NAME:
                name_words.pop()
            if len(name_words) < 2 or name_words[0].group() in _EN_NOT_NAME:
                continue
            start = m.start("name")
            report("PERSON", start, start + name_words[-1].end())
        for m in _matches_at(_EN_ORG, text, _en_org_starts(text, nt, anchors["en_org"])):
            report("ORG", m.start("name"), m.end("name"))
        for start, end in ship_names(nt, anchors):
            report("FAC", start, end)
    return sorted(found.values(), key=lambda r: r.mentions[0].start)


def ship_names(nt: NormalizedText, anchors: Anchors) -> list[tuple[int, int]]:
    """Original spans of the navy ships named in an English text ("USS Gerald R. Ford"),
    from the ship-prefix anchors that start a word; the prefix must be in capitals."""
    text = nt.original
    starts = []
    for nstart, _, _ in anchors["en_ship"]:
        if nstart == 0 or not nt.text[nstart - 1].isalnum():
            starts.append(nt.start_of(nstart))
    return [m.span() for m in _matches_at(_EN_SHIP, text, starts)]


class _CopySpans:
    """Sorted, non-overlapping spans of the normalised copy, tested against original spans.

    The offset map is monotonic, so the original spans are sorted too (starts and ends): a
    binary search finds the first one ending after ``start``, mapping only the spans it visits.
    When the copy is aligned with the original, the spans are original spans already and the
    search is ``bisect`` over their ends.
    """

    __slots__ = ("_nt", "_spans", "_ends", "_aligned_ends")

    def __init__(self, nt: NormalizedText, spans: Sequence[tuple[int, int]]) -> None:
        self._nt = nt
        self._spans = spans
        self._ends: dict[int, int] = {}
        self._aligned_ends: list[int] | None = None

    def _end(self, k: int) -> int:
        end = self._ends.get(k)
        if end is None:
            end = self._ends[k] = self._nt.end_of(self._spans[k][1] - 1)
        return end

    def overlaps(self, start: int, end: int) -> bool:
        if self._nt.aligned:
            ends = self._aligned_ends
            if ends is None:
                ends = self._aligned_ends = [e for _, e in self._spans]
            k = bisect_right(ends, start)
            return k < len(ends) and self._spans[k][0] < end
        lo, hi = 0, len(self._spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._end(mid) > start:
                hi = mid
            else:
                lo = mid + 1
        return lo < len(self._spans) and self._nt.start_of(self._spans[lo][0]) < end


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given every position where a match may start."""
    out: list[re.Match[str]] = []
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


def _en_org_starts(text: str, nt: NormalizedText, ministries: list[tuple[int, int, int]]) -> set[int]:
    """Where an _EN_ORG match may start: at "Ministry", or up to two words before it
    ("Syria's Foreign Ministry"); every position of those words that holds a capital A-Z (what
    each alternative of the pattern starts with) is a candidate."""
    starts: set[int] = set()
    for nstart, _, _ in ministries:
        ministry = nt.start_of(nstart)
        lo = ministry
        for _ in range(2):  # two words back, each ending with one space
            if lo < 2 or text[lo - 1] != " ":
                break
            lo -= 1
            while lo > 0 and not text[lo - 1].isspace() and ministry - lo < 200:
                lo -= 1
        starts.update(p for p in range(lo, ministry + 1) if "A" <= text[p] <= "Z")
    return starts


def _leftmost_first(occurrence: tuple[int, int, int]) -> tuple[int, int]:
    return occurrence[0], occurrence[2]


def _ar_person_matches(text: str, titles: list[tuple[int, int, int]]) -> list[re.Match[str]]:
    """``_AR_PERSON`` matches, tried only at the start of words holding a title word.

    The title words are taken as a regex alternation over the text would find them: leftmost
    first, the first alternative at a position, none overlapping.
    """
    out: list[re.Match[str]] = []
    last_end = -1
    last_title_end = 0
    for start, end, _ in sorted(titles, key=_leftmost_first):
        if start < last_title_end:
            continue
        last_title_end = end
        ws = start
        while ws > 0 and start - ws < 3 and text[ws - 1].isalnum():
            ws -= 1
        if ws < last_end:
            continue
        m = _AR_PERSON.match(text, ws)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out
