"""The feed hot path's shortcuts give exactly what the general code gives.

Each shortcut (simple-markup HTML, space collapsing, RFC 822 dates, ElementTree without
defusedxml, absolute links without urljoin) is checked against the general code on generated
input, and ids and content hashes are pinned: a change there would republish every stored
article as a new revision.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urljoin

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from rasd.feeds import FeedContext, article_id, canonical_url, content_hash, detect_lang, parse_feed
from rasd.feeds.fastparse import _rfc822, fast_parse
from rasd.feeds.html_text import _collapse_spaces, _parsed_text, _simple_markup_text, html_to_text
from rasd.feeds.records import build_articles, iso_utc
from rasd.feeds.urls import _is_tracking, _kept_query

FETCHED = datetime(2025, 11, 12, 20, 0, tzinfo=UTC)

# Pieces that exercise what html.parser does differently from a naive tag regex.
HTML_PIECES = [
    "<p>", "</p>", "<P>", "</P >", "<br>", "<br/>", "<BR />", "<div class=\"a\">", "</div>",
    "<b>", "</b>", "<i>", "<a href=x/>", "<a href='u?a=1&amp;b=2'>", "<a title=\"x>y\">", "</a>",
    "<p class=a id=b>", "<p\u00a0class=x>", "<p\vx>", "<my-el>", "</my-el>", "<p/x>",
    "<a b=\"x\"c=\"y\">", "</p title=\">\">", "<script>", "</script>", "<style>", "</style>",
    "<noscript>", "</noscript>", "<svg>", "</svg>", "<!-- note -->", "<![CDATA[c]]>", "<?pi?>",
    "<!DOCTYPE html>", "<", ">", "</", "<p", "&amp;", "&nbsp;", "&#8211;", "&#0;", "&am",
    "&amp", "&#x41;", "&unknown;", "\x00", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u200b",
    "\u2003", "\r\n", "word", "كلمة", "Ünïcode", "a<b", "1 < 2",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=14))
@example(["word", "<p\u00a0class=x>", "word"])  # not a "p" tag to html.parser
@example(["word", "<p\vx>", "word"])
@example(["a", "</p title=\">\">", "b"])  # the end tag ends at the first ">"
@example(["<p>", "&am", "<b>", "p;", "</p>"])  # entities never span tags
@example(["<script>", "<p>", "x", "</script>", "y"])
def test_simple_markup_shortcut_reads_html_like_the_parser(pieces):
    html = "".join(pieces)
    assert _simple_markup_text(html) in (None, _parsed_text(html))  # declines or agrees


def test_simple_markup_shortcut_on_a_typical_summary():
    html = ("<p>BRUSSELS (Wire) - Ministers agreed to <b>extend</b> sanctions &amp; "
            "controls.</p>\n<p>The  measures\ttarget <a href=\"http://x/?a=1&amp;b=2\">banks</a>.</p>")
    assert _simple_markup_text(html) is not None, "the shortcut takes typical summaries"
    assert html_to_text(html) == _parsed_text(html) == (
        "BRUSSELS (Wire) - Ministers agreed to extend sanctions & controls.\n\n"
        "The measures target banks."
    )


@given(st.text(alphabet=" \t\r\n\f\v\u00a0\u200b\u2003\x1cab", max_size=16))
def test_space_collapsing_shortcut_matches_the_regex(text):
    assert _collapse_spaces(text) == re.sub(r"[ \t\r\n\f\v\u00a0\u200b]+", " ", text)


def test_content_hash_and_article_id_are_stable_across_releases():
    # Values from the release before the hot-path work; a different value would make
    # every stored story look edited (new revision) or new (new id).
    assert content_hash(
        "Syria joins the coalition",
        "  Damascus\u00a0(Wire) -\tSyria joined.\n\nMore ",
        "انضمت سوريا رسميًا إلى التحالف الدولي",
    ) == "2db84386b03d47a456ddbf91482cac4e5e8652fec97b822f127a1aa06e5a3384"
    link = "HTTP://News.Example.com:80/world/story-1?utm_source=rss&b=2&a=1#top"
    assert article_id(canonical_url(link, base="http://news.example.com/rss")) == (
        "a_26e862049d9fc5256bd5446f"
    )


@given(st.text(alphabet=" \t\n\u00a0\u2003\u200bAaé\u0301", max_size=12))
def test_content_hash_collapses_whitespace_as_described(noise):
    reference = " ".join(re.sub(r"\s+", " ", noise).split())
    assert content_hash(noise, "", "") == content_hash(reference, "", "")


URL_PIECES = [
    "http://", "https://", "HTTP://", "//", "/", "./", "../", "x.example", "X.Example.", "bücher.de",
    "[::1]", "[fe80::1%25Eth0]", "[oops", ":80", ":443", ":8080", ":99999", ":x", "a", "b;p",
    ";", "?", "utm_source=rss", "&", "q=1", "=", "#frag", "%7E", "+", " ", "\t", "mailto:",
    "ftp://", "http:", "..", "a..b", "user@",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(URL_PIECES), max_size=8),
       st.sampled_from(["http://feed.example/dir/rss", "https://feed.example/", "http://[::1]/f"]))
def test_absolute_links_skip_the_join_without_changing_the_url(pieces, base):
    link = "".join(pieces)
    try:
        joined = urljoin(base, link.strip()) if link.strip() else None  # empty: no URL
    except ValueError:
        joined = None  # malformed: no URL either way
    assume(joined is None or joined == joined.strip())  # canonical_url strips its input
    assert canonical_url(link, base=base) == (canonical_url(joined) if joined else None)


QUERY_PIECES = ["utm_source=rss", "utm_medium", "UTM_Campaign=x", "fbclid=1", "id=7", "a=1", "&",
                "=", "%75tm_source=x", "utm+source=y", "b=%7E", "+", "ref", ";", "q=a=b"]


@given(st.lists(st.sampled_from(QUERY_PIECES), max_size=6))
def test_tracking_only_query_shortcut_matches_the_parser(pieces):
    query = "".join(pieces)
    kept = urlencode(sorted(
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)
    ))
    assert _kept_query(query) == kept


def test_a_malformed_link_costs_its_entry_the_link_not_the_feed_its_entries():
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b'<item><title>Bad link</title><link>http://[oops/story</link>'
            b'<guid isPermaLink="false">g-1</guid></item>'
            b'<item><title>No guid either</title><link>http://[oops/2</link></item>'
            b'<item><title>Good</title><link>http://example.com/a</link></item></channel></rss>')
    context = FeedContext(feed_id="f_1", url="http://example.com/rss", source="S")
    records, skipped = build_articles(parse_feed(body, url=context.url).entries, context, FETCHED)
    assert [r["title"] for r in records] == ["Bad link", "Good"]
    assert skipped == ["entry has neither a link nor a guid"]


DAY = st.sampled_from(["", "Tue, ", "Mon, ", "Foo, ", "tue, "])
ZONE = st.sampled_from(["GMT", "UT", "UTC", "Z", "+0000", "-0000", "+0530", "-0800", "+2400",
                        "-2359", "+0099", "EST", "gmt", "+05"])


@settings(max_examples=300, deadline=None)
@given(DAY, st.integers(0, 40), st.sampled_from(["Nov", "Feb", "nov", "Sept"]),
       st.sampled_from([2025, 2024, 1999, 99, 1]), st.integers(0, 25), st.integers(0, 61),
       st.sampled_from(["", ":00", ":59", ":60", ":7"]), ZONE)
def test_rfc822_dates_read_as_email_utils_reads_them(day, dd, month, year, hh, mm, ss, zone):
    value = f"{day}{dd} {month} {year} {hh:02d}:{mm:02d}{ss} {zone}"

    def utc(read):
        try:
            moment = read(value)
        except (TypeError, ValueError, IndexError):
            return "error"
        return moment.astimezone(UTC).timetuple() if moment.tzinfo else "no zone"

    assert utc(_rfc822) == utc(parsedate_to_datetime)


def test_fast_parser_never_reads_a_document_with_declarations():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;">]>'
              b'<rss version="2.0"><channel><title>&b;</title></channel></rss>')
    assert fast_parse(laughs) is None
    assert fast_parse(laughs.replace(b"<!DOCTYPE rss [", b"<!ENTITY c 'x'>")
                      .replace(b"]>", b"", 1)) is None
    assert fast_parse(laughs.decode().replace("<?xml version=\"1.0\"?>", "").encode("utf-16")) is None
    plain = b'<rss version="2.0"><channel><!-- c --><title><![CDATA[A & B]]></title></channel></rss>'
    assert fast_parse(plain)["title"] == "A & B"


def test_language_is_decided_on_the_start_of_a_long_article():
    arabic = "أعلنت وزارة الخارجية انضمام سوريا رسميًا إلى التحالف الدولي ضد داعش. " * 80
    assert detect_lang(arabic + "The rest of the page is in English, said the editor. " * 4000) == "ar"


def test_iso_utc_is_whole_seconds_in_utc():
    moment = datetime(2025, 11, 12, 23, 30, 5, 999_999, tzinfo=UTC)
    assert iso_utc(moment) == "2025-11-12T23:30:05Z"
    assert iso_utc(moment.astimezone(timezone(timedelta(hours=3)))) == "2025-11-12T23:30:05Z"


def test_out_of_range_parsed_dates_are_normalised_as_before():
    context = FeedContext(feed_id="f_1", url="http://example.com/rss", source="S")
    entry = {"link": "http://example.com/a", "title": "T",
             "published_parsed": time.struct_time((2025, 2, 30, 25, 0, 0, 0, 0, 0))}
    records, _ = build_articles([entry], context, FETCHED)
    assert records[0]["published"] == "2025-03-03T01:00:00Z"  # what calendar.timegm makes of it
