"""The dashboard in a real headless Chromium: what an analyst sees and does.

Screenshots of every page go to ``test-output/screenshots/`` (git-ignored) for a person to
look at; the assertions check what a user would notice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.browser.support import API_TOKEN, SCREENSHOTS, screenshot

pytestmark = pytest.mark.browser

# Written for these tests: an Arabic sentence reporting that sanctions were lifted.
EVIDENCE_AR = "أعلنت وزارة الخزانة الأمريكية رفع العقوبات المفروضة على أحمد الشرع وأنس خطاب يوم الجمعة."
SHARAA_AR = "أحمد الشرع"
KHATTAB_AR = "أنس خطاب"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def arabic_sanctions_alert(now: datetime, *, alert_id: str = "al_ar_lift_1") -> dict:
    evidence_start = 120  # the sentence's place in its article
    sharaa = EVIDENCE_AR.index(SHARAA_AR)
    khattab = EVIDENCE_AR.index(KHATTAB_AR)
    return {
        "schema_version": 1,
        "id": alert_id,
        "revision": 1,
        "kind": "event",
        "subscription_id": "syria-watch",
        "severity": "critical",
        "summary": {
            "en": "The US lifted sanctions on Ahmed al-Sharaa and Anas Khattab — 2 sources",
            "ar": "رفعت الولايات المتحدة العقوبات عن أحمد الشرع وأنس خطاب — مصدران",
        },
        "cluster_id": "c_sanctions.lifted_1",
        "lang": "ar",
        "event": {
            "type": "sanctions.lifted",
            "status": "occurred",
            "actors": [{"id": "Q11209", "name": "US Treasury"}],
            "targets": [{"id": "Q_SHARAA", "name": "Ahmed al-Sharaa"}, {"id": None, "name": "Anas Khattab"}],
            "instrument": None,
            "duration": None,
            "evidence": {"start": evidence_start, "end": evidence_start + len(EVIDENCE_AR), "text": EVIDENCE_AR},
            "cameo": "085",
            "plover": "RETREAT",
            "confidence": 0.92,
        },
        "entities": [
            {"id": "Q_SHARAA", "name": "Ahmed al-Sharaa", "name_ar": SHARAA_AR, "type": "PERSON", "linked": True,
             "sanctioned": True,
             "mentions": [{"start": evidence_start + sharaa, "end": evidence_start + sharaa + len(SHARAA_AR),
                           "text": SHARAA_AR}]},
            {"id": None, "name": "Anas Khattab", "type": "PERSON", "linked": False,
             "mentions": [{"start": evidence_start + khattab, "end": evidence_start + khattab + len(KHATTAB_AR),
                           "text": KHATTAB_AR}]},
        ],
        "sources": [
            {"article_id": "a_1", "url": "https://news.example.org/ar/1", "source": "وكالة المثال", "lang": "ar",
             "title": "رفع العقوبات عن الشرع"},
            {"article_id": "a_2", "url": "https://wire.example.com/en/2", "source": "Example Wire", "lang": "en",
             "title": "US lifts sanctions on Syria's president"},
        ],
        "created_at": _iso(now),
        "updated_at": _iso(now),
    }


def english_alert(now: datetime) -> dict:
    text = "Syria formally joined the coalition, <img src=x onerror=\"document.title='pwned'\"> officials said."
    return {
        "schema_version": 1, "id": "al_en_join", "revision": 1, "kind": "event", "subscription_id": "s",
        "severity": "medium", "summary": {"en": "Syria joined the coalition against ISIS"},
        "lang": "en", "cluster_id": "c_join",
        "event": {"type": "alliance.joined", "status": "occurred", "actors": [{"id": "Q858", "name": "Syria"}],
                  "targets": [], "evidence": {"start": 0, "end": len(text), "text": text},
                  "cameo": "057", "plover": "SUPPORT", "confidence": 0.8},
        "sources": [{"article_id": "a_3", "url": "javascript:alert(1)", "source": "Odd", "lang": "en"}],
        "created_at": _iso(now - timedelta(hours=1)), "updated_at": _iso(now - timedelta(hours=1)),
    }


async def open_with_token(page, url: str) -> None:
    await page.add_init_script(f"window.sessionStorage.setItem('rasd.apiToken', {API_TOKEN!r});")
    await page.goto(url)


async def test_a_new_arabic_alert_appears_live_highlighted_and_right_to_left(dashboard, page):
    now = datetime.now(UTC)
    dashboard.data.record_alert(english_alert(now))  # already there when the page opens
    await open_with_token(page, dashboard.url)
    await page.locator("#connection[data-state='live']").wait_for()
    await page.locator("[data-alert-id='al_en_join']").wait_for()
    await page.evaluate("window.__notReloaded = true")

    assert dashboard.push_alert(arabic_sanctions_alert(now)) == 1

    await page.locator("#alert-list > li[data-alert-id='al_ar_lift_1']").wait_for()
    card = page.locator("#alert-list > li").first
    assert await card.get_attribute("data-alert-id") == "al_ar_lift_1"  # newest first
    assert await page.evaluate("window.__notReloaded") is True

    marks = card.locator("blockquote.evidence mark")
    assert await marks.all_text_contents() == [SHARAA_AR, KHATTAB_AR]
    evidence = card.locator("blockquote.evidence")
    assert await evidence.get_attribute("lang") == "ar"
    assert await evidence.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert await card.locator(".summary-ar").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert await card.locator("h2 a").evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert "Sanctions lifted" in await card.inner_text()
    assert "Critical" in await card.inner_text() and "2 sources" in await card.inner_text()
    assert "New critical alert" in await page.locator("#announcer").inner_text()

    # The markup inside the English evidence is shown as text, never run.
    english = page.locator("[data-alert-id='al_en_join'] blockquote.evidence")
    assert "<img src=x" in await english.inner_text()
    assert await page.locator("main img").count() == 0
    assert await english.locator("mark").all_text_contents() == ["Syria"]
    await screenshot(page, "live-alerts")
    await page.set_viewport_size({"width": 390, "height": 844})
    await screenshot(page, "live-alerts-phone")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing overflows sideways
    await page.set_viewport_size({"width": 1280, "height": 900})

    # Filtering by language keeps the Arabic alert only.
    await page.select_option("#filter-lang", "ar")
    await page.locator("#alert-list > li[data-alert-id='al_en_join']").wait_for(state="detached")
    assert await page.locator("#alert-list > li").count() == 1
    assert page.url.endswith("#/alerts?lang=ar")  # the view can be bookmarked

    # A click opens the alert: its sources with links, its revisions, its codes.
    await card.locator("h2 a").click()
    await page.locator("#sources-h").wait_for()
    main = page.locator("main")
    assert await main.locator("ul.sources a[href='https://news.example.org/ar/1']").count() == 1
    arabic_source = main.locator("ul.sources a[href='https://news.example.org/ar/1']")
    assert await arabic_source.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert "085" in await main.inner_text() and "RETREAT" in await main.inner_text()
    assert "Revision 1" in await main.locator("ol.revisions").inner_text()

    # An update of the story arrives while the alert is open: the page shows revision 2.
    update = arabic_sanctions_alert(now + timedelta(minutes=5))
    update["revision"] = 2
    update["sources"].append({"article_id": "a_9", "url": "https://third.example.net/x", "source": "Third",
                              "lang": "en"})
    dashboard.push_alert(update)
    await page.locator("ol.revisions li", has_text="Revision 2").wait_for()
    assert await main.locator("ul.sources > li").count() == 3
    await screenshot(page, "alert-detail")


async def test_a_link_that_is_not_http_is_not_followed(dashboard, page):
    dashboard.data.record_alert(english_alert(datetime.now(UTC)))
    await open_with_token(page, dashboard.url + "#/alerts/al_en_join")
    await page.locator("#sources-h").wait_for()

    assert await page.locator("ul.sources a").count() == 0
    assert "Odd" in await page.locator("ul.sources").inner_text()


async def test_subscriptions_are_created_through_the_form_with_the_apis_field_errors(dashboard, page):
    await page.goto(dashboard.url + "#/subscriptions")
    await page.locator("#subs-list .problem").wait_for()
    assert "token" in await page.locator("#subs-list").inner_text()

    await page.fill("#api-token", API_TOKEN)
    await page.click("text=Use token")
    await page.locator("#subs-list", has_text="No subscription yet").wait_for()
    assert await page.evaluate("sessionStorage.getItem('rasd.apiToken')") == API_TOKEN
    await page.locator("#connection[data-state='live']").wait_for()  # the stream uses the token too

    # A bad one: the API's reasons appear next to the fields they are about.
    await page.fill("#sub-name", "Syria sanctions")
    await page.fill("#sub-id", "bad id!")
    await page.fill("#sub-query", "(Syria AND")
    await page.fill("#sub-confidence", "1.5")
    await page.click("text=Create subscription")
    await page.locator("#sub-id-error:not(:empty)").wait_for()
    assert "letters, digits" in await page.locator("#sub-id-error").inner_text()
    assert await page.locator("#sub-query-error").inner_text() != ""
    assert "between 0 and 1" in await page.locator("#sub-confidence-error").inner_text()
    assert await page.locator("#sub-id").get_attribute("aria-invalid") == "true"
    assert await page.evaluate("document.activeElement.id") == "sub-id"  # the first problem, in form order
    assert await page.locator("#sub-name-error").inner_text() == ""
    await screenshot(page, "subscriptions-errors")
    assert await dashboard.store.list() == []

    # Corrected, it is created and listed.
    await page.fill("#sub-id", "syria-sanctions")
    await page.fill("#sub-query", "Syria AND (sanctions OR عقوبات)")
    await page.fill("#sub-confidence", "0.6")
    await page.fill("#sub-entities", "Q858, أحمد الشرع")
    await page.check("input[name='sub-event-types'][value='sanctions.lifted']")
    await page.click("text=Create subscription")
    await page.locator("#subs-list tr[data-sub-id='syria-sanctions']").wait_for()
    assert await page.locator("#sub-id-error").inner_text() == ""
    [created] = await dashboard.store.list()
    assert created.filters.entities == ("Q858", "أحمد الشرع")
    assert created.filters.event_types == ("sanctions.lifted",)
    assert created.filters.min_confidence == 0.6
    await screenshot(page, "subscriptions")
    await page.locator("#subs-list").screenshot(path=str(SCREENSHOTS / "subscriptions-list.png"))

    # And deleted.
    await page.click("button[aria-label='Delete subscription Syria sanctions']")
    await page.locator("#subs-list", has_text="No subscription yet").wait_for()
    assert await dashboard.store.list() == []


async def test_the_feeds_page_shows_a_failing_feed_as_failing(dashboard, page):
    dashboard.data.record_feed_state({
        "feed_id": "f_ok", "url": "https://ok.example.org/rss", "health": "ok",
        "last_success": "2025-11-11T09:30:00Z", "items_last_poll": 30,
    })
    dashboard.data.record_feed_state({
        "feed_id": "f_bad", "url": "https://bad.example.org/feed", "health": "failing",
        "last_success": "2025-11-10T08:00:00Z", "last_error": "HTTP 503 Service Unavailable",
        "last_error_at": "2025-11-11T09:31:00Z", "consecutive_failures": 3, "items_last_poll": 0,
    })
    dashboard.data.record_feed_state({
        "feed_id": "f_warn", "url": "https://warn.example.org/atom", "health": "degraded",
        "warnings": ["3 entries skipped: no link"], "items_last_poll": 12,
    })
    await open_with_token(page, dashboard.url + "#/feeds")
    row = page.locator("tr[data-feed-id='f_bad']")
    await row.wait_for()

    health = row.locator(".health")
    assert await health.inner_text() in ("failing", "FAILING")
    assert "HTTP 503" in await row.inner_text() and "3 failure(s) in a row" in await row.inner_text()
    assert await page.locator("tbody tr").first.get_attribute("data-feed-id") == "f_bad"  # failing first
    assert "1 failing" in await page.locator("#feeds-summary").inner_text()
    assert await health.evaluate("el => getComputedStyle(el).backgroundColor") != await page.locator(
        "tr[data-feed-id='f_ok'] .health").evaluate("el => getComputedStyle(el).backgroundColor")
    await screenshot(page, "feeds")

    # Keyboard users see where they are: the first Tab reaches the skip link, outlined.
    await page.keyboard.press("Tab")
    focused = await page.evaluate(
        "(() => { const el = document.activeElement; const s = getComputedStyle(el);"
        " return [el.textContent, s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert focused[0] == "Skip to content" and focused[1] != "none" and focused[2] >= 2


async def test_the_entity_page_draws_mentions_over_time(dashboard, page):
    now = datetime.now(UTC)
    sharaa = {"id": "Q_SHARAA", "name": "Ahmed al-Sharaa", "name_ar": SHARAA_AR, "type": "PERSON",
              "linked": True, "sanctioned": True, "sanction_lists": ["UN 1267 (historical)"]}
    for hours_ago, mentions in [(0, 3), (1, 5), (2, 1), (7, 8), (30, 2)]:
        dashboard.data.record_mentions([{**sharaa, "mentions": [{"start": 0, "end": 1, "text": "x"}] * mentions}],
                                       now - timedelta(hours=hours_ago))
    dashboard.data.record_alert(arabic_sanctions_alert(now))
    await open_with_token(page, dashboard.url)
    await page.locator("[data-alert-id='al_ar_lift_1'] .parties a", has_text="Ahmed al-Sharaa").click()
    await page.locator("svg.chart").wait_for()

    assert await page.locator("svg.chart rect.bar").count() == 48
    heights = await page.locator("svg.chart rect.bar").evaluate_all(
        "bars => bars.map(b => Number(b.getAttribute('height')))")
    assert heights[-1] > 0 and heights[-8] == max(heights) and heights[-4] == 0
    assert await page.locator("svg.chart").evaluate("el => el.getBoundingClientRect().width") > 300
    assert "19 mentions" in await page.locator("svg.chart desc").text_content()
    heading = page.locator("main h1")
    assert "Ahmed al-Sharaa" in await heading.inner_text()
    assert await heading.locator("[lang='ar']").inner_text() == SHARAA_AR
    assert await heading.locator("[lang='ar']").evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert "Sanctioned" in await page.locator(".sanction-flag").inner_text()
    assert "Sanctions lifted" in await page.locator("ul.events").inner_text()
    await screenshot(page, "entity")

    await page.click("text=Follow this entity’s alerts live")
    await page.locator("#alert-list > li[data-alert-id='al_ar_lift_1']").wait_for()
    assert await page.input_value("#filter-entity") == "Q_SHARAA"


async def test_an_alert_naming_its_parties_in_english_only_still_highlights_the_arabic_names(dashboard, page):
    """Alerts as the alert agent writes them carry no mention offsets: the page looks up
    the participants' Arabic names (known from tagged articles) and marks those."""
    now = datetime.now(UTC)
    dashboard.data.record_mentions([{"id": "Q_SHARAA", "name": "Ahmed al-Sharaa", "name_ar": SHARAA_AR,
                                     "type": "PERSON", "mentions": []}], now)
    alert = arabic_sanctions_alert(now, alert_id="al_no_offsets")
    del alert["entities"]
    await open_with_token(page, dashboard.url)
    await page.locator("#connection[data-state='live']").wait_for()

    dashboard.broadcaster.publish(alert)  # live only: the page has not seen it in /api/alerts

    marks = page.locator("[data-alert-id='al_no_offsets'] blockquote.evidence mark")
    await marks.first.wait_for()
    assert await marks.all_text_contents() == [SHARAA_AR]

    # The same story alerting a second subscriber does not add a second card.
    second = {**alert, "id": "al_no_offsets_s2", "subscription_id": "another-desk"}
    dashboard.broadcaster.publish(second)
    await page.locator("#alert-list > li[data-alert-id='al_no_offsets_s2']").wait_for()
    assert await page.locator("#alert-list > li").count() == 1
