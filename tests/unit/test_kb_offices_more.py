"""Offices of more states, US posts and international bodies: a title names its holder on the day.

News names people by title as often as by name ("the Spanish prime minister", "وزير الخارجية
الإيطالي", "Kenya's president"). These tests check what a reader of the analysis sees: the
title links whoever held the office on the article's date, a date in another term links that
other holder, "former"/"السابق" links nobody, and no office ever has two holders at once.
The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze
from rasd.kb.loader import load_kb
from rasd.text.normalize import normalize_alias


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _linked(text: str, day: date) -> dict[str, list[str]]:
    out = analyze(text, published=day).to_dict()
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["linked"]}


def _people(text: str, day: date) -> list[str]:
    out = analyze(text, published=day).to_dict()
    return [e["name"] for e in out["entities"] if e["linked"] and e["type"] == "PERSON"]


# (sentence, title as written, [(article date, holder on that date), ...]): two dates in two
# different terms, so that a title stuck on one holder fails.
TITLED = [
    ("The Spanish prime minister will open the summit in Lisbon on Friday.", "Spanish prime minister",
     [(date(2016, 5, 1), "Mariano Rajoy"), (date(2020, 1, 15), "Pedro Sánchez")]),
    ("Spain's prime minister cancelled his trip because of the floods.", "Spain's prime minister",
     [(date(2019, 3, 1), "Pedro Sánchez"), (date(2009, 3, 1), "José Luis Rodríguez Zapatero")]),
    ("Poland's prime minister signed the joint letter.", "Poland's prime minister",
     [(date(2016, 6, 1), "Beata Szydło"), (date(2024, 6, 1), "Donald Tusk")]),
    ("The Japanese PM landed in Washington for two days of talks.", "Japanese PM",
     [(date(2015, 4, 27), "Shinzo Abe"), (date(2022, 5, 1), "Fumio Kishida")]),
    ("Kenya's president opened the new railway line to Naivasha.", "Kenya's president",
     [(date(2017, 5, 31), "Uhuru Kenyatta"), (date(2023, 3, 1), "William Ruto")]),
    ("The Brazilian President vetoed the forestry bill.", "Brazilian President",
     [(date(2012, 1, 10), "Dilma Rousseff"), (date(2020, 1, 10), "Jair Bolsonaro")]),
    ("The South Korean president called for new talks with Pyongyang.", "South Korean president",
     [(date(2018, 4, 1), "Moon Jae-in"), (date(2023, 4, 1), "Yoon Suk Yeol")]),
    ("The Ukrainian defence minister toured the eastern front.", "Ukrainian defence minister",
     [(date(2022, 6, 1), "Oleksii Reznikov"), (date(2024, 6, 1), "Rustem Umerov")]),
    ("India's External Affairs Minister met envoys from the Gulf.", "India's External Affairs Minister",
     [(date(2016, 8, 1), "Sushma Swaraj"), (date(2021, 8, 1), "S. Jaishankar")]),
    ("The CIA director briefed the Senate committee behind closed doors.", "CIA director",
     [(date(2015, 6, 1), "John Brennan"), (date(2019, 6, 1), "Gina Haspel")]),
    ("The Fed chair signalled that rates would stay where they are.", "Fed chair",
     [(date(2016, 9, 1), "Janet Yellen"), (date(2023, 9, 1), "Jerome Powell")]),
    ("The White House Press Secretary took questions about the tariffs.", "White House Press Secretary",
     [(date(2018, 1, 10), "Sarah Huckabee Sanders"), (date(2023, 1, 10), "Karine Jean-Pierre")]),
    ("The UN envoy for Libya met both rival governments this week.", "UN envoy for Libya",
     [(date(2018, 3, 1), "Ghassan Salamé"), (date(2016, 3, 1), "Martin Kobler")]),
    ("The ECB President kept rates on hold at the March meeting.", "ECB President",
     [(date(2015, 3, 1), "Mario Draghi"), (date(2023, 3, 1), "Christine Lagarde")]),
    ("The IRGC chief warned of a harsh response.", "IRGC chief",
     [(date(2020, 1, 5), "Hossein Salami"), (date(2017, 1, 5), "Mohammad Ali Jafari")]),
    ("Greece's prime minister asked the lenders for more time.", "Greece's prime minister",
     [(date(2013, 10, 1), "Antonis Samaras"), (date(2017, 10, 1), "Alexis Tsipras")]),
    ("وصل رئيس الوزراء الإسباني إلى الرباط في زيارة رسمية تستمر يومين.", "رئيس الوزراء الإسباني",
     [(date(2019, 2, 1), "Pedro Sánchez"), (date(2014, 2, 1), "Mariano Rajoy")]),
    ("قال وزير الخارجية الإيطالي إن روما تدعم الحوار بين الأطراف.", "وزير الخارجية الإيطالي",
     [(date(2017, 2, 1), "Angelino Alfano"), (date(2020, 2, 1), "Luigi Di Maio")]),
    ("استقبل رئيس الوزراء الكويتي السفير البريطاني في مكتبه.", "رئيس الوزراء الكويتي",
     [(date(2015, 2, 1), "Jaber Al-Mubarak Al-Hamad Al-Sabah"), (date(2020, 6, 1), "Sabah Al-Khalid Al-Sabah")]),
    ("أعلن رئيس الحكومة اليمنية عودة الوزراء إلى عدن.", "رئيس الحكومة اليمنية",
     [(date(2017, 1, 1), "Ahmed Obeid bin Daghr"), (date(2020, 1, 1), "Maeen Abdulmalik Saeed")]),
    ("التقى المبعوث الأممي إلى اليمن بممثلي الأطراف في مسقط.", "المبعوث الأممي إلى اليمن",
     [(date(2019, 6, 1), "Martin Griffiths"), (date(2023, 6, 1), "Hans Grundberg")]),
    ("وقال وزير الطاقة السعودي إن السوق تتجه إلى التوازن.", "وزير الطاقة السعودي",
     [(date(2017, 6, 1), "Khalid A. Al-Falih"), (date(2021, 6, 1), "Abdulaziz bin Salman Al Saud")]),
    ("وأكد مدير وكالة المخابرات المركزية الأمريكية أن التهديد ما زال قائما.",
     "مدير وكالة المخابرات المركزية الأمريكية",
     [(date(2019, 6, 1), "Gina Haspel"), (date(2022, 6, 1), "William J. Burns")]),
    ("وصل الرئيس البرازيلي إلى بكين في زيارة رسمية.", "الرئيس البرازيلي",
     [(date(2017, 9, 1), "Michel Temer"), (date(2024, 9, 1), "Luiz Inácio Lula da Silva")]),
]


@pytest.mark.parametrize(("text", "title", "dated"), TITLED, ids=[t[1] for t in TITLED])
def test_a_title_links_the_holder_of_the_articles_date(text, title, dated):
    for day, holder in dated:
        linked = _linked(text, day)
        assert linked.get(holder) == [title], (day, linked)
        others = [name for name, spans in linked.items() if title in spans and name != holder]
        assert others == [], (day, others)


@pytest.mark.parametrize(
    ("text", "day", "holders"),
    [
        # Feminine Arabic titles, for the women who held these offices.
        ("قالت رئيسة الوزراء الدنماركية إن حكومتها سترسل مساعدات إضافية.", date(2020, 2, 1),
         ["Mette Frederiksen"]),
        ("وأكدت المفوضة السامية لحقوق الإنسان أن التحقيق يجب أن يكون مستقلا.", date(2020, 6, 1),
         ["Michelle Bachelet"]),
        # Two titles of one sentence, two holders.
        ("اتصل الرئيس الباكستاني بنظيره الأفغاني لبحث أمن الحدود.", date(2016, 2, 1),
         ["Mamnoon Hussain"]),
        ("The Pakistani President phoned the Afghan President about the border.", date(2016, 2, 1),
         ["Mamnoon Hussain", "Ashraf Ghani"]),
        ("زار الرئيس السوداني الدوحة لحضور القمة.", date(2017, 6, 1), ["Omar al-Bashir"]),
        ("أكد رئيس مفوضية الاتحاد الأفريقي دعم المبادرة.", date(2019, 6, 1), ["Moussa Faki"]),
        ("The OPEC Secretary General said supply cuts were working.", date(2017, 6, 1), ["Mohammed Barkindo"]),
    ],
)
def test_more_titles_link_their_holders(text, day, holders):
    linked = _linked(text, day)
    for holder in holders:
        assert holder in linked, linked


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("The IRGC chief warned of a harsh response.", date(2020, 3, 1),
         {"Hossein Salami", "Islamic Revolutionary Guard Corps"}),
        ("The CIA Director told senators the threat had grown.", date(2020, 3, 1),
         {"Gina Haspel", "Central Intelligence Agency"}),
        ("قال مبعوث الأمم المتحدة إلى ليبيا إن الهدنة صامدة.", date(2018, 3, 1), {"Ghassan Salamé", "United Nations"}),
    ],
)
def test_the_organisation_named_in_the_title_is_linked_too(text, day, expected):
    assert expected <= set(_linked(text, day))


def test_a_longer_state_name_is_not_read_as_the_shorter_one():
    linked = _linked("South Sudan's President flew to Addis Ababa for the talks.", date(2019, 8, 17))
    assert {"Salva Kiir Mayardit", "South Sudan"} <= set(linked)
    assert "Sudan" not in linked


def test_the_state_named_in_the_title_is_linked_too():
    linked = _linked("Kenya's president and the Nigerian President met in Abuja.", date(2019, 3, 1))
    assert {"Kenya", "Nigeria", "Uhuru Kenyatta", "Muhammadu Buhari"} <= set(linked)


@pytest.mark.parametrize(
    ("text", "former_text", "day", "holder"),
    [
        ("The Spanish prime minister published a book.", "The former Spanish prime minister published a book.",
         date(2020, 1, 1), "Pedro Sánchez"),
        ("The CIA director criticised the plan.", "A former CIA director criticised the plan.",
         date(2019, 6, 1), "Gina Haspel"),
        ("قال رئيس الوزراء الإسباني إن الأزمة ستطول.", "قال رئيس الوزراء الإسباني السابق إن الأزمة ستطول.",
         date(2020, 1, 1), "Pedro Sánchez"),
        ("صرح وزير الخارجية الإيطالي بأن الاتفاق ضروري.", "صرح وزير الخارجية الإيطالي الأسبق بأن الاتفاق ضروري.",
         date(2020, 1, 1), "Luigi Di Maio"),
        ("وانتقد الرئيس البرازيلي الحكومة الجديدة.", "وانتقد الرئيس البرازيلي السابق الحكومة الجديدة.",
         date(2024, 1, 1), "Luiz Inácio Lula da Silva"),
    ],
)
def test_former_links_nobody(text, former_text, day, holder):
    assert _people(text, day) == [holder]
    assert _people(former_text, day) == []  # the sentences name nobody else


def test_no_office_has_two_holders_at_once(kb):
    by_office: dict[str, list] = {}
    for entity in kb.entities.values():
        for term in entity.offices:
            by_office.setdefault(term.office, []).append((term, entity))
    overlaps = []
    for office, terms in by_office.items():
        for i, (a, ea) in enumerate(terms):
            for b, eb in terms[i + 1:]:
                if ea.id == eb.id:
                    continue
                lo = max(a.start or date.min, b.start or date.min)
                hi = min(a.end or date.max, b.end or date.max)
                if lo < hi:  # sharing the hand-over day is fine
                    overlaps.append((office, ea.name_en, eb.name_en))
    assert overlaps == []
    assert len(by_office) >= 200  # the check covers the offices added here


# A title alone ("the prime minister", "رئيس الوزراء") names no state: it must never be an office title.
_BARE = {
    normalize_alias(t) for t in (
        "President", "Vice President", "Prime Minister", "PM", "Premier", "Foreign Minister",
        "Defence Minister", "Defense Minister", "Interior Minister", "Finance Minister", "Attorney General",
        "House Speaker", "Speaker", "Chancellor", "King", "Emir", "the President", "the Prime Minister",
        "الرئيس", "رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "وزير الخارجية", "وزير الدفاع",
        "وزير الداخلية", "وزير المالية", "وزير الطاقة", "وزير العدل", "رئيس مجلس النواب", "الملك", "الأمير",
    )
}


def test_no_office_title_is_a_bare_title_without_its_state(kb):
    bare = [(o.id, t) for o in kb.offices.values() for ts in o.titles.values() for t in ts
            if normalize_alias(t) in _BARE]
    assert bare == []


@pytest.mark.parametrize(
    "office",
    ["es.prime_minister", "nl.prime_minister", "se.prime_minister", "dk.prime_minister", "jp.prime_minister",
     "ua.prime_minister", "et.prime_minister", "kw.prime_minister", "ye.prime_minister", "sd.prime_minister",
     "kr.president", "pk.president", "af.president", "mx.president", "ar.president", "ve.president",
     "cu.president", "za.president", "ng.president", "by.president", "er.president", "it.president",
     "it.foreign_minister", "kw.foreign_minister", "ps.foreign_minister", "in.foreign_minister",
     "ir.quds_force_commander", "us.fbi_director", "us.attorney_general", "us.dni", "us.joint_chiefs_chair",
     "us.house_speaker", "unhcr.high_commissioner", "unrwa.commissioner_general", "gcc.secretary_general",
     "oic.secretary_general", "icc.prosecutor", "wto.director_general"],
)
def test_each_new_office_has_titles_in_both_languages_and_a_holder_in_2018_or_later(kb, office):
    titles = kb.offices[office].titles
    assert titles.get("en") and titles.get("ar")
    days = [date(2018, 6, 1), date(2022, 6, 1), date(2025, 6, 1)]
    assert any(kb.holders(office, day) for day in days)
