"""Rule sentences (Arabic) for the general causes fixed after the strict xfails of the Arabic
held-out sets 1 to 39 and 60 to 80.

- A fronted "while" clause, the scene the act is set in ("وبينما كانت المدافع تهدر من جديد على تخوم
  إقليم تيغراي، جدّد الرئيس الأمريكي …", set 27's column; "وفيما كان …،", "وفي حين كانت …،"): its
  past progressive "كان … يفعل" dates the scene, not the act, and its names are none of the act's
  parties (``sentences.fronted_while_clause_ar``, read by ``status._historical`` and by
  ``roles.assign``'s hidden names). A pluperfect in the clause ("بينما كانت … قد فرضت"), a year
  that dates the scene, a "while" clause after the act and "فيما يتعلق" ("as regards") keep
  their reading.
- Forces placed at the army's disposal or under its command ("أعلن اللواء الثامن حل نفسه، ووضع
  جميع عناصره … تحت تصرف وزارة الدفاع", sets 16's and 37's Syrian brigade) are merged into it, as
  forces that "تنضوي تحت إمرة" the army already were: a ``forces.integrated`` trigger of
  ``ar.triggers.yaml`` on the verb وضع, with "تحت تصرف" among the ``army_rule`` cues and the
  forces right after the verb (``armed_units``, or ``own_forces`` of ``ar.cues.yaml``: "عناصره",
  "مقاتليها"). Planes, a state's means or housing units put at an army's disposal stay quiet.
- A body or an event named for its state or city ("غرفة تجارة وصناعة عمان", "أولمبياد باريس", set
  33's two near misses; "جامعة البحرين") is no state, and the place in its name no party to the
  accords signed with it or at it (``roles._named_for_a_place_ar``, hidden for the agreement,
  relations and alliance families). Two states that sign at such a place, or with the Arab League
  ("جامعة الدول العربية"), keep their parties.
- A warning given in a post or a statement told in an aside set off by commas ("وحذّر مكتب شؤون
  نصف الكرة الغربي في وزارة الخارجية الأمريكية، في منشور على منصة "إكس"، حلفاء مورايس … من أنهم
  قد يواجهون عقوبات", set 22's Brazilian article): the aside does not part the warner from the
  warned nor put the warner out of reach (``roles.assign``, through ``aside_words``), the platform
  named in it is no party (``roles._aside_media_ar``), and an office named inside its department
  ("مكتب … في وزارة الخارجية") after the warning verb is the one who warns (``roles._warned_by``).
  A warning to a state told with a short aside keeps its warner and its warned.
- An exemption whose long object names companies and people ("أعفت الإدارة الأمريكية، أمس
  الأربعاء، الشركة المشغلة لخط أنابيب الغاز الروسي "نورد ستريم 2" ورئيسها التنفيذي الألماني ماتياس
  فارنيغ وعددا من موظفيها من العقوبات", set 30's waiver): the names of the knowledge base between
  the verb and "من العقوبات" do not count against its reach (``extractor._named_words``, read by
  ``_needs_met`` for ``from_measure``), and after the subject right after the verb, a name not
  joined to it by و is in the object, the one exempted, no actor (``roles._exempted_object``). Two
  subjects joined by و both exempt.
- A later measure of the list a suspension, a lifting or a renewal takes ("ويعلق القرار، بأثر فوري
  …، الحظر التجاري والنفطي وحظر الرحلات الجوية وتجميد الأرصدة", set 36's Yugoslav article) is a
  measure relieved, not a new one imposed (``extractor._relieved_measure_ar``: a measure noun
  joined by و, no comma before it, a relieving verb before it in its clause). A new act told after
  the relief ("وفرضت حظر السفر وتجميد الأرصدة") and a list of the measures an imposition included
  ("شملت إغلاق الحدود وتعليق المعاملات وتجميد أصول الدولة") keep their reading. (Set 36's article
  stays a strict xfail: its threat of automatic reimposition takes Belgrade for Serbia.)
- The rival of a tension or a dispute an accord is set against ("في ذروة التوتر مع إثيوبيا", set
  31's Turkish-Somali defence accord; "وسط التوتر مع", "في ظل توتر العلاقات مع") is no party to it
  (``roles._rival_in_tension_ar``, for the agreement and alliance families). A dispute the accord
  settles ("اتفاقية لتسوية الخلاف مع السودان") keeps its party.

Each sentence was written for this test (other states, places and wording than the articles'),
and each positive failed before the fix it pins; the guards stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.rule_rows import event_rows

DAY = date(2023, 10, 18)


def _events(text: str, kind: str) -> list[tuple[str, set[str], set[str]]]:
    return [(r[1], r[2], r[3]) for r in event_rows(text, lang="ar", published=DAY) if r[0] == kind]


# --- a fronted "while" clause is the act's scene -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        pytest.param(
            "وبينما كانت القوات الروسية تتقدم في دونباس، فرضت كندا عقوبات جديدة على روسيا.",
            "sanctions.imposed", "Canada", "Russia", id="while",
        ),
        pytest.param(
            "قبل يومين، وفيما كان المتظاهرون يحتشدون في ساحة الحرية، جدد الاتحاد الأوروبي العقوبات على "
            "بيلاروسيا.",
            "sanctions.extended", "European Union", "Belarus", id="after-a-time-phrase",
        ),
        pytest.param(
            "وفي حين كانت المعارك تتواصل في شمال إثيوبيا، فرضت بريطانيا عقوبات على إريتريا.",
            "sanctions.imposed", "United Kingdom", "Eritrea", id="fi-hin",
        ),
    ],
)
def test_a_fronted_while_clause_is_the_scene(text: str, kind: str, actor: str, target: str) -> None:
    events = _events(text, kind)
    assert len(events) == 1
    status, actors, targets = events[0]
    assert status == "occurred" and actors == {actor} and target in targets


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a pluperfect inside the clause is the act's own past
        pytest.param(
            "بينما كانت الولايات المتحدة قد فرضت عقوبات على السودان في 2019، فإن الاتحاد الأوروبي لم يفعل.",
            "sanctions.imposed", id="pluperfect-in-the-clause",
        ),
        # a "while" clause after the act, dated by a year
        pytest.param(
            "فرضت الولايات المتحدة عقوبات على السودان بينما كانت المعارك تتواصل في دارفور عام 2019.",
            "sanctions.imposed", id="clause-after-the-act",
        ),
        # "as regards", no clause
        pytest.param(
            "فيما يتعلق بإيران، كانت الولايات المتحدة قد فرضت عقوبات عليها عام 2018.",
            "sanctions.imposed", id="as-regards",
        ),
        # the scene dated by a year dates the act too
        pytest.param(
            "وبينما كان الاتحاد الأوروبي يفرض عقوبات على روسيا عام 2014، وقعت الصين اتفاقية مع موسكو.",
            "agreement.signed", id="scene-of-a-past-year",
        ),
    ],
)
def test_a_past_told_around_a_while_clause_stays_historical(text: str, kind: str) -> None:
    events = _events(text, kind)
    assert events and all(e[0] == "historical" for e in events)


# --- forces placed at the army's disposal are merged into it ------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        pytest.param(
            "أعلنت الفصائل المسلحة في الجنوب حل تشكيلاتها، ووضع مقاتليها وأسلحتها تحت إمرة الجيش اللبناني.",
            "Lebanon", id="fighters-under-command",
        ),
        pytest.param(
            "أعلنت هيئة تحرير الشام حل نفسها ووضع عناصرها تحت تصرف وزارة الدفاع السورية.",
            "Hay'at Tahrir al-Sham", id="members-at-disposal",
        ),
        pytest.param(
            "قررت الحكومة الليبية وضع الكتائب تحت تصرف رئاسة الأركان.", "Libya", id="battalions",
        ),
    ],
)
def test_forces_placed_at_the_armys_disposal_are_merged(text: str, party: str) -> None:
    events = _events(text, "forces.integrated")
    assert len(events) == 1
    status, actors, targets = events[0]
    assert status == "occurred" and party in actors | targets


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وضعت الحكومة الأوكرانية طائرات الخطوط الجوية تحت تصرف الجيش الأوكراني.", id="planes"),
        pytest.param("وضع الرئيس التونسي جميع إمكانات الدولة تحت تصرف الجيش التونسي.", id="a-states-means"),
        pytest.param("وضعت الحكومة اللبنانية وحداتها السكنية تحت تصرف الجيش اللبناني.", id="housing-units"),
    ],
)
def test_means_lent_to_an_army_are_no_merger(text: str) -> None:
    assert _events(text, "forces.integrated") == []


# --- a body or an event named for its state or city is no party ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ووقعت الوزارة اتفاقية تعاون مع غرفة تجارة وصناعة قطر.", id="chamber-of-commerce-and-industry"),
        pytest.param("وأعلنت الهيئة توقيع اتفاق مع غرفة صناعة الأردن.", id="chamber-of-industry"),
        pytest.param(
            "ووقع الاتحاد، على هامش حفل تكريم أبطال أولمبياد طوكيو، اتفاق شراكة مع مجموعة مصرفية.",
            id="olympics-of-a-city",
        ),
    ],
)
def test_a_body_named_for_its_state_is_no_party(text: str) -> None:
    assert _events(text, "agreement.signed") == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param("وقعت الكويت اتفاقية مع الأردن بحضور رئيس غرفة تجارة الكويت.", {"Kuwait", "Jordan"},
                     id="states-sign-before-a-chamber"),
        pytest.param("وقعت البحرين مذكرة تفاهم مع جامعة الدول العربية.", {"Bahrain", "Arab League"},
                     id="the-arab-league"),
    ],
)
def test_states_beside_a_body_named_for_a_place_keep_their_parties(text: str, parties: set[str]) -> None:
    events = _events(text, "agreement.signed")
    assert len(events) == 1 and events[0][1] | events[0][2] == parties


# --- a warning given in a post told in an aside keeps its warner --------------------------------


@pytest.mark.parametrize(
    ("text", "warner", "warned"),
    [
        pytest.param(
            "وحذرت وزارة الخارجية البريطانية، في تغريدة على منصة إكس، المسؤولين الإيرانيين من أنهم قد "
            "يواجهون عقوبات.",
            "United Kingdom", None, id="post-on-a-platform",
        ),
        pytest.param(
            "وحذرت وزارة الخارجية الأمريكية، في بيان على موقعها، الصين من أنها قد تواجه عقوبات.",
            "United States", "China", id="statement-on-its-site",
        ),
        pytest.param(
            "وحذر مكتب مكافحة الإرهاب في وزارة الخارجية الأمريكية، في تغريدة على منصة إكس، قادة "
            "الميليشيات من أنهم قد يواجهون عقوبات.",
            "United States Department of State", None, id="office-of-a-department",
        ),
    ],
)
def test_a_warning_told_past_an_aside_keeps_its_warner(text: str, warner: str, warned: str | None) -> None:
    events = _events(text, "sanctions.threatened")
    assert len(events) == 1
    status, actors, targets = events[0]
    assert status == "occurred" and warner in actors and warner not in targets
    assert warned is None or warned in targets


def test_a_warning_with_a_short_aside_keeps_its_parties() -> None:
    events = _events("حذرت الصين، في بيان، الولايات المتحدة من أنها قد تواجه عقوبات مضادة.", "sanctions.threatened")
    assert events == [("occurred", {"China"}, {"United States"})]


# --- an exemption with a long object of names -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "أعفت وزارة الخزانة الأمريكية، أمس الثلاثاء، شركة النفط الوطنية البلغارية ومديرها التنفيذي "
            "الإيطالي وعددا من موظفيها من العقوبات.",
            {"United States Department of the Treasury"}, id="past-a-day-and-a-demonym",
        ),
        pytest.param(
            "أعفت وزارة الخزانة الأمريكية شركة لوك أويل الروسية ورئيسها التنفيذي وعددا من المديرين في "
            "فروعها الأوروبية من العقوبات.",
            {"United States Department of the Treasury"}, id="named-company",
        ),
        pytest.param(
            "أعفت الولايات المتحدة وبريطانيا المجر من العقوبات على النفط الروسي.",
            {"United States", "United Kingdom"}, id="two-subjects",
        ),
    ],
)
def test_an_exemption_reaches_past_a_long_object(text: str, actors: set[str]) -> None:
    events = _events(text, "sanctions.suspended")
    assert len(events) == 1 and events[0][0] == "occurred" and events[0][1] == actors


# --- a later measure of a relieved list is no new imposition ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("علقت كندا الحظر التجاري وحظر الرحلات الجوية وتجميد الأرصدة على فنزويلا.",
                     "sanctions.suspended", id="suspended-list"),
        pytest.param(
            "وعلقت الحكومة الكندية، بأثر فوري، الحظر التجاري وحظر الرحلات الجوية وتجميد الأرصدة المفروضة "
            "على فنزويلا.",
            "sanctions.suspended", id="past-an-aside",
        ),
    ],
)
def test_a_later_measure_of_a_relieved_list_is_no_imposition(text: str, kind: str) -> None:
    assert [e[0] for e in _events(text, kind)] == ["occurred"]
    assert _events(text, "sanctions.imposed") == []


def test_a_new_act_after_the_relief_keeps_its_imposition() -> None:
    text = "علقت كندا الحظر التجاري على فنزويلا وفرضت حظر السفر وتجميد الأرصدة على مسؤوليها."
    assert [e[0] for e in _events(text, "sanctions.imposed")] == ["occurred"]


def test_a_list_of_what_an_imposition_included_stays_one_imposition() -> None:
    text = "وكانت إيكواس قد فرضت عقوبات على النيجر شملت إغلاق الحدود وتعليق المعاملات التجارية وتجميد أصول الدولة."
    assert [e[0] for e in _events(text, "sanctions.imposed")] == ["historical"]


# --- the rival of a tension an accord is set against is no party ---------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param("وقعت مصر والسودان اتفاقية دفاعية وسط التوتر مع إثيوبيا.", {"Egypt", "Sudan"}, id="amid"),
        pytest.param("وقعت مصر والسودان اتفاقية دفاعية في ظل توتر العلاقات مع إثيوبيا.", {"Egypt", "Sudan"},
                     id="soured-ties"),
        pytest.param("وقعت الصين اتفاقية أمنية مع جزر سليمان في ظل التوتر مع أستراليا.",
                     {"China", "Solomon Islands"}, id="beside-a-partner"),
    ],
)
def test_the_rival_of_a_tension_is_no_party(text: str, parties: set[str]) -> None:
    events = _events(text, "agreement.signed")
    assert len(events) == 1 and events[0][1] | events[0][2] == parties


def test_a_dispute_the_accord_settles_keeps_its_party() -> None:
    events = _events("وقعت مصر اتفاقية لتسوية الخلاف مع السودان.", "agreement.signed")
    assert events == [("occurred", {"Egypt"}, {"Sudan"})]
