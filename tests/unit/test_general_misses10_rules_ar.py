"""Rule sentences (Arabic) for the general causes fixed after the strict xfails of the Arabic
held-out sets 1 to 39 and 60 to 80 (a tenth round).

- A later clause of a two-clause headline ("قيس سعيد يقرر تعيين سفير في دمشق.. وسوريا تعلن إعادة
  فتح سفارتها بتونس", set 18's; "توقيع الاتفاق الإطاري … .. ودمج الدعم السريع في الجيش", set 4's)
  is in the headline's tense, the news's and not its time, like its first clause: the body's plan
  it is merged with keeps the plan's status (``extractor._absorb``, through
  ``_headline_tense``). It is the plan's when its target is a party of the plan (the forces to be
  merged, the plan's actor) or when neither names a target and their actors are the same. "غدا"
  ("tomorrow") is a time ahead only as a word of its own, not the letters of "بغداد"
  (``extractor._TIME_AHEAD``). A headline clause beside a plan with another target, and one
  whose body tells the act done, keep their reading.
- A plan told "at a later time" ("ومن المقرر أن يوقع الجانبان، في وقت لاحق من العام الجاري، مذكرة
  تفاهم", set 17's Jordan-EU memorandum, below the partnership signed that day) is a step of its
  own, not the act of the day told again: "في وقت لاحق" is among the times ahead that keep a plan
  apart from the occurred act it shares its parties with (``extractor._TIME_AHEAD``). A plan with
  no time ahead beside the act is still merged into it.
- A step a body is to consider ("على أن ينظر المجلس بعد ذلك في رفع العقوبات نهائيا", set 32's
  Lockerbie article; "سينظر الاتحاد في فرض عقوبات", "للنظر في تعليق") is ahead, not taken: a verb of
  considering a few words before the "في" of the masdar makes it planned
  (``status._considered_ar``). "ينظر إلى … على أنها" ("views as") and an act done after a report
  was considered keep their reading. (Set 32's article stays a strict xfail: the lifting's actors
  are still the mediators of the paragraph before.)
- A headline that bans poultry or livestock, or ends such a ban ("البيئة تحظر استيراد الدواجن من
  بولندا والمجر وترفع الحظر عن ولايات أمريكية", set 9's; "مصر ترفع الحظر عن استيراد المواشي
  السودانية", set 14's), too short to name the disease its lead names ("إنفلونزا الطيور", "الحجر
  البيطري", "الحمى القلاعية"), is a veterinary measure, no sanction
  (``status._veterinary_headline_ar``). A ban on a rival's poultry for a reprisal, told without a
  disease, and one called sanctions stay sanctions. (Set 14's article stays a strict xfail: the
  minutes signed at a joint committee are an accord of one party.)
- A state's block on an app, a platform or a website, or its end ("العراق يرفع الحظر عن "تلغرام"
  بعد أسبوع من حجبه", set 25's), is the internet censor's, no sanction: the words of blocking
  ("حجبه", "رفع الحجب", "حجب المواقع") join the ``censorship`` cues of ``ar.cues.yaml``. A ban
  lifted from a company after a year, and sanctions lifted after assets were withheld ("بعد
  حجبها أرصدة"), stay sanctions.
- A joint statement or a declaration signed "to establish ties" ("البحرين وإسرائيل توقعان في المنامة
  بيانا لإقامة علاقات دبلوماسية كاملة", set 3's) establishes them as it is signed: after a
  statement noun the purpose "ل" does not put the restoration ahead
  (``status._statement_establishing_ar``). An accord to build a base and a protocol "to
  establish ties" stay plans.
- The years and dates after "اتفاق على", "اتفاقا بشأن", "اتفاق حول" date what the accord is about,
  not the agreeing ("أعلنت الحكومة العراقية والولايات المتحدة، أمس الجمعة، التوصل إلى اتفاق على
  إنهاء المهمة العسكرية للتحالف … والثانية في سبتمبر 2026", set 3's), as "an agreement on holding
  elections in 2024" in English: the search for a year ahead stops at the accord's content
  (``status._accord_content_at_ar``, read by ``_provision_at``). A year before the accord's noun
  and a future verb keep the signing ahead.
- A headline's easing ("استثناء إنساني لستة أشهر.. الاتحاد الأوروبي يخفف قيود عقوباته على سوريا",
  set 66's) is the suspension its lead tells (an exemption, a licence), as in English: "يخفف"
  and its forms join the easing forms of ``extractor._headline_easing_as_lead``, which now reads
  any clause of the headline (``_headline_tense``). A headline's easing over a lead that lifts
  sanctions stays a lifting.

Each sentence was written for this test (other states, places and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2023, 10, 18)


def _events(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in event_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- a later clause of the headline is in the headline's tense ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        pytest.param(
            "الأردن يعين سفيرا في بغداد.. والعراق يعلن إعادة فتح سفارته بعمان\n\n"
            "بغداد - وكالات: قالت وزارة الخارجية العراقية إن بغداد ستعيد فتح سفارتها في الأردن بعد إغلاق دام سنوات.",
            "relations.restored", "Iraq", id="reopening-with-no-target",
        ),
        pytest.param(
            "اتفاق في جوبا.. ودمج الحركة الشعبية في الجيش\n\n"
            "جوبا - وكالات: وقعت حكومة جنوب السودان والحركة الشعبية لتحرير السودان في المعارضة اتفاقا جديدا. "
            "كما ينص الاتفاق على دمج قوات الحركة الشعبية في الجيش الوطني وفق جدول يتفق عليه الطرفان.",
            "forces.integrated", "Sudan People's Liberation Movement", id="merger-the-accord-provides-for",
        ),
    ],
)
def test_a_later_headline_clause_takes_the_bodys_plan(text: str, kind: str, party: str) -> None:
    events = _events(text, kind)
    assert len(events) == 1
    status, actors, targets = events[0]
    assert status == "planned" and party in actors | targets


def test_a_headline_clause_beside_a_plan_for_another_body_stays_done() -> None:
    text = ("قمة في أنقرة.. وتركيا تنضم إلى التحالف الدولي ضد داعش\n\n"
            "أنقرة - وكالات: أعلنت الحكومة التركية أمس انضمامها إلى التحالف الدولي ضد داعش. "
            "وقال الوزير إن تركيا ستنضم إلى منظمة شنغهاي للتعاون.")
    events = _events(text, "alliance.joined")
    assert ("occurred", {"Turkey"}, {"Global Coalition to Defeat ISIS"}) in events
    assert ("planned", {"Turkey"}, {"Shanghai Cooperation Organisation"}) in events


def test_a_headline_clause_told_done_below_stays_done() -> None:
    text = ("لقاء في الرياض.. والبحرين تعيد فتح سفارتها في بيروت\n\n"
            "المنامة - وكالات: أعادت البحرين أمس فتح سفارتها في لبنان، بعد قطيعة دامت عامين.")
    assert [e[0] for e in _events(text, "relations.restored")] == ["occurred"]


# --- a plan told "at a later time" is a step of its own ------------------------------------------


def test_a_plan_at_a_later_time_stays_beside_the_act_of_the_day() -> None:
    text = ("وقعت مصر وإسبانيا اتفاقية تجارية أمس. ومن المقرر أن يوقع الجانبان، في وقت لاحق من العام "
            "الجاري، مذكرة تفاهم للتعاون الاقتصادي.")
    assert sorted(e[0] for e in _events(text, "agreement.signed")) == ["occurred", "planned"]


def test_a_plan_with_no_time_ahead_is_the_act_told_again() -> None:
    text = "وقعت قطر وتركيا أمس اتفاقية دفاعية. ومن المقرر أن يوقع البلدان الاتفاقية بحضور الرئيسين."
    assert [e[0] for e in _events(text, "agreement.signed")] == ["occurred"]


# --- a step a body is to consider is ahead ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        pytest.param("قرر مجلس الأمن أن ينظر في رفع العقوبات عن السودان بعد تسعين يوما.",
                     "sanctions.lifted", "Sudan", id="to-consider-lifting"),
        pytest.param("قال الوزير إن الاتحاد الأوروبي سينظر في فرض عقوبات على إيران.",
                     "sanctions.imposed", "Iran", id="will-consider-imposing"),
    ],
)
def test_a_step_to_be_considered_is_planned(text: str, kind: str, target: str) -> None:
    events = _events(text, kind)
    assert len(events) == 1 and events[0][0] == "planned" and target in events[0][2]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("ينظر كثيرون إلى العقوبات التي فرضتها اليابان على كوريا الشمالية أمس على أنها خطوة رمزية.",
                     "sanctions.imposed", id="viewed-as"),
        pytest.param("رفعت كندا العقوبات عن سوريا أمس، بعد أن نظرت في تقرير الأمم المتحدة.",
                     "sanctions.lifted", id="done-after-a-report-considered"),
    ],
)
def test_a_step_taken_near_a_word_of_considering_stays_done(text: str, kind: str) -> None:
    assert [e[0] for e in _events(text, kind)] == ["occurred"]


# --- a headline's ban on poultry or livestock, its disease in the lead -----------------------------

_ROMANIAN_CATTLE = (
    "الأردن يحظر استيراد الأبقار من رومانيا\n\n"
    "عمان - بترا: قررت وزارة الزراعة الأردنية، اليوم، وقف استيراد الأبقار الحية من رومانيا بصفة مؤقتة، "
    "بعد ظهور إصابات بمرض الحمى القلاعية في عدد من المزارع هناك."
)
_FRENCH_POULTRY = (
    "الكويت ترفع الحظر عن استيراد الدواجن الفرنسية\n\n"
    "الكويت - كونا: أعلنت الهيئة العامة للزراعة، اليوم، السماح باستيراد الدواجن من فرنسا، بعد أن أثبتت "
    "تقارير الحجر البيطري خلو المزارع الفرنسية من المرض."
)


@pytest.mark.parametrize("text", [pytest.param(_ROMANIAN_CATTLE, id="ban"), pytest.param(_FRENCH_POULTRY, id="lifted")])
def test_a_headlines_veterinary_ban_is_no_sanction(text: str) -> None:
    rows = event_rows(text, lang="ar", published=DAY)
    assert not [r for r in rows if r[0].startswith("sanctions.")]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        pytest.param(
            "روسيا تحظر استيراد الدواجن التركية\n\nموسكو - وكالات: قررت الحكومة الروسية حظر استيراد الدواجن "
            "والخضراوات من تركيا، ردا على إسقاط الطائرة الحربية الروسية قرب الحدود السورية.",
            "Russia", "Turkey", id="a-reprisal",
        ),
        pytest.param(
            "الصين تفرض عقوبات على لحوم الأبقار الأسترالية\n\nبكين - وكالات: فرضت الصين عقوبات على واردات "
            "اللحوم من أستراليا، وقالت إن القرار جاء بعد ملاحظات من الحجر البيطري.",
            "China", "Australia", id="called-sanctions",
        ),
    ],
)
def test_a_ban_on_animals_for_a_reprisal_stays_a_sanction(text: str, actor: str, target: str) -> None:
    assert ("occurred", {actor}, {target}) in _events(text, "sanctions.imposed")


# --- a block on an app or a website is no sanction --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('الأردن يرفع الحظر عن "تيك توك" بعد شهر من حجبه', id="unblocked-app"),
        pytest.param('قررت السلطات الباكستانية رفع الحجب عن منصة "إكس" بعد أشهر من حظرها.', id="unblocked-platform"),
    ],
)
def test_a_block_on_an_app_is_no_sanction(text: str) -> None:
    assert not [r for r in event_rows(text, lang="ar", published=DAY) if r[0].startswith("sanctions.")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        pytest.param('رفعت الولايات المتحدة الحظر عن شركة "هواوي" بعد عام من حظرها.', "Huawei", id="a-company"),
        pytest.param("رفعت الولايات المتحدة العقوبات عن إيران، بعد حجبها أرصدة طهران سنوات.", "Iran",
                     id="assets-withheld"),
    ],
)
def test_a_ban_lifted_from_a_company_or_a_state_stays_a_sanction(text: str, target: str) -> None:
    events = _events(text, "sanctions.lifted")
    assert len(events) == 1 and events[0][0] == "occurred" and target in events[0][2]


# --- a joint statement signed to establish ties establishes them --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقعت الإمارات والمالديف أمس بيانا مشتركا لإقامة علاقات دبلوماسية كاملة بين البلدين.",
                     id="joint-statement"),
        pytest.param("المغرب وغينيا يوقعان إعلانا لإعادة العلاقات الدبلوماسية", id="declaration-headline"),
    ],
)
def test_a_statement_signed_to_establish_ties_establishes_them(text: str) -> None:
    assert [e[0] for e in _events(text, "relations.restored")] == ["occurred"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("وقعت مصر والسودان أمس اتفاقا لإقامة قاعدة عسكرية مشتركة.", "military.presence", id="base"),
        pytest.param("وقعت تركيا وأرمينيا أمس بروتوكولا لإقامة علاقات دبلوماسية.", "relations.restored",
                     id="protocol"),
    ],
)
def test_an_accord_to_establish_something_stays_a_plan(text: str, kind: str) -> None:
    assert [e[0] for e in _events(text, kind)] == ["planned"]


# --- the years of what an accord is about do not date the agreeing ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("توصلت الكويت والسعودية أمس إلى اتفاق على إنهاء الخلاف الحدودي بحلول عام 2030.", id="on"),
        pytest.param("وقعت قطر وتركيا أمس اتفاقا بشأن إقامة منطقة تجارة حرة في عام 2029.", id="about"),
    ],
)
def test_the_year_of_an_accords_content_leaves_it_reached(text: str) -> None:
    assert [e[0] for e in _events(text, "agreement.signed")] == ["occurred"]


def test_a_year_before_the_accord_keeps_the_signing_ahead() -> None:
    assert [e[0] for e in _events("ستوقع الجزائر وإيطاليا عام 2030 اتفاقا على مد خط غاز جديد.",
                                  "agreement.signed")] == ["planned"]


# --- a headline's easing is the suspension its lead tells ---------------------------------------------


def test_a_headlines_easing_is_the_leads_suspension() -> None:
    text = ("ترخيص لستة أشهر.. واشنطن تخفف عقوباتها على فنزويلا\n\n"
            "واشنطن - وكالات: أصدرت الولايات المتحدة، أمس، ترخيصا عاما يعلق العقوبات على قطاع النفط في فنزويلا "
            "لمدة ستة أشهر.")
    rows = event_rows(text, lang="ar", published=DAY)
    assert [r[0] for r in rows if r[0].startswith("sanctions.")] == ["sanctions.suspended"]


def test_a_headlines_easing_over_a_lifting_stays_a_lifting() -> None:
    text = ("الاتحاد الأوروبي يخفف عقوباته على بيلاروسيا\n\n"
            "بروكسل - وكالات: رفع الاتحاد الأوروبي أمس العقوبات عن عشرين مسؤولا في بيلاروسيا.")
    assert ("occurred", {"European Union"}, {"Belarus"}) in _events(text, "sanctions.lifted")
