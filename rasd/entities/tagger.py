"""Entity tagging: matcher hits -> linked entities (with disambiguation and offices) + unlinked.

Rules, in the order they are applied:

1. Among boundary-checked hits the longest wins and none overlap; a country's demonym inside
   an office title ("الرئيس السوري") is kept as well, so the title links the holder and the
   demonym links the state.
2. A plain alias links on its own. An ambiguous alias ("الشرع", "التحالف", "Assad") links only
   when the article supports it: another, unambiguous mention of the same entity, or (for a
   person) a title right before it.
3. A demonym links its state.
4. An office title links whoever held the office on the article's date (today without one),
   unless "former"/"السابق" qualifies it or another known person is named right after it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from rasd.entities.matcher import AliasEntry, EntryKinds, Hit, get_matcher
from rasd.entities.titles import FORMER_WORDS, is_title
from rasd.entities.unlinked import find_unlinked
from rasd.kb.model import KnowledgeBase
from rasd.model import EntityResult, Mention
from rasd.text.normalize import NormalizedText, normalize

__all__ = ["tag_entities"]

_WORD = re.compile(r"[\w.']+")


def _pick_longest(hits: list[Hit], size: int) -> list[Hit]:
    chosen: list[Hit] = []
    taken = bytearray(size)  # one flag per character of the normalised copy
    # Longest first, then leftmost; the index keeps the sort on plain ints.
    order = sorted((h.nstart - h.nend, h.nstart, i) for i, h in enumerate(hits))
    for _, nstart, i in order:
        hit = hits[i]
        if taken.find(1, nstart, hit.nend) >= 0:
            continue
        chosen.append(hit)
        taken[nstart : hit.nend] = b"\x01" * (hit.nend - nstart)
    return chosen


def _words_before(text: str, nstart: int, count: int = 3) -> list[str]:
    # Skip back over an Arabic clitic glued to the hit (لـ، و…) to the previous word.
    i = nstart
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return _WORD.findall(text[max(0, i - 60) : i])[-count:]


def _word_after(text: str, nend: int) -> str:
    m = _WORD.match(text, nend + 1) if nend < len(text) and text[nend] == " " else None
    return m.group() if m else ""


def tag_entities(
    text: str,
    kb: KnowledgeBase,
    *,
    published: date | None = None,
    lang: str = "ar",
    nt: NormalizedText | None = None,
    unlinked: bool = True,
) -> list[EntityResult]:
    """Entities of ``text``: one result per KB entity with all its mentions, plus unlinked ones,
    sorted by first mention. Offsets are into ``text`` as given."""
    if not text:
        return []
    nt = nt or normalize(text)
    matcher = get_matcher(kb)
    all_hits, anchors = matcher.scan(nt)
    chosen = _pick_longest(all_hits, len(nt.text))
    day = published or datetime.now(tz=UTC).date()
    ntext = nt.text

    # entity id -> list of (nstart, nend); "firm" says whether an unambiguous mention exists.
    mentions: dict[str, list[tuple[int, int]]] = {}
    firm: set[str] = set()
    pending: list[tuple[Hit, list[AliasEntry]]] = []

    def link(entity_id: str, hit_span: tuple[int, int], is_firm: bool = True) -> None:
        if entity_id not in kb.entities:
            return
        mentions.setdefault(entity_id, []).append(hit_span)
        if is_firm:
            firm.add(entity_id)

    person_hits = {h.nstart: h for h in chosen}
    for hit in chosen:
        span = (hit.nstart, hit.nend)
        kinds = _kinds(hit)
        if len(kinds.name_targets) == 1:
            link(kinds.names[0].target, span)
        elif kinds.name_targets or kinds.ambiguous:
            pending.append((hit, kinds.names + kinds.ambiguous))
        elif kinds.demonym_targets:
            for target in kinds.demonym_targets:
                link(target, span)
        elif kinds.offices:
            _link_office(hit, kinds.offices, kb, day, ntext, person_hits, all_hits, link)

    # Ambiguous hits resolve once every firm mention of the article is known.
    for hit, candidates in pending:
        supported = [e.target for e in candidates if e.target in firm]
        if not supported:
            before = _words_before(ntext, hit.nstart)
            supported = [
                e.target for e in candidates
                if kb.entities.get(e.target) is not None
                and kb.entities[e.target].type == "PERSON"
                and is_title(before)
            ]
        if len(set(supported)) == 1:
            link(supported[0], (hit.nstart, hit.nend), is_firm=False)

    results: list[EntityResult] = []
    for entity_id, spans in mentions.items():
        entity = kb.entities[entity_id]
        result = EntityResult(
            id=entity.id,
            name=entity.name_en,
            type=entity.type,
            linked=True,
            name_ar=entity.name_ar,
            sanctioned=entity.sanctioned,
            sanction_lists=tuple(entity.sanction_lists),
        )
        seen: set[tuple[int, int]] = set()
        for nstart, nend in sorted(spans):
            start, end = nt.span(nstart, nend)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            result.mentions.append(Mention(start, end, text[start:end]))
        results.append(result)
    if unlinked:
        # Unlinked names must not overlap anything the KB knows, linked or not.
        # A demonym may sit inside an unlinked name ("وزارة الخارجية السورية").
        known = [nt.span(h.nstart, h.nend) for h in chosen if _kinds(h).known]
        results.extend(find_unlinked(nt, lang, known, anchors))
    results.sort(key=lambda r: (r.mentions[0].start, -r.mentions[0].end))
    return results


def _kinds(hit: Hit) -> EntryKinds:
    return hit.kinds if hit.kinds is not None else EntryKinds(hit.entries)


def _link_office(hit, offices, kb, day, ntext, person_hits, all_hits, link) -> None:  # type: ignore[no-untyped-def]
    """Link an office title to its holder on ``day`` and to its country (through a demonym)."""
    before = _words_before(ntext, hit.nstart, 1)
    after = _word_after(ntext, hit.nend)
    former = after in FORMER_WORDS or (before and before[-1] in FORMER_WORDS)
    named_next = person_hits.get(hit.nend + 1) or person_hits.get(hit.nend + 2)
    for entry in offices:
        office = kb.offices.get(entry.target)
        if office is None:
            continue
        holders = kb.holders(office.id, day)
        if not former and len(holders) == 1:
            holder = holders[0]
            named = {e.target for e in named_next.entries if e.kind == "name"} if named_next else set()
            named_people = {t for t in named if t in kb.entities and kb.entities[t].type == "PERSON"}
            if not named_people or holder.id in named_people:
                link(holder.id, (hit.nstart, hit.nend))
        if office.country:
            # The country's own word inside the title ("السوري" in "الرئيس السوري").
            for inner in all_hits:
                if hit.nstart <= inner.nstart and inner.nend <= hit.nend and inner is not hit:
                    if any(e.target == office.country and e.kind in ("demonym", "name") for e in inner.entries):
                        link(office.country, (inner.nstart, inner.nend))
                        break
