"""Office terms for people the KB knew by name only, and the offices of their states.

Many heads of state and government and ministers of 2016-2025 were in the KB without terms
(or their state had no office at all), so "the Polish president", "رئيس الوزراء الماليزي" or
"Venezuela's foreign minister" linked nobody, and the KB could not say who held an office on a
day. These tests check what a reader of the analysis sees: the title links whoever held the
office on the article's date (two dates in two terms, so a title stuck on one holder fails),
the state named in the title is linked too, and the KB answers who held an office on a day.
The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.kb.loader import load_kb
from tests.unit.test_kb_offices_more import _linked


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# (sentence, title as written, [(article date, holder on that date), ...])
TITLED = [
    ("The Polish President vetoed the media bill.", "Polish President",
     [(date(2020, 6, 1), "Andrzej Duda"), (date(2025, 10, 1), "Karol Nawrocki")]),
    ("The Georgian Prime Minister rejected the EU's criticism.", "Georgian Prime Minister",
     [(date(2022, 6, 1), "Irakli Garibashvili"), (date(2024, 6, 1), "Irakli Kobakhidze")]),
    ("Thailand's Prime Minister flew to Phnom Penh for talks.", "Thailand's Prime Minister",
     [(date(2020, 3, 1), "Prayut Chan-o-cha"), (date(2024, 3, 1), "Srettha Thavisin"),
      (date(2025, 2, 1), "Paetongtarn Shinawatra")]),
    ("Venezuela's Foreign Minister denounced the new sanctions.", "Venezuela's Foreign Minister",
     [(date(2016, 5, 1), "Delcy Rodríguez"), (date(2019, 5, 1), "Jorge Arreaza")]),
    ("The Colombian President met the rebel negotiators in Havana.", "Colombian President",
     [(date(2016, 9, 1), "Juan Manuel Santos"), (date(2023, 9, 1), "Gustavo Petro")]),
    ("The Canadian Foreign Minister summoned the Saudi ambassador.", "Canadian Foreign Minister",
     [(date(2018, 8, 6), "Chrystia Freeland"), (date(2023, 9, 20), "Mélanie Joly")]),
    ("The Turkish Vice President visited the earthquake zone.", "Turkish Vice President",
     [(date(2020, 3, 1), "Fuat Oktay"), (date(2024, 3, 1), "Cevdet Yılmaz")]),
    ("The UAE Defence Minister received the French chief of staff.", "UAE Defence Minister",
     [(date(2020, 3, 1), "Mohammed bin Rashid Al Maktoum"), (date(2025, 3, 1), "Hamdan bin Mohammed Al Maktoum")]),
    ("استقبل رئيس الوزراء الماليزي وفدا من رجال الأعمال.", "رئيس الوزراء الماليزي",
     [(date(2017, 3, 1), "Najib Razak"), (date(2019, 3, 1), "Mahathir Mohamad"), (date(2023, 3, 1), "Anwar Ibrahim")]),
    ("وقال وزير الخارجية الباكستاني إن بلاده ترفض الاتهامات.", "وزير الخارجية الباكستاني",
     [(date(2023, 1, 10), "Bilawal Bhutto Zardari"), (date(2025, 1, 10), "Ishaq Dar")]),
    ("أعلن رئيس الوزراء الجزائري تشكيل الحكومة الجديدة.", "رئيس الوزراء الجزائري",
     [(date(2018, 6, 1), "Ahmed Ouyahia"), (date(2020, 6, 1), "Abdelaziz Djerad")]),
    ("زار الرئيس الزيمبابوي جوهانسبرغ لحضور القمة.", "الرئيس الزيمبابوي",
     [(date(2016, 8, 1), "Robert Mugabe"), (date(2019, 8, 1), "Emmerson Mnangagwa")]),
]


@pytest.mark.parametrize(("text", "title", "dated"), TITLED, ids=[t[1] for t in TITLED])
def test_a_title_links_the_holder_of_the_articles_date(text, title, dated):
    for day, holder in dated:
        linked = _linked(text, day)
        assert linked.get(holder) == [title], (day, linked)
        others = [name for name, spans in linked.items() if title in spans and name != holder]
        assert others == [], (day, others)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # feminine Arabic titles for the women who held these offices
        ("قالت رئيسة الوزراء البنغلاديشية إن الانتخابات ستجرى في موعدها.", date(2020, 2, 1),
         {"Sheikh Hasina", "Bangladesh"}),
        ("أكدت وزيرة الخارجية الكندية دعم بلادها لأوكرانيا.", date(2023, 2, 1), {"Mélanie Joly", "Canada"}),
        ("وصلت رئيسة جورجيا إلى بروكسل.", date(2021, 2, 1), {"Salome Zourabichvili", "Georgia"}),
        # the state named in the title is linked with the holder
        ("The Serbian Prime Minister said Belgrade would not join the sanctions.", date(2019, 4, 1),
         {"Ana Brnabić", "Serbia"}),
        ("The Hungarian Foreign Minister blocked the joint statement.", date(2022, 5, 1),
         {"Péter Szijjártó", "Hungary"}),
        ("وقال وزير الخارجية الأفغاني إن حكومته لن تسمح بأي هجمات من أراضيها.", date(2023, 5, 1),
         {"Amir Khan Muttaqi", "Afghanistan"}),
    ],
)
def test_more_titles_link_their_holder_and_state(text, day, expected):
    assert expected <= set(_linked(text, day))


@pytest.mark.parametrize(
    ("office", "day", "holder"),
    [
        ("iq.krg_president", date(2016, 1, 1), "Masoud Barzani"),
        ("us.dni", date(2020, 4, 1), "Richard Grenell"),
        ("ir.snsc_secretary", date(2025, 9, 1), "Ali Larijani"),
        ("ae.defence_minister", date(2025, 1, 1), "Hamdan bin Mohammed Al Maktoum"),
        ("ve.defence_minister", date(2019, 4, 30), "Vladimir Padrino López"),
        ("pl.foreign_minister", date(2024, 3, 1), "Radosław Sikorski"),
        ("kz.president", date(2022, 1, 5), "Kassym-Jomart Tokayev"),
        ("ne.president", date(2022, 6, 1), "Mohamed Bazoum"),
    ],
)
def test_the_kb_names_the_one_holder_on_a_day(kb, office, day, holder):
    assert [e.name_en for e in kb.holders(office, day)] == [holder]


def test_a_hand_over_leaves_one_holder_on_either_side(kb):
    # the UAE defence portfolio passed from Mohammed bin Rashid to Hamdan bin Mohammed in July 2024
    assert [e.name_en for e in kb.holders("ae.defence_minister", date(2024, 7, 1))] == ["Mohammed bin Rashid Al Maktoum"]
    assert [e.name_en for e in kb.holders("ae.defence_minister", date(2024, 8, 1))] == ["Hamdan bin Mohammed Al Maktoum"]


@pytest.mark.parametrize(
    "office",
    ["ge.president", "ge.prime_minister", "ve.foreign_minister", "ve.defence_minister", "pl.president",
     "th.prime_minister", "my.prime_minister", "rs.president", "zw.president", "am.foreign_minister",
     "co.president", "ph.president", "pk.foreign_minister", "dz.prime_minister", "af.foreign_minister"],
)
def test_each_new_office_has_titles_in_both_languages_and_a_holder_in_2018_or_later(kb, office):
    titles = kb.offices[office].titles
    assert titles.get("en") and titles.get("ar")
    assert any(kb.holders(office, day) for day in (date(2018, 6, 1), date(2022, 6, 1), date(2025, 6, 1)))
