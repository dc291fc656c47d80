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
from operator import itemgetter

from rasd.entities.matcher import AliasEntry, EntryKinds, Hit, get_matcher
from rasd.entities.titles import FORMER_WORDS, is_title
from rasd.entities.unlinked import find_unlinked
from rasd.kb.model import KnowledgeBase
from rasd.model import EntityResult, Mention
from rasd.text.normalize import NormalizedText, normalize

__all__ = ["tag_entities"]

_WORD = re.compile(r"[\w.']+")
_NSTART = itemgetter(0)  # of a Hit


def _pick_longest(hits: list[Hit]) -> list[Hit]:
    """The longest hits (then the leftmost) that overlap no longer one.

    Hits that overlap nothing (most of them) are taken as they come; only a cluster of
    overlapping hits is sorted, longest first, and resolved on its own, which gives what the
    same rule applied to all hits at once gives.
    """
    chosen: list[Hit] = []
    cluster: list[Hit] = []
    cluster_end = -1
    for hit in sorted(hits, key=_NSTART):
        if hit.nstart >= cluster_end:
            if len(cluster) == 1:
                chosen.append(cluster[0])
            elif cluster:
                _resolve(cluster, chosen)
            cluster = [hit]
            cluster_end = hit.nend
        else:
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.nend)
    if len(cluster) == 1:
        chosen.append(cluster[0])
    elif cluster:
        _resolve(cluster, chosen)
    return chosen


def _resolve(cluster: list[Hit], chosen: list[Hit]) -> None:
    if len(cluster) == 2:  # the usual cluster: the longer one, or the first of equals
        a, b = cluster
        chosen.append(b if b.nend - b.nstart > a.nend - a.nstart else a)
        return
    kept: list[Hit] = []
    # Longest first, then leftmost (no two hits share a span, so the index never decides).
    for _, _, i in sorted([(h.nstart - h.nend, h.nstart, i) for i, h in enumerate(cluster)]):
        hit = cluster[i]
        for k in kept:
            if hit.nstart < k.nend and k.nstart < hit.nend:
                break
        else:
            kept.append(hit)
    chosen.extend(kept)


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
    chosen = _pick_longest(all_hits)
    day = published or datetime.now(tz=UTC).date()
    ntext = nt.text
    aligned = nt.aligned

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
    entities = kb.entities
    for hit in chosen:
        span = (hit.nstart, hit.nend)
        kinds = hit.kinds or EntryKinds(hit.entries)
        if kinds.single_target is not None:
            # The common case, inlined: one plain name.
            target = kinds.single_target
            if target in entities:
                spans = mentions.get(target)
                if spans is None:
                    mentions[target] = [span]
                else:
                    spans.append(span)
                firm.add(target)
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
        found: list[Mention] = []
        if len(spans) == 1:
            start, end = spans[0] if aligned else nt.span(*spans[0])
            found.append(Mention(start, end, text[start:end]))
        else:
            seen: set[tuple[int, int]] = set()
            spans.sort()
            for nspan in spans:
                # Two spans of the copy may map to one span of the original (expanded letters).
                span = nspan if aligned else nt.span(*nspan)
                if span in seen:
                    continue
                seen.add(span)
                found.append(Mention(span[0], span[1], text[span[0] : span[1]]))
        results.append(
            EntityResult(
                entity.id, entity.name_en, entity.type, True, found,
                entity.name_ar, entity.sanctioned, tuple(entity.sanction_lists),
            )
        )
    if unlinked and any(anchors.values()):  # no anchor, no unlinked name
        # Unlinked names must not overlap anything the KB knows, linked or not.
        # A demonym may sit inside an unlinked name ("وزارة الخارجية السورية").
        known = [(h.nstart, h.nend) for h in chosen if (h.kinds or EntryKinds(h.entries)).known]
        known.sort()
        results.extend(find_unlinked(nt, lang, (), anchors, taken_in_copy=known))
    results.sort(key=lambda r: (r.mentions[0].start, -r.mentions[0].end))
    return results


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
