"""The entity matcher and tagger on a small hand-built knowledge base."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.entities import get_matcher, tag_entities
from rasd.kb.model import KBEntity, KnowledgeBase, Office, OfficeTerm


def small_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.offices["us.president"] = Office(
        "us.president", {"ar": ("الرئيس الأمريكي",), "en": ("US President",)}, country="Q30"
    )
    kb.offices["sy.president"] = Office("sy.president", {"ar": ("الرئيس السوري",)}, country="Q858")
    entities = [
        KBEntity("Q30", "GPE", "United States", "الولايات المتحدة",
                 aliases={"en": ("US", "U.S.", "United States of America"), "ar": ("أمريكا",)},
                 demonyms={"en": ("American",), "ar": ("أمريكي", "أميركي")}),
        KBEntity("Q858", "GPE", "Syria", "سوريا", demonyms={"en": ("Syrian",), "ar": ("سوري",)}),
        KBEntity("Q145", "GPE", "United Kingdom", "المملكة المتحدة", aliases={"ar": ("بريطانيا",)}),
        KBEntity("Q43", "GPE", "Turkey", "تركيا"),
        KBEntity("Q22686", "PERSON", "Donald Trump", "دونالد ترامب", aliases={"ar": ("ترامب",), "en": ("Trump",)},
                 offices=(OfficeTerm("us.president", date(2017, 1, 20), date(2021, 1, 20)),
                          OfficeTerm("us.president", date(2025, 1, 20), None))),
        KBEntity("Q76", "PERSON", "Barack Obama", "باراك أوباما", aliases={"en": ("Obama",)},
                 offices=(OfficeTerm("us.president", date(2009, 1, 20), date(2017, 1, 20)),)),
        KBEntity("Q61909968", "PERSON", "Ahmed al-Sharaa", "أحمد الشرع", ambiguous={"ar": ("الشرع",)},
                 offices=(OfficeTerm("sy.president", date(2025, 1, 29), None),)),
        KBEntity("Q2429253", "ORG", "Islamic State", "تنظيم الدولة الإسلامية",
                 aliases={"ar": ("داعش",), "en": ("ISIS", "ISIL")}),
        KBEntity("rasd:coalition", "ORG", "Global Coalition to Defeat ISIS", "التحالف الدولي ضد داعش",
                 aliases={"ar": ("التحالف الدولي لهزيمة داعش",)}, ambiguous={"ar": ("التحالف", "التحالف الدولي")}),
        KBEntity("Q7184", "ORG", "NATO", "حلف شمال الأطلسي", aliases={"en": ("NATO", "North Atlantic Treaty Organization")}),
    ]
    kb.entities = {e.id: e for e in entities}
    return kb


def names(results, linked=True):
    return [r.name for r in results if r.linked == linked]


def test_arabic_clitics_attach_to_names_but_do_not_make_new_words():
    kb = small_kb()
    text = "قال لداعش وترامب وبريطانيا والولايات المتحدة للولايات المتحدة"
    results = tag_entities(text, kb, lang="ar")
    assert names(results) == ["Islamic State", "Donald Trump", "United Kingdom", "United States"]
    us = results[-1]
    assert [m.text for m in us.mentions] == ["الولايات المتحدة", "ولايات المتحدة"]
    # "بريطانيا" starts with ب but is a name of its own: the mention is the whole word.
    uk = results[2]
    assert uk.mentions[0].text == "بريطانيا"


def test_alias_inside_a_longer_word_is_not_a_mention():
    kb = small_kb()
    assert tag_entities("تركياتي Trumpet USA-based", kb, lang="en") == []


def test_longest_match_wins_without_overlaps():
    kb = small_kb()
    results = tag_entities("The United States of America and NATO", kb, lang="en")
    assert names(results) == ["United States", "NATO"]
    assert results[0].mentions[0].text == "United States of America"


def test_acronyms_and_names_need_their_capitals():
    kb = small_kb()
    assert tag_entities("let us talk about nato and trump cards", kb, lang="en") == []
    assert names(tag_entities("US forces and the U.S. Congress", kb, lang="en")) == ["United States"]


def test_ambiguous_alias_needs_support_in_the_article():
    kb = small_kb()
    # الشرع alone is "Islamic law": no link.
    assert tag_entities("قال إن الشرع واضح في هذه المسألة", kb, lang="ar") == []
    # With the full name earlier it links, every mention counted.
    results = tag_entities("التقى أحمد الشرع الوفد. وقال الشرع إن", kb, lang="ar")
    assert names(results) == ["Ahmed al-Sharaa"]
    assert [m.text for m in results[0].mentions] == ["أحمد الشرع", "الشرع"]
    # A title right before it is support too.
    assert names(tag_entities("وقال الرئيس الشرع إن", kb, lang="ar")) == ["Ahmed al-Sharaa"]


def test_generic_coalition_links_only_when_the_full_name_appears():
    kb = small_kb()
    assert tag_entities("انضمت تركيا إلى التحالف الحاكم", kb, lang="ar")[0].name == "Turkey"
    assert "Global Coalition to Defeat ISIS" not in names(tag_entities("انضمت إلى التحالف", kb, lang="ar"))
    text = "وقعت سوريا مع التحالف الدولي لهزيمة داعش، ثم انضمت للتحالف"
    coalition = [r for r in tag_entities(text, kb, lang="ar") if r.id == "rasd:coalition"][0]
    assert [m.text for m in coalition.mentions] == ["التحالف الدولي لهزيمة داعش", "تحالف"]


def test_office_titles_resolve_by_the_article_date():
    kb = small_kb()
    text = "قال الرئيس الأمريكي إن"
    on_2025 = tag_entities(text, kb, published=date(2025, 11, 11), lang="ar")
    on_2013 = tag_entities(text, kb, published=date(2013, 3, 5), lang="ar")
    assert set(names(on_2025)) == {"Donald Trump", "United States"}
    assert set(names(on_2013)) == {"Barack Obama", "United States"}
    trump = [r for r in on_2025 if r.name == "Donald Trump"][0]
    assert trump.mentions[0].text == "الرئيس الأمريكي"
    # The respelled demonym (أميركي) is derived from the state's demonyms.
    assert "Donald Trump" in names(tag_entities("الرئيس الأميركي", kb, published=date(2025, 11, 11), lang="ar"))


def test_former_office_holder_is_not_the_current_one():
    kb = small_kb()
    results = tag_entities("قال الرئيس الأمريكي السابق", kb, published=date(2025, 11, 11), lang="ar")
    assert names(results) == ["United States"]


def test_demonyms_link_their_state_and_through_the_office_its_president():
    kb = small_kb()
    results = tag_entities("التقى الرئيس السوري والمسؤولون السوريون", kb, published=date(2025, 11, 11), lang="ar")
    assert set(names(results)) == {"Ahmed al-Sharaa", "Syria"}
    syria = [r for r in results if r.name == "Syria"][0]
    # The article is a clitic: the mention is the demonym itself.
    assert [m.text for m in syria.mentions] == ["سوري", "سوريون"]
    assert names(tag_entities("Syrian rebels and Americans", kb, lang="en")) == ["Syria", "United States"]


def test_unlinked_people_and_ministries_introduced_by_a_title():
    kb = small_kb()
    results = tag_entities(
        "وقال وزير الداخلية أنس خطاب إن وزارة الخارجية السورية رحبت", kb, published=date(2025, 11, 11), lang="ar"
    )
    unlinked = {r.name: r.type for r in results if not r.linked}
    assert unlinked == {"أنس خطاب": "PERSON", "وزارة الخارجية السورية": "ORG"}
    assert all(r.id is None for r in results if not r.linked)
    en = tag_entities("Interior Minister Anas Khattab said the Ministry of Finance agreed.", kb, lang="en")
    assert {r.name: r.type for r in en if not r.linked} == {"Anas Khattab": "PERSON", "Ministry of Finance": "ORG"}


def test_titles_before_known_people_or_plain_words_give_no_unlinked_name():
    kb = small_kb()
    results = tag_entities("US President Donald Trump said on Monday", kb, published=date(2025, 11, 11), lang="en")
    assert names(results, linked=False) == []
    assert names(tag_entities("وقال الرئيس في كلمته", kb, lang="ar"), linked=False) == []


def test_the_matcher_is_compiled_once_per_kb():
    kb = small_kb()
    assert get_matcher(kb) is get_matcher(kb)
    assert get_matcher(small_kb()) is not get_matcher(kb)


_PIECES = st.sampled_from(
    ["ترامب", "لداعش", "والولايات المتحدة", " ", "،", "\u200f", "\u064e", "ـ", "&amp;", "Trump", "US",
     "U.S.", "NATO", "الرئيس الأمريكي", "السوري", "ﻻ", "\n", "x", "أحمد الشرع", "الشرع"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_every_mention_points_into_the_text_as_given(text):
    kb = small_kb()
    for result in tag_entities(text, kb, published=date(2025, 11, 11), lang="ar"):
        for m in result.mentions:
            assert text[m.start : m.end] == m.text
            assert m.text.strip() == m.text and m.text


@pytest.mark.parametrize("text", ["", "   ", "\u200f\u200b"])
def test_empty_text_has_no_entities(text):
    assert tag_entities(text, small_kb()) == []


# --- the fast paths give what the plain rules give ----------------------------------------

_TITLED = st.sampled_from(
    ["Interior Minister ", "Prime Minister ", "Secretary of State ", "Minister of the Interior ", "Gen. ",
     "General ", "Sen. ", "Rep. ", "spokesman ", "Crown Prince ", "King ", "Kingdom ", "turmoil ", "Anas Khattab",
     "John Smith ", "Syria's ", "Foreign Ministry ", "Ministry of Finance and Trade ", "(Egypt's ", "The ", ", ",
     "وزير الداخلية ", "ووزير الخارجية السوري ", "رئيس الوزراء ", "الرئيس السوري ", "والرئيس ", "نظيره ",
     "المتحدث باسم الخارجية ", "أنس خطاب ", "هاكان فيدان ", "وزارة الخارجية السورية ", "بوزارة الدفاع ",
     "لوزارة المالية ", "في ", "،", " ", "\u064e", "ﻻ", "&amp;", "Trump ", "الرئيس الأمريكي "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TITLED, max_size=20).map("".join))
def test_anchored_unlinked_patterns_find_what_a_full_scan_finds(text):
    from rasd.entities import unlinked as u
    from rasd.text.normalize import normalize

    nt = normalize(text)
    anchors = u.find_anchors(nt.text)
    assert anchors == get_matcher(small_kb()).scan(nt)[1]

    def spans(matches):
        return [m.span() for m in matches]

    assert spans(u._ar_person_matches(nt.text, anchors["ar_person"])) == spans(_reference_ar_person(u, nt.text))
    ar_org_starts = [p for s, _, _ in anchors["ar_org"] for p in range(max(0, s - 3), s + 1)]
    assert spans(u._matches_at(u._AR_ORG, nt.text, ar_org_starts)) == spans(u._AR_ORG.finditer(nt.text))
    en_person_starts = [nt.start_of(s) for s, _, _ in anchors["en_person"]]
    assert spans(u._matches_at(u._EN_PERSON, text, en_person_starts)) == spans(u._EN_PERSON.finditer(text))
    en_org_starts = u._en_org_starts(text, nt, anchors["en_org"])
    assert spans(u._matches_at(u._EN_ORG, text, en_org_starts)) == spans(u._EN_ORG.finditer(text))
    # Known spans given in the copy or in the original exclude the same unlinked names.
    known = [(h.nstart, h.nend) for h in get_matcher(small_kb()).find(nt)]
    chosen = sorted({s: None for s in known if all(s == k or s[1] <= k[0] or k[1] <= s[0] for k in known)})
    for lang in ("ar", "en", "other"):
        by_copy = u.find_unlinked(nt, lang, (), anchors, taken_in_copy=chosen)
        by_original = u.find_unlinked(nt, lang, [nt.span(*s) for s in chosen])
        assert [r.to_dict() for r in by_copy] == [r.to_dict() for r in by_original]


def _reference_ar_person(u, text):
    """The anchors of the person pattern found by a regex alternation, as before the automaton."""
    import re

    anchor = re.compile("|".join(u._AR_PERSON_TITLES))
    titles = [(m.start(), m.end(), 0) for m in anchor.finditer(text)]
    return u._ar_person_matches(text, titles)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=25, unique=True))
def test_longest_hit_selection_equals_the_plain_greedy_rule(spans):
    from rasd.entities.matcher import Hit
    from rasd.entities.tagger import _pick_longest

    # In the matcher's order: by end, and at one end the longest first.
    hits = sorted((Hit(start, start + length, ()) for start, length in set(spans)), key=lambda h: (h.nend, h.nstart))
    expected: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.nstart - h.nend, h.nstart)):
        if all(hit.nend <= k.nstart or k.nend <= hit.nstart for k in expected):
            expected.append(hit)
    picked = _pick_longest(hits)
    assert sorted(picked) == sorted(expected)
    # The order the tagger links them in: clusters of overlapping hits in text order, the
    # picks of one cluster longest first.
    assert picked == _reference_pick_order(hits)


def _reference_pick_order(hits):
    """The picks in the order of the former implementation (sort by start, then cluster)."""
    out, cluster, cluster_end = [], [], -1
    for hit in sorted(hits, key=lambda h: h.nstart) + [None]:
        if hit is None or hit.nstart >= cluster_end:
            kept = []
            for h in sorted(cluster, key=lambda h: (h.nstart - h.nend, h.nstart)):
                if all(h.nend <= k.nstart or k.nend <= h.nstart for k in kept):
                    kept.append(h)
            out.extend(kept)
            if hit is not None:
                cluster, cluster_end = [hit], hit.nend
        else:
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.nend)
    return out
