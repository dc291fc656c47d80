"""Properties of the core under hostile text, with the real knowledge base and real feeds.

These extend the narrower property tests next to each module (test_matcher, test_text,
test_events_fuzz, test_feed_parse): here the whole analyzer runs with the default KB on
text that mixes real Arabic and English names with HTML entities, bidi controls,
zero-width characters, tashkeel and tatweel; the feed parser gets structural mutations of
every sample and real feed and must still emit schema-valid records; the event extractor
gets arbitrary Unicode together with the entities the tagger really finds in it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schemas
from rasd.analyze import analyze, tag_article
from rasd.entities import tag_entities
from rasd.events import extract_events
from rasd.feeds import FeedContext, feed_id, parse_feed
from rasd.feeds.records import build_articles
from rasd.kb.loader import default_kb

REPO = Path(__file__).resolve().parents[2]
SHARED_FEEDS = REPO / ".." / "shared" / "feeds"
SAMPLES = REPO / "rasd" / "samples" / "feeds"
FIXTURES = REPO / "tests" / "fixtures" / "feeds"
PUBLISHED = date(2025, 11, 11)
FETCHED = datetime(2025, 11, 12, 20, 0, tzinfo=UTC)

# Characters that change nothing a reader sees but everything an offset counts.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", "\u202b", "\u202c", "\u2067",
             "\u2069", "\u061c", "\u00ad"]
DECORATION = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"]  # tashkeel, tatweel
ENTITIES = ["&amp;", "&nbsp;", "&#1587;", "&#x633;", "&quot;", "&lt;b&gt;", "&rlm;", "&bogus;"]
GLUE = [" ", " ", "، ", ". ", "\n", "\u00a0", "(", ")", "«", "»", "'s ", "-", "و", "ب", "لل", "وال"]
PLAIN = ["فرضت عقوبات على", "رفعت العقوبات عن", "انضمت إلى", "imposed sanctions on", "lifted sanctions on",
         "joined", "the US Treasury", "وزارة الخزانة الأمريكية", "الرئيس الأمريكي", "Secretary of State",
         "وزير الداخلية", "President", "Syria's", "al-Sharaa", "Al Sharaa", "U.S.", "١٨٠ يومًا"]


@cache
def kb_names() -> tuple[str, ...]:
    """A sample of real KB names in both scripts (stable order, so examples replay)."""
    kb = default_kb()
    names = []
    for entity in sorted(kb.entities.values(), key=lambda e: e.id)[::7]:
        names.append(entity.name_en)
        if entity.name_ar:
            names.append(entity.name_ar)
    return tuple(names)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(
        st.one_of(
            st.sampled_from(kb_names()), st.sampled_from(PLAIN), st.sampled_from(GLUE),
            st.sampled_from(ENTITIES), st.sampled_from(INVISIBLE), st.sampled_from(DECORATION),
        ),
        max_size=40,
    ))
    text = "".join(pieces)
    # Invisible characters inside a name, not only between words.
    if text and draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(INVISIBLE + DECORATION)) + text[at:]
    return text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text(), st.sampled_from(["ar", "en", None]))
def test_every_mention_slices_its_text_out_of_the_original(text, lang):
    record = dict(schemas.example("article"), text=text, lang=lang or "und")
    tagged = tag_article(record, kb=default_kb())
    assert tagged["article"]["text"] == text, "the analysed text is the text as published"
    for entity in tagged["entities"]:
        assert entity["mentions"], entity
        for mention in entity["mentions"]:
            assert 0 <= mention["start"] < mention["end"] <= len(text)
            assert text[mention["start"]:mention["end"]] == mention["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text())
def test_analysis_evidence_slices_the_original_too(text):
    result = analyze(text, published=PUBLISHED, kb=default_kb())
    for event in result.events:
        span = event.evidence
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from(["ar", "en", "fr", ""]), st.one_of(st.none(), st.dates()))
def test_event_extractor_never_raises_on_arbitrary_unicode_with_real_entities(text, lang, published):
    # The entities are what the tagger really finds in this text, so roles get exercised.
    entities = tag_entities(text, default_kb(), published=published, lang=lang if lang in ("ar", "en") else None)
    for event in extract_events(text, lang, entities, published):
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text


# Pieces of news sentences: triggers, parties and the dates, negations, futures and clause
# openers the status rules read, in both languages; joined at random into one text.
_NEWS_PIECES = [
    "فرضت الولايات المتحدة عقوبات على إيران", "وقعت مصر والسودان اتفاقا", "رفع الاتحاد الأوروبي الحظر",
    "في 18 تشرين الثاني/نوفمبر", "تشرين الثاني", "في آذار", "18 آذار (مارس)", "كانون الأول 2024",
    "حتى 31 يوليو 2025", "عام 2020", "، وإن", "حتى الآن", "الخميس", "لم", "سوف", "كان", "قد",
    "لسنة 2007", "بما فيه", "وتجميد الأصول", "غير أن", "على", "وتصنفها واشنطن", "سنوقع",
    "The EU imposed sanctions on Iran", "Indonesia to join BRICS", "on October 22", "in September",
    "until September 2025", "On November 10,", "will", "whether", "its troops would remain",
    "listed", "a military base", "the Ankara Declaration", "said", "December 26, 2024", "May",
    ",", "and", "not", "1 February",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NEWS_PIECES), min_size=1, max_size=14), st.sampled_from(["ar", "en"]),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_event_extractor_never_raises_on_news_like_pieces(pieces, lang, published):
    # The inner extractor: ``extract_events`` would log an exception and give no events, which
    # hides exactly what this test is for (two dates of one month, one with its day, once did).
    from rasd.events.extractor import extract

    text = " ".join(pieces) + "."
    entities = tag_entities(text, default_kb(), published=published, lang=lang)
    for event in extract(text, lang, entities, published):
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text


# -- the feed parser on mutated real feeds -------------------------------------------------


def feed_files() -> list[Path]:
    files = [*sorted(SAMPLES.glob("*.rss")), *sorted(SAMPLES.glob("*.atom")),
             FIXTURES / "rss091.xml", FIXTURES / "rdf10.xml", FIXTURES / "malformed.xml"]
    if SHARED_FEEDS.is_dir():
        files += sorted(p for p in SHARED_FEEDS.iterdir() if p.suffix in (".xml", ".rss"))
    return files


def test_real_feed_files_are_present():
    if not SHARED_FEEDS.is_dir():
        pytest.skip(f"real feed files absent ({SHARED_FEEDS}): mutations run on the samples only")
    assert len(feed_files()) > 8


SPLICES = [b"<!DOCTYPE rss [<!ENTITY a \"&#38;a;\">]>", b"<![CDATA[", b"]]>", b"</item>", b"<item>",
           b"&#0;", b"&#xD800;", b"\xef\xbb\xbf", b"<?xml version='1.0' encoding='windows-1256'?>",
           b"<?xml version=\"1.0\" encoding=\"bogus-42\"?>", b"\xd9", b"\x00\x00", b"<script>x</script>"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parser_gives_schema_valid_records_on_structurally_mutated_feeds(data):
    path = data.draw(st.sampled_from(feed_files()))
    body = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["splice", "duplicate", "swap", "truncate"]))
        at = data.draw(st.integers(0, len(body)))
        if op == "splice":
            body[at:at] = data.draw(st.sampled_from(SPLICES))
        elif op == "duplicate":  # a repeated chunk: duplicated items, doubled tags
            body[at:at] = body[at:at + data.draw(st.integers(1, 2000))]
        elif op == "swap" and body:
            other = data.draw(st.integers(0, len(body) - 1))
            size = data.draw(st.integers(1, 300))
            a, b = sorted((at, other))
            if a + size <= b:
                body[a:a + size], body[b:b + size] = body[b:b + size], body[a:a + size]
        else:
            del body[at:]
    url = "http://feed.example/rss"
    parsed = parse_feed(bytes(body), url=url)
    context = FeedContext(feed_id=feed_id(url), url=url, source="Test")
    records, _ = build_articles(parsed.entries, context, FETCHED)
    for record in records:
        schemas.validate("article", record)


@pytest.mark.parametrize("ref", [b"&#xD800;", b"&#xdfff;", b"&#0;", b"&#x110000;", b"&#99999999999999999999999;"])
@pytest.mark.parametrize("well_formed", [True, False])
def test_references_to_invalid_characters_cost_one_character_not_the_feed(ref, well_formed):
    # Found by the property above: feedparser's loose parser raised on these (the poller
    # then left the feed without a health status and polled it again every second).
    tail = b"</channel></rss>" if well_formed else b"</channel></rss"
    body = (b'<rss version="2.0"><channel><title>t</title><item><title>a ' + ref
            + b" b</title><link>http://x.example/1</link></item>" + tail)
    parsed = parse_feed(body, url="http://x.example/rss")
    assert [e["title"] for e in parsed.entries] == ["a \ufffd b"]
    assert any("U+FFFD" in w for w in parsed.warnings)


@pytest.mark.parametrize("body", [
    b'<rss version="2.0"><channel><title>t</title><item><link</item</link>',
    b'<rss version="2.0"><channel<item<link</item</link></channel></rss>',
])
def test_tags_cut_inside_other_tags_make_an_unparseable_feed_not_a_crash(body):
    # Found by the property above: feedparser's loose parser raised KeyError('links') on a
    # <link> tag left open inside an item, and the poll would have crashed.
    parsed = parse_feed(body, url="http://x.example/rss")
    assert parsed.entries == [] and parsed.bozo
    assert any(w.startswith("unparseable feed: KeyError") for w in parsed.warnings)
