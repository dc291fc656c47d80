"""The dashboard's data window and JSON routes (no browser; see tests/browser for the page)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from agents.web.dashboard import (
    HOURS,
    STATIC_DIR,
    AlertQuery,
    MemoryDashboardData,
    add_dashboard_routes,
)
from rasd.errors import InputError, MessageError

NOW = datetime(2025, 11, 11, 12, 30, tzinfo=UTC)


def make_alert(alert_id: str, *, revision: int = 1, severity: str = "high", type_: str = "sanctions.lifted",
               lang: str = "ar", at: datetime = NOW, actors=None, targets=None, sources=None) -> dict:
    return {
        "schema_version": 1,
        "id": alert_id,
        "revision": revision,
        "kind": "event",
        "subscription_id": "syria-watch",
        "severity": severity,
        "summary": {"en": f"alert {alert_id} r{revision}", "ar": "تنبيه"},
        "lang": lang,
        "event": {
            "type": type_, "status": "occurred",
            "actors": actors if actors is not None else [{"id": "Q30", "name": "United States"}],
            "targets": targets if targets is not None else [{"id": "Q_SHARAA", "name": "Ahmed al-Sharaa"}],
            "evidence": {"start": 0, "end": 10, "text": "رفعت واشنطن"},
            "cameo": "085", "plover": "RETREAT", "confidence": 0.9,
        },
        "sources": sources if sources is not None else [
            {"article_id": f"a_{alert_id}_{revision}", "url": f"https://news.example.org/{alert_id}/{revision}",
             "source": "Example Wire", "lang": lang},
        ],
        "created_at": at.isoformat().replace("+00:00", "Z"),
        "updated_at": at.isoformat().replace("+00:00", "Z"),
    }


@pytest.fixture
def data() -> MemoryDashboardData:
    return MemoryDashboardData(clock=lambda: NOW)


# -- alerts ---------------------------------------------------------------------------------


def test_alerts_are_listed_newest_first_with_their_latest_revision(data):
    data.record_alert(make_alert("a1", at=NOW - timedelta(hours=2)))
    data.record_alert(make_alert("a2", at=NOW - timedelta(hours=1)))
    data.record_alert(make_alert("a1", revision=2, at=NOW))

    listed = data.list_alerts(AlertQuery())

    assert [(a["id"], a["revision"]) for a in listed] == [("a1", 2), ("a2", 1)]


def test_a_redelivered_revision_replaces_its_copy_and_a_late_old_one_does_not_win(data):
    data.record_alert(make_alert("a1", revision=2))
    data.record_alert(make_alert("a1", revision=1, at=NOW + timedelta(minutes=5)))  # late, older
    data.record_alert(make_alert("a1", revision=2))  # redelivered

    detail = data.get_alert("a1")

    assert detail["alert"]["revision"] == 2
    assert [r["revision"] for r in detail["revisions"]] == [2, 1]


def test_alert_detail_merges_the_sources_of_every_revision_and_gives_its_codes(data):
    data.record_alert(make_alert("a1"))
    data.record_alert(make_alert("a1", revision=2, sources=[
        {"article_id": "a_a1_1", "url": "https://news.example.org/a1/1", "source": "Example Wire", "lang": "ar"},
        {"article_id": "a_other", "url": "https://other.example.com/x", "source": "Other", "lang": "en"},
    ]))

    detail = data.get_alert("a1")

    assert sorted(s["article_id"] for s in detail["sources"]) == ["a_a1_1", "a_other"]
    assert detail["codes"] == {"cameo": "085", "plover": "RETREAT"}
    assert data.get_alert("nope") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (AlertQuery(type="alliance.joined"), ["join"]),
        (AlertQuery(severity="high"), ["crit", "lift"]),
        (AlertQuery(lang="en"), ["join"]),
        (AlertQuery(entity="Q858"), ["join"]),
        (AlertQuery(entity="ahmed AL-sharaa"), ["crit", "lift"]),  # names compare case-blind
        (AlertQuery(entity="سوريا"), ["join"]),  # the Arabic name of a mentioned entity
        (AlertQuery(limit=1), ["crit"]),
    ],
)
def test_alert_filters(data, query, expected):
    data.record_alert(make_alert("lift", severity="high", at=NOW - timedelta(hours=3)))
    joined = make_alert("join", severity="medium", type_="alliance.joined", lang="en",
                        at=NOW - timedelta(hours=2), actors=[{"id": "Q858", "name": "Syria"}], targets=[])
    joined["entities"] = [{"id": "Q858", "name": "Syria", "name_ar": "سوريا", "type": "GPE",
                           "linked": True, "mentions": []}]
    data.record_alert(joined)
    data.record_alert(make_alert("crit", severity="critical", at=NOW - timedelta(hours=1)))

    assert [a["id"] for a in data.list_alerts(query)] == expected


def test_a_story_that_alerted_several_subscribers_is_listed_once(data):
    for sub, minutes in (("s1", 0), ("s2", 1)):
        alert = make_alert(f"{sub}-story", at=NOW + timedelta(minutes=minutes))
        alert["subscription_id"], alert["cluster_id"] = sub, "c_story"
        data.record_alert(alert)

    assert [a["id"] for a in data.list_alerts(AlertQuery())] == ["s2-story"]
    assert [a["id"] for a in data.list_alerts(AlertQuery(subscription="s1"))] == ["s1-story"]
    assert AlertQuery.from_params({"subscription": "s1"}).subscription == "s1"
    assert [a["id"] for a in data.get_entity("Q_SHARAA")["recent_alerts"]] == ["s2-story"]


def test_only_the_newest_alerts_are_kept(data):
    small = MemoryDashboardData(max_alerts=3, clock=lambda: NOW)
    for i in range(5):
        small.record_alert(make_alert(f"a{i}", at=NOW + timedelta(minutes=i)))

    assert [a["id"] for a in small.list_alerts(AlertQuery())] == ["a4", "a3", "a2"]
    assert small.get_alert("a0") is None


def _sources(count: int, story: str) -> list[dict]:
    return [{"article_id": f"{story}-{n}", "url": f"https://news.example.org/{story}/{n}", "source": f"Outlet {n}",
             "lang": "ar"} for n in range(count)]


def test_a_byte_budget_drops_the_least_recently_updated_alerts_first():
    one = MemoryDashboardData(max_alert_bytes=10**9, clock=lambda: NOW)
    one.record_alert(make_alert("probe", sources=_sources(100, "probe")))
    budget = one.alert_bytes * 3 + 1000  # three stories of 100 sources fit, four do not
    store = MemoryDashboardData(max_alert_bytes=budget, clock=lambda: NOW)
    for i in range(6):
        store.record_alert(make_alert(f"s{i}", at=NOW + timedelta(minutes=i), sources=_sources(100, f"s{i}")))
        assert store.alert_bytes <= budget
    assert [a["id"] for a in store.list_alerts(AlertQuery())] == ["s5", "s4", "s3"]
    # Small alerts weigh little: many more of them fit in the same budget.
    for i in range(20):
        store.record_alert(make_alert(f"t{i}", at=NOW + timedelta(hours=1, minutes=i), sources=_sources(1, f"t{i}")))
    ids = [a["id"] for a in store.list_alerts(AlertQuery())]
    assert ids[:20] == [f"t{i}" for i in reversed(range(20))]
    assert store.alert_bytes <= budget


def test_a_new_revision_replaces_the_weight_of_the_old_one():
    store = MemoryDashboardData(max_alert_bytes=10**9, clock=lambda: NOW)
    store.record_alert(make_alert("s", revision=1, sources=_sources(100, "s")))
    heavy = store.alert_bytes
    weights = []
    for revision in range(2, 9):
        store.record_alert(make_alert("s", revision=revision, sources=_sources(100, "s")))
        weights.append(store.alert_bytes)
    # Older revisions are compacted to a line each and share one pool of sources: the weight
    # stops growing with revisions (seven whole revisions would weigh seven times one).
    assert weights[-1] < heavy * 2.5
    assert weights[-1] - weights[3] < heavy * 0.1


@pytest.mark.parametrize(
    "bad",
    ["not a dict", {"revision": 1}, {"id": "", "revision": 1}, {"id": "x", "revision": 0},
     {"id": "x", "revision": "2"}],
)
def test_an_unusable_alert_is_a_message_error_for_the_dead_letter_topic(data, bad):
    with pytest.raises(MessageError):
        data.record_alert(bad)


@pytest.mark.parametrize(
    ("params", "word"),
    [({"severity": "urgent"}, "severity"), ({"type": "war"}, "type"), ({"limit": "ten"}, "limit"),
     ({"limit": "0"}, "limit"), ({"limit": "100000"}, "limit"), ({"lang": "<script>"}, "lang")],
)
def test_bad_query_parameters_are_explained(params, word):
    with pytest.raises(InputError, match=word):
        AlertQuery.from_params(params)


# -- entities -------------------------------------------------------------------------------

SHARAA = {"id": "Q_SHARAA", "name": "Ahmed al-Sharaa", "name_ar": "أحمد الشرع", "type": "PERSON",
          "linked": True, "sanctioned": True, "sanction_lists": ["UN 1267"],
          "mentions": [{"start": 0, "end": 10, "text": "أحمد الشرع"}, {"start": 40, "end": 45, "text": "الشرع"}]}


def test_mentions_are_counted_per_hour_over_the_last_48_hours(data):
    data.record_mentions([SHARAA], NOW - timedelta(minutes=10))
    data.record_mentions([SHARAA], NOW - timedelta(hours=5))
    data.record_mentions([SHARAA], NOW - timedelta(hours=HOURS + 3))  # outside the window

    ent = data.get_entity("Q_SHARAA")

    assert len(ent["hourly"]) == HOURS
    assert ent["hourly"][-1] == {"hour": "2025-11-11T12:00:00Z", "count": 2}
    assert ent["hourly"][-6]["count"] == 2
    assert sum(b["count"] for b in ent["hourly"]) == 4
    assert (ent["name"], ent["name_ar"], ent["type"], ent["sanctioned"]) == (
        "Ahmed al-Sharaa", "أحمد الشرع", "PERSON", True)
    assert ent["sanction_lists"] == ["UN 1267"]


def test_old_buckets_leave_the_window_as_time_passes():
    clock = [NOW]
    data = MemoryDashboardData(clock=lambda: clock[0])
    data.record_mentions([SHARAA], NOW)
    clock[0] = NOW + timedelta(hours=HOURS + 1)
    data.record_mentions([SHARAA], clock[0])

    counts = [b["count"] for b in data.get_entity("Q_SHARAA")["hourly"]]

    assert counts[-1] == 2 and sum(counts) == 2


def test_entity_page_lists_its_recent_alerts_and_events(data):
    data.record_mentions([SHARAA], NOW)
    data.record_alert(make_alert("lift"))
    data.record_alert(make_alert("other", targets=[{"id": "Q1", "name": "Someone"}]))

    ent = data.get_entity("Q_SHARAA")

    assert [a["id"] for a in ent["recent_alerts"]] == ["lift"]
    assert ent["recent_events"][0]["type"] == "sanctions.lifted"
    assert ent["recent_events"][0]["roles"] == ["target"]
    # The alert names al-Sharaa in English only; the page also gets his Arabic name.
    assert {"id": "Q_SHARAA", "name_ar": "أحمد الشرع"}.items() <= ent["recent_alerts"][0]["entities"][0].items()


def test_an_entity_known_only_from_alerts_still_has_a_page(data):
    data.record_alert(make_alert("lift"))

    ent = data.get_entity("Q30")

    assert ent["name"] == "United States" and ent["recent_events"][0]["roles"] == ["actor"]
    assert all(b["count"] == 0 for b in ent["hourly"])
    assert data.get_entity("Q404") is None


def test_unlinked_entities_are_keyed_by_name_and_the_entity_count_is_capped():
    data = MemoryDashboardData(max_entities=2, clock=lambda: NOW)
    data.record_mentions([{"id": None, "name": "Anas  Khattab", "type": "PERSON", "mentions": []}], NOW)
    data.record_mentions([{"id": "Q2", "name": "B", "mentions": []}], NOW)
    assert data.get_entity("name:anas khattab")["name"] == "Anas  Khattab"
    data.record_mentions([{"id": "Q3", "name": "C", "mentions": []}], NOW)

    assert data.get_entity("name:anas khattab") is None  # the least recently seen went
    assert data.get_entity("Q3")["hourly"][-1]["count"] == 1  # no mention list: the article counts once


def test_unusable_mentions_are_message_errors(data):
    with pytest.raises(MessageError):
        data.record_mentions({"id": "Q1"}, NOW)
    with pytest.raises(MessageError):
        data.record_mentions([SHARAA, {"id": "Q1"}], NOW)
    assert data.get_entity("Q_SHARAA") is None  # nothing of a bad record is counted
    with pytest.raises(MessageError):
        data.record_mentions([SHARAA], "2025-11-11")


# -- feeds ----------------------------------------------------------------------------------


def test_feeds_are_listed_failing_first(data):
    data.record_feed_state({"feed_id": "f1", "url": "https://a.example/rss", "health": "ok", "items_last_poll": 30})
    data.record_feed_state({"feed_id": "f2", "url": "https://b.example/rss", "health": "failing",
                            "last_error": "HTTP 503", "consecutive_failures": 3})
    data.record_feed_state({"feed_id": "f1", "url": "https://a.example/rss", "health": "degraded",
                            "items_last_poll": 12})

    feeds = data.list_feeds()

    assert [(f["feed_id"], f["health"]) for f in feeds] == [("f2", "failing"), ("f1", "degraded")]
    assert feeds[1]["items_last_poll"] == 12
    with pytest.raises(MessageError):
        data.record_feed_state({"feed_id": "f3", "health": "on fire"})


# -- routes ---------------------------------------------------------------------------------


@pytest.fixture
async def client(data):
    app = web.Application()
    add_dashboard_routes(app, data)
    async with TestClient(TestServer(app)) as client:
        yield client


async def test_api_routes_answer_json(client, data):
    data.record_alert(make_alert("a1"))
    data.record_mentions([SHARAA], NOW)
    data.record_feed_state({"feed_id": "f1", "url": "https://a.example/rss", "health": "failing"})

    alerts = await (await client.get("/api/alerts", params={"severity": "medium"})).json()
    detail = await (await client.get("/api/alerts/a1")).json()
    entity = await (await client.get("/api/entities/Q_SHARAA")).json()
    feeds = await (await client.get("/api/feeds")).json()
    meta = await (await client.get("/api/meta")).json()

    assert [a["id"] for a in alerts["alerts"]] == ["a1"]
    assert detail["codes"]["plover"] == "RETREAT"
    assert entity["name_ar"] == "أحمد الشرع"
    assert feeds["feeds"][0]["health"] == "failing"
    assert "sanctions.lifted" in meta["event_types"] and meta["severities"][-1] == "critical"


async def test_api_errors_say_what_is_wrong(client):
    bad = await client.get("/api/alerts", params={"severity": "urgent"})
    missing = await client.get("/api/alerts/nope")
    no_entity = await client.get("/api/entities/Q404")

    assert bad.status == 400 and "severity" in (await bad.json())["error"]
    assert missing.status == 404 and "alert" in (await missing.json())["error"]
    assert no_entity.status == 404


async def test_the_page_and_its_files_are_served_with_a_strict_policy(client):
    page = await client.get("/")
    script = await client.get("/static/app.js")
    escape = await client.get("/static/../dashboard.py")

    assert page.status == 200 and "<main" in await page.text()
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert script.status == 200 and "/alerts/stream" in await script.text()
    assert escape.status in (403, 404)


# -- the static files -----------------------------------------------------------------------


def test_the_page_loads_nothing_from_elsewhere():
    """Works offline: no CDN, no remote font, no external script."""
    for path in STATIC_DIR.iterdir():
        text = path.read_text(encoding="utf-8")
        for ref in re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)|url\(\s*["']?([^)"']+)""", text):
            target = ref[0] or ref[1]
            assert not re.match(r"^(https?:)?//", target), f"{path.name} loads {target}"


def test_the_script_never_turns_text_into_markup():
    """Article text is untrusted: it must reach the page as text nodes only (XSS)."""
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script, f"app.js uses {sink}"


def test_static_dir_is_shipped_with_the_package():
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"web/static/*"' in pyproject
    assert {"index.html", "app.js", "style.css"} <= {p.name for p in STATIC_DIR.iterdir()}


def test_older_revisions_keep_what_their_line_shows_and_their_sources_stay_on_the_alert(data):
    first_sources = [{"article_id": "a_old", "url": "https://old.example.org/1", "source": "Old Wire", "lang": "en"}]
    data.record_alert(make_alert("a1", sources=first_sources))
    data.record_alert(make_alert("a1", revision=2))

    detail = data.get_alert("a1")

    latest, older = detail["revisions"]
    assert latest["revision"] == 2 and "event" in latest  # the latest is kept whole
    assert older["revision"] == 1 and "event" not in older and older["source_count"] == 1
    assert older["summary"] == {"en": "alert a1 r1", "ar": "تنبيه"}
    assert "a_old" in {s["article_id"] for s in detail["sources"]}
