"""What the fifth held-out entity set (``test_heldout5_entities``) found, as rules a user would
notice. The sentences are written for these tests; none comes from an article."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyze import analyze

DAY = date(2019, 6, 1)


def _linked(text: str, lang: str, day: date = DAY) -> set[str]:
    return {e.name for e in analyze(text, lang=lang, published=day).entities if e.linked}


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [
    # companies: carmakers, chipmakers, a potash producer, a port operator
    ("en", "Toyota and Honda gained while Nissan, Renault and Mitsubishi Motors fell; BYD and "
           "Foxconn said nothing.",
     {"Toyota", "Honda", "Nissan", "Renault", "Mitsubishi Motors", "BYD", "Foxconn"}, set()),
    ("en", "Nvidia rose and Tokyo Electron slipped in Tokyo trading.",
     {"Nvidia", "Tokyo Electron", "Tokyo"}, set()),
    ("ar", "وقعت موانئ دبي العالمية عقدا مع شركة بيلاروسكالي.", {"DP World", "Belaruskali"},
     set()),
    # نيسان is also April: the carmaker needs its firm name
    ("ar", "اجتمع الوزراء في الأول من نيسان في بغداد.", set(), {"Nissan"}),
    # police forces and their watchdog; "the Met" with support only
    ("en", "The Independent Office for Police Conduct said Metropolitan Police officers erred; "
           "the Met apologised.", {"Independent Office for Police Conduct", "Metropolitan Police"},
     set()),
    ("en", "The Met said rain would return by Friday.", set(), {"Metropolitan Police"}),
    # "ICC": the cricket council or the criminal court, as the article's full name says
    ("en", "The International Cricket Council met in Dubai. The ICC fined the Pakistan Cricket "
           "Board.", {"International Cricket Council", "Pakistan Cricket Board"},
     {"International Criminal Court"}),
    ("en", "The International Criminal Court issued a warrant; the ICC prosecutor spoke.",
     {"International Criminal Court"}, {"International Cricket Council"}),
    ("en", "Sri Lanka Cricket named a new captain.", {"Sri Lanka Cricket"}, set()),
    # a competition named after a continent is no mention of the continent
    ("ar", "تأهل الفريق إلى دوري أبطال أفريقيا وكأس الأمم الأفريقية.",
     {"CAF Champions League", "Africa Cup of Nations"}, {"Africa"}),
    ("en", "She won the Australian Open in Melbourne.", {"Australian Open"}, {"Australia"}),
    # clubs whose names hold a demonym or a capital are no mention of the state
    ("ar", "تعادل المصري البورسعيدي مع مولودية الجزائر.", {"Al Masry SC", "MC Alger"},
     {"Egypt", "Algeria"}),
    ("ar", "أوقف الاتحاد الإيطالي لكرة القدم لاعبا.", {"Italian Football Federation"}, set()),
    # a crossing named after a person is no mention of the city of that name
    ("ar", "أغلقت السلطات معبر إبراهيم الخليل أمام الشاحنات.",
     {"Ibrahim Khalil border crossing"}, {"Hebron"}),
    # "الاتحاد السعودي" is the Saudi football federation as often as the Jeddah club
    ("ar", "زار رئيس الاتحاد السعودي القاهرة لتوقيع اتفاق.", set(), {"Al-Ittihad Club"}),
    # US states; Georgia the state only when the text says so
    ("en", "Storms hit Texas and Florida before reaching the state of Georgia.",
     {"Texas", "Florida", "Georgia (U.S. state)"}, {"Georgia"}),
    ("en", "Georgia and Armenia signed a transit deal in Tbilisi.", {"Georgia"},
     {"Georgia (U.S. state)"}),
    ("en", "Farmers in New Mexico and New Jersey voted.", {"New Mexico", "New Jersey"},
     {"Mexico"}),
    ("ar", "ضربت العاصفة ولاية تكساس وفلوريدا.", {"Texas", "Florida"}, set()),
    # Libya's 5+5 commission; a generic joint commission elsewhere names nobody
    ("en", "In Libya, the Joint Military Commission met in Sirte.",
     {"5+5 Joint Military Commission"}, set()),
    ("en", "In South Sudan, the Joint Military Commission met in Juba.", set(),
     {"5+5 Joint Military Commission"}),
    # Sudan's bodies and regions
    ("ar", "أجاز المجلس الوطني السوداني القانون، وقالت وزارة الخارجية السودانية إن الوضع في "
           "جنوب كردفان هادئ.",
     {"National Legislature (Sudan)", "Ministry of Foreign Affairs (Sudan)", "South Kordofan"},
     {"Kordofan"}),
])
def test_fresh_gap_rule(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    found = _linked(text, lang)
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not (absent & found), f"wrong {absent & found}"


@pytest.mark.parametrize(("text", "present"), [
    # a name written with a spaced dash matches as written
    ("أعلنت الحركة الشعبية - قطاع الشمال تعليق التفاوض.",
     "Sudan People's Liberation Movement–North"),
    # a bloc's proper name in quotes after its generic head, and a bloc called a list
    ('أعلن تحالف "الفتح" موقفه.', "Fatah Alliance"),
    ("قالت قائمة «سائرون» إنها ستشارك.", "Alliance Towards Reform"),
    # a state whose name is also a common word, after a destination or a part of the country
    ("توجه الوزير إلى مالي لبحث الأزمة.", "Mali"),
    ("قتل جنديان في شمال مالي.", "Mali"),
    ("أرسلت فرنسا قوات إلى النيجر ومالي.", "Mali"),
    # the newspaper of a quoted dateline, quoted again later
    ('بغداد - "الشرق الأوسط": قال مصدر لـ"الشرق الأوسط" إن الوفد وصل.', "Asharq Al-Awsat"),
    # the deputy crown prince is not the crown prince
    ("استقبل ولي ولي العهد السعودي الوزير.", "Mohammed bin Salman"),
])
def test_fresh_gap_arabic_forms(text: str, present: str) -> None:
    assert present in _linked(text, "ar", date(2016, 6, 1))


@pytest.mark.parametrize(("text", "absent"), [
    ("تعاني الشركة من عجز مالي كبير.", "Mali"),
    ("سافر الوفد إلى عمان.", "Mali"),
    ('بغداد - "الشرق الأوسط": قال مصدر لـ"الشرق الأوسط" إن الوفد وصل.', "Middle East"),
    ("استقبل ولي ولي العهد السعودي الوزير.", "Muhammad bin Nayef"),
])
def test_fresh_gap_arabic_forms_no_wrong_link(text: str, absent: str) -> None:
    assert absent not in _linked(text, "ar", date(2016, 6, 1))
