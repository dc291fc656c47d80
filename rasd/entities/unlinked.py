"""People and organisations that the knowledge base lacks but a title or role introduces.

"وزير الداخلية أنس خطاب", "Interior Minister Anas Khattab", "وزارة الخارجية السورية",
"Ministry of Finance": reported unlinked, with their type. Conservative on purpose: a name is
only taken when a known title stands right before it, it has two to four name-like words, and it
does not overlap anything the matcher already linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasd.entities.titles import AR_STOPWORDS
from rasd.model import EntityResult, Mention
from rasd.text.normalize import NormalizedText

__all__ = ["find_unlinked"]

_W = "[\u0621-\u064a]"
# Arabic, on the normalised copy (ة is ه, alefs are plain).
_AR_PERSON = re.compile(
    rf"(?:(?<![\w])[وف]?(?:ال)?(?:وزير|وزيره)\s+(?:ال{_W}+)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:ال)?(?:رئيس\s+الوزراء|رئيس\s+الحكومه)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:المتحدث|الناطق)\s+باسم\s+(?:ال{_W}+)(?:\s+ال{_W}+ي(?:ه)?)?"
    rf"|(?<![\w])[وف]?(?:الرئيس|السفير|المبعوث|نظيره|نظيريه)(?:\s+ال{_W}+ي(?:ه)?)?(?:\s+ال{_W}+ي)?)"
    rf"\s*[،,]?\s+(?P<name>{_W}{{2,}}\s+{_W}{{2,}}(?:\s+{_W}{{2,}})?)"
)
# Cheap anchors: the full pattern is tried only where one of these words starts.
_AR_ANCHOR = re.compile("وزير|رئيس|المتحدث|الناطق|الرئيس|السفير|المبعوث|نظير")
_AR_ORG = re.compile(rf"(?<![\w])[وفبل]?(?P<name>(?:ال)?وزاره\s+ال{_W}{{3,}}(?:\s+ال{_W}+يه)?)")

_CAP = r"(?:[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.)"
_PARTICLE = r"(?:al-|el-|bin |ibn |van |von |de |da |la )"
_EN_TITLE = (
    r"(?:(?:Interior|Foreign|Defen[cs]e|Finance|Economy|Trade|Energy|Oil|Justice|Health|Information)"
    r" Minister|Prime Minister|President|Vice President|Secretary of State|Secretary of [A-Z][a-z]+"
    r"|Minister of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)?|Ambassador|[Ee]nvoy|Gen\.|General"
    r"|Sen\.|Senator|Rep\.|Chancellor|Crown Prince|King|Prince|Sheikh|Emir|Governor|Mayor"
    r"|[Ss]pokes(?:man|woman|person)|Ayatollah|Pastor)"
)
_EN_PERSON = re.compile(
    rf"\b{_EN_TITLE},?\s+(?P<name>{_CAP}(?:\s+{_PARTICLE}?{_CAP}){{1,3}})"
)
_EN_ORG = re.compile(
    r"\b(?P<name>Ministry of (?:the )?[A-Z][a-z]+(?:(?: and| of)? [A-Z][a-z]+){0,3}"
    r"|(?:[A-Z][a-z]+(?:'s|\u2019s)? )?(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Health|Trade"
    r"|Information|Economy) Ministry)"
)
_EN_NOT_NAME = frozenset(
    "The This That In On At For And But He She It They We As His Her Its Their Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)


def find_unlinked(
    nt: NormalizedText, lang: str, taken: Iterable[tuple[int, int]]
) -> list[EntityResult]:
    """Unlinked PERSON/ORG results; ``taken`` are original spans already linked."""
    occupied = bytearray(len(nt.original) + 1)
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    found: dict[tuple[str, str], EntityResult] = {}

    def overlaps(start: int, end: int) -> bool:
        return any(occupied[start:end])

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
        for m in _ar_person_matches(nt.text):
            words = m.group("name").split()
            # Stop at the first word that cannot be part of a name.
            keep: list[str] = []
            for w in words:
                if w in AR_STOPWORDS or (keep and w.startswith("و")):
                    break
                keep.append(w)
            if len(keep) < 2 or keep[0].startswith("ال"):
                continue
            nstart = m.start("name")
            nend = nstart + len(" ".join(keep))
            report("PERSON", *nt.span(nstart, nend))
        for m in _AR_ORG.finditer(nt.text):
            report("ORG", *nt.span(m.start("name"), m.end("name")))
    if lang != "ar":
        text = nt.original
        for m in _EN_PERSON.finditer(text):
            words = list(re.finditer(r"\S+", m.group("name")))
            while words and words[-1].group() in _EN_NOT_NAME:
                words.pop()
            if len(words) < 2 or words[0].group() in _EN_NOT_NAME:
                continue
            start = m.start("name")
            report("PERSON", start, start + words[-1].end())
        for m in _EN_ORG.finditer(text):
            report("ORG", m.start("name"), m.end("name"))
    return sorted(found.values(), key=lambda r: r.mentions[0].start)


def _ar_person_matches(text: str) -> list[re.Match[str]]:
    """``_AR_PERSON`` matches, tried only at the start of words holding an anchor."""
    out: list[re.Match[str]] = []
    last_end = -1
    for anchor in _AR_ANCHOR.finditer(text):
        start = anchor.start()
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
