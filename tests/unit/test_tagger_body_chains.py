"""A body's short name supported by a body under it two levels down (a congressional committee
names Congress), and names that must not read as a shorter neighbour: Northern Ireland is not
Ireland, the 2019 Blue and White list is not the later National Unity party, Britain's
Democratic Unionist Party is not America's Democratic Party."""

from __future__ import annotations

from datetime import date

from rasd.analyze import analyze


def _linked(text: str, lang: str, day: date = date(2019, 6, 1)) -> dict[str, list[str]]:
    out = analyze(text, lang=lang, published=day).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


def test_a_committee_of_a_chamber_supports_congress():
    text = ("The Senate Foreign Relations Committee approved the nominee on Thursday, "
            "and Congress will take up the budget after the recess.")
    linked = _linked(text, "en")
    assert "United States Senate Committee on Foreign Relations" in linked
    assert linked.get("United States Congress") == ["Congress"]


def test_congress_alone_in_another_country_is_not_americas():
    text = "Congress leaders in New Delhi said the party would contest every seat in Punjab."
    assert "United States Congress" not in _linked(text, "en")


def test_joint_chiefs_alone_follow_the_state_the_article_names():
    seoul = ("South Korea's Joint Chiefs of Staff said the North fired two missiles; "
             "the Joint Chiefs of Staff added that the launches came from near Pyongyang.")
    assert "Joint Chiefs of Staff" not in _linked(seoul, "en", date(2019, 8, 1))
    washington = ("The Pentagon said on Monday that the Joint Chiefs of Staff had reviewed "
                  "the plan for the carrier group.")
    assert "Joint Chiefs of Staff" in _linked(washington, "en", date(2019, 8, 1))


def test_northern_ireland_is_not_ireland():
    linked = _linked("يعارض نواب أيرلندا الشمالية الترتيبات الجمركية الجديدة على الحدود.", "ar")
    assert "Northern Ireland" in linked
    assert "Ireland" not in linked


def test_the_democratic_unionist_party_is_not_the_us_democratic_party():
    linked = _linked("قال الحزب الديمقراطي الوحدوي إن نوابه العشرة سيصوتون ضد الاتفاق.", "ar")
    assert "Democratic Unionist Party" in linked
    assert "Democratic Party (United States)" not in linked


def test_blue_and_white_of_2019_is_the_alliance():
    linked = _linked("حل تحالف أزرق أبيض أولاً في انتخابات الكنيست بفارق مقعد واحد.", "ar",
                     date(2019, 9, 20))
    assert "Blue and White (political alliance)" in linked
    assert "National Unity (Israel)" not in linked


def test_a_body_named_by_its_leader_names_the_leader():
    linked = _linked("قصفت طائرات التحالف بقيادة السعودية مواقع في صعدة.", "ar", date(2017, 3, 1))
    assert "Saudi-led coalition" in linked
    assert linked.get("Saudi Arabia") == ["السعودية"]


def test_a_leaders_body_keeps_a_single_mention():
    linked = _linked("قصفت طائرات التحالف بقيادة السعودية مواقع في صعدة.", "ar", date(2017, 3, 1))
    assert linked["Saudi-led coalition"] == ["التحالف بقيادة السعودية"]
