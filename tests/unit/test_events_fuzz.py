"""extract_events never raises, whatever the text and the entities."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.events import extract_events
from rasd.model import EntityResult, Mention

WORDS = ["فرضت", "عقوبات", "على", "رفعت", "تعليق", "قانون", "انضمت", "إلى", "لم", "سوف", "وقعت", "اتفاق",
         "imposed", "sanctions", "on", "lifted", "joined", "signed", "agreement", "not", "will", "by", "،", ".",
         "2014", "١٨٠", "يومًا", "\n", "to", "with", "مع"]

text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
)


@st.composite
def article(draw):
    text = draw(text_strategy)
    n = len(text)
    entities = []
    for _ in range(draw(st.integers(0, 6))):
        mentions = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(-5, n + 5))
            end = draw(st.integers(-5, n + 10))
            mentions.append(Mention(start, end, "x"))
        entities.append(EntityResult(
            draw(st.one_of(st.none(), st.text(max_size=5))),
            draw(st.text(max_size=10)),
            draw(st.sampled_from(["GPE", "ORG", "PERSON", "LAW", "FAC", "LOC", "MEDIA", "???"])),
            draw(st.booleans()),
            mentions,
        ))
    return text, entities


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article(), st.sampled_from(["ar", "en", "fr", ""]), st.one_of(st.none(), st.dates()))
def test_extract_events_never_raises(art, lang, published: date | None):
    text, entities = art
    events = extract_events(text, lang, entities, published)
    assert isinstance(events, list)
    for e in events:
        assert 0 <= e.evidence.start <= e.evidence.end <= len(text)
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.actors or e.targets
        if e.sanction is not None and e.type in ("sanctions.lifted", "sanctions.suspended"):
            assert e.sanction["status"] != "active" or e.status not in ("occurred", "historical")
