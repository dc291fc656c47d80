"""The knowledge-base file of intergovernmental bodies (``rasd/kb/data/world_bodies.yaml``): blocs
and their organs, defence groupings and multinational forces, treaty, finance and development
bodies and forums that states join, sign with or are sanctioned by. Every record loads with both
names, every name links, a state's step towards one of them is an event with the body as its
party (it was dropped while the body was unknown), and short forms that are words or other
bodies' names link only beside the full name."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from rasd.entities.tagger import tag_entities
from rasd.events.kbinfo import is_bloc_of_states
from rasd.kb.loader import DATA_DIR, _read_yaml_list, load_kb
from rasd.kb.model import KnowledgeBase
from tests.unit.rule_rows import event_rows

FILE = "world_bodies.yaml"
DAY = date(2025, 6, 2)
RECORDS = _read_yaml_list(DATA_DIR / FILE)
OURS = frozenset(r["id"] for r in RECORDS)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _fold(name: str) -> str:
    name = " ".join(name.casefold().replace("-", " ").replace("\u2013", " ").split())
    return name[4:] if name.startswith("the ") else name


def _linked_ids(kb: KnowledgeBase, text: str, lang: str) -> set[str]:
    return {e.id for e in tag_entities(text, kb, published=DAY, lang=lang, unlinked=False) if e.linked and e.id}


def test_every_record_is_a_body_with_both_names(kb: KnowledgeBase) -> None:
    assert len(RECORDS) >= 150
    for record in RECORDS:
        entity = kb.get(record["id"])
        assert entity is not None, record["id"]
        assert record["id"].startswith("rasd:org:"), record["id"]
        assert entity.type == "ORG" and entity.source == "builtin", record["id"]
        assert entity.name_en and entity.name_ar, record["id"]


def test_english_names_are_unique_across_the_knowledge_base(kb: KnowledgeBase) -> None:
    counts = Counter(_fold(e.name_en) for e in kb.entities.values())
    assert [i for i in OURS if counts[_fold(kb.get(i).name_en)] > 1] == []  # type: ignore[union-attr]


def test_no_name_of_ours_names_another_entity(kb: KnowledgeBase) -> None:
    """One spelling that names two entities would link neither of them."""
    owners: dict[tuple[str, str], set[str]] = {}
    for entity in kb.entities.values():
        for lang, names in entity.all_names().items():
            for name in names:
                owners.setdefault((lang, _fold(name)), set()).add(entity.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1 and ids & OURS} == {}


@pytest.mark.parametrize("entity_id", sorted(OURS))
def test_every_name_and_plain_alias_links_its_body(kb: KnowledgeBase, entity_id: str) -> None:
    entity = kb.get(entity_id)
    assert entity is not None
    for name in (entity.name_en, *entity.aliases.get("en", ())):
        text = f"On Monday the {name} met in Geneva, officials said."
        assert entity_id in _linked_ids(kb, text, "en"), name
    for name in (entity.name_ar, *entity.aliases.get("ar", ())):
        text = f"وأعلن {name} يوم الاثنين في جنيف عن قراره."
        assert entity_id in _linked_ids(kb, text, "ar"), name


@pytest.mark.parametrize(
    "text, lang, body",
    [
        ("Sweden and Finland took part in the Joint Expeditionary Force drills in the Baltic.", "en", "rasd:org:jef"),
        ("Troops of the Eurocorps headquarters in Strasbourg were put on standby.", "en", "rasd:org:eurocorps"),
        ("Foreign ministers of the Weimar Triangle met in Paris to discuss aid to Kyiv.", "en",
         "rasd:org:weimar-triangle"),
        ("Leaders of the Bucharest Nine called for more troops on the eastern flank.", "en",
         "rasd:org:bucharest-nine"),
        ("The G5 Sahel Joint Force lost its headquarters in Sevare to an attack.", "en",
         "rasd:org:g5-sahel-joint-force"),
        ("The SADC Mission in the Democratic Republic of Congo began to withdraw from Goma.", "en",
         "rasd:org:samidrc"),
        ("The IAEA Board of Governors passed a resolution censuring Tehran.", "en", "rasd:org:iaea-board"),
        ("Beijing hosted the summit of FOCAC, which pledged new loans to African states.", "en", "rasd:org:focac"),
        ("The Permanent Court of Arbitration ruled against Beijing's claims in the South China Sea.", "en",
         "rasd:org:pca"),
        ("Croatia entered the Schengen area and adopted the euro in the same week.", "en", "rasd:org:schengen-area"),
        ("The Inter-American Development Bank approved a loan to Ecuador.", "en", "rasd:org:idb"),
        ("The Union State of Russia and Belarus held a council in Minsk.", "en", "rasd:org:union-state"),
        ("عقدت دول مثلث فايمار اجتماعا في باريس.", "ar", "rasd:org:weimar-triangle"),
        ("دعت قمة مجموعة بوخارست التسع إلى تعزيز الجناح الشرقي للحلف.", "ar", "rasd:org:bucharest-nine"),
        ("أصدر مجلس محافظي الوكالة الدولية للطاقة الذرية قرارا ينتقد إيران.", "ar", "rasd:org:iaea-board"),
        ("انسحبت القوة المشتركة لمجموعة دول الساحل الخمس من قاعدتها في سيفاري.", "ar",
         "rasd:org:g5-sahel-joint-force"),
        ("افتتح منتدى التعاون الصيني الأفريقي أعماله في بكين.", "ar", "rasd:org:focac"),
        ("انضمت رومانيا وبلغاريا إلى منطقة شنغن جوا وبحرا.", "ar", "rasd:org:schengen-area"),
        ("عقد منتدى غاز شرق المتوسط اجتماعه الوزاري في القاهرة.", "ar", "rasd:org:emgf"),
        ("وافق المصرف العربي للتنمية الاقتصادية في أفريقيا على تمويل جديد.", "ar", "rasd:org:badea"),
        ("Dutch and German officers of the 1 German-Netherlands Corps in Münster took command.", "en",
         "rasd:org:german-netherlands-corps"),
        ("The IPCC warned that warming would pass 1.5 degrees.", "en", "rasd:org:ipcc"),
        ("عقد مجلس السلم والأمن العربي اجتماعا طارئا في القاهرة.", "ar", "rasd:org:arab-peace-security-council"),
        ("انتقد الوزير حصة بلاده في الهيئة الحكومية للتنمية في شرق أفريقيا.", "ar", "rasd:org:igad"),
        ("قالت منظمة حظر الأسلحة الكيماوية إن فريقها وصل إلى دوما.", "ar", "rasd:org:opcw"),
        ("التقى وزراء مجموعة الدول الصناعية السبع في اليابان.", "ar", "rasd:org:g7"),
    ],
)
def test_bodies_link_in_running_text(kb: KnowledgeBase, text: str, lang: str, body: str) -> None:
    assert body in _linked_ids(kb, text, lang)


# a step of a state towards a body the knowledge base lacked: each was dropped (no event, or none
# with the body as its party) before world_bodies.yaml
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Denmark and Switzerland joined the European Sky Shield Initiative on Thursday.", "en",
         ("alliance.joined", "occurred", {"Denmark", "Switzerland"}, {"European Sky Shield Initiative"})),
        ("Egypt joined the Forum on China-Africa Cooperation.", "en",
         ("alliance.joined", "occurred", {"Egypt"}, {"Forum on China-Africa Cooperation"})),
        ("Finland joined the Nordic Defence Cooperation long before it joined NATO.", "en",
         ("alliance.joined", "occurred", {"Finland"}, {"Nordic Defence Cooperation"})),
        ("Ukraine signed a memorandum with the Eurasian Development Bank.", "en",
         ("agreement.signed", "occurred", {"Ukraine"}, {"Eurasian Development Bank"})),
        ("Moldova signed an association agreement with the European Free Trade Association.", "en",
         ("agreement.signed", "occurred", {"Moldova"}, {"European Free Trade Association"})),
        ("Ireland signed an agreement with the European Defence Agency on Monday.", "en",
         ("agreement.signed", "occurred", {"Ireland"}, {"European Defence Agency"})),
        ("Washington imposed sanctions on the Bank of Central African States.", "en",
         ("sanctions.imposed", "occurred", {"United States"}, {"Bank of Central African States"})),
        # a bloc of states suspends a member (``is_bloc_of_states``)
        ("The G5 Sahel suspended Mali after the second coup.", "en",
         ("sanctions.imposed", "occurred", {"G5 Sahel"}, {"Mali"})),
        ("CEMAC suspended Gabon after the coup.", "en",
         ("sanctions.imposed", "occurred", {"Economic and Monetary Community of Central Africa"}, {"Gabon"})),
        ("انضمت الدنمارك إلى مبادرة درع السماء الأوروبية يوم الخميس.", "ar",
         ("alliance.joined", "occurred", {"Denmark"}, {"European Sky Shield Initiative"})),
        ("انضمت أوكرانيا إلى مجموعة بوخارست التسع.", "ar",
         ("alliance.joined", "occurred", {"Ukraine"}, {"Bucharest Nine"})),
        ("انضمت بريطانيا إلى الاتفاقية الشاملة والتقدمية للشراكة عبر المحيط الهادئ.", "ar",
         ("alliance.joined", "occurred", {"United Kingdom"},
          {"Comprehensive and Progressive Agreement for Trans-Pacific Partnership"})),
        ("علق الاتحاد الاقتصادي والنقدي لغرب أفريقيا عضوية النيجر.", "ar",
         ("sanctions.imposed", "occurred", {"West African Economic and Monetary Union"}, {"Niger"})),
        ("علقت مجموعة دول الساحل الخمس عضوية بوركينا فاسو.", "ar",
         ("sanctions.imposed", "occurred", {"G5 Sahel"}, {"Burkina Faso"})),
        ("وقعت تونس اتفاقا مع البنك الأفريقي للتصدير والاستيراد.", "ar",
         ("agreement.signed", "occurred", {"Tunisia"}, {"African Export-Import Bank"})),
        ("Kazakhstan joined the International North-South Transport Corridor on Monday.", "en",
         ("alliance.joined", "occurred", {"Kazakhstan"}, {"International North–South Transport Corridor"})),
        ("Mexico signed a cooperation agreement with the Organisation for Joint Armament Co-operation.", "en",
         ("agreement.signed", "occurred", {"Mexico"}, {"Organisation for Joint Armament Co-operation"})),
        # "Group of Eight Industrialised Nations": the club is a bloc that suspends a member
        ("The G8 suspended Russia after it annexed Crimea.", "en",
         ("sanctions.imposed", "occurred", {"Group of Eight"}, {"Russia"})),
        ("علقت مجموعة الدول الثماني عضوية روسيا.", "ar",
         ("sanctions.imposed", "occurred", {"Group of Eight"}, {"Russia"})),
        ("انضمت الجزائر إلى منطقة التجارة الحرة العربية الكبرى.", "ar",
         ("alliance.joined", "occurred", {"Algeria"}, {"Greater Arab Free Trade Area"})),
        ("وقعت مصر اتفاقا مع آلية الاستقرار الأوروبية.", "ar",
         ("agreement.signed", "occurred", {"Egypt"}, {"European Stability Mechanism"})),
    ],
)
def test_a_step_towards_a_body_is_an_event_with_the_body(text: str, lang: str, expected: tuple) -> None:
    assert expected in event_rows(text, lang=lang, published=DAY)


@pytest.mark.parametrize(
    "body",
    ["rasd:org:g5-sahel", "rasd:org:g8", "rasd:org:waemu", "rasd:org:cemac", "rasd:org:sacu", "rasd:org:cen-sad",
     "rasd:org:benelux", "rasd:org:efta", "rasd:org:saarc", "rasd:org:oecs", "rasd:org:andean-community",
     "rasd:org:nordic-council", "rasd:org:ecowas-commission", "rasd:org:eurasian-economic-commission"],
)
def test_blocs_of_states_and_their_organs_are_recognised(body: str) -> None:
    assert is_bloc_of_states(body)


@pytest.mark.parametrize(
    "body", ["rasd:org:jef", "rasd:org:eurocorps", "rasd:org:paris-club", "rasd:org:afreximbank", "rasd:org:gavi"],
)
def test_forces_clubs_and_banks_are_no_blocs_that_suspend_members(body: str) -> None:
    assert not is_bloc_of_states(body)


@pytest.mark.parametrize(
    "text, lang, body",
    [
        # abbreviations that are words or other bodies' names
        ("Tyre pressure of 35 PSI is enough, the mechanic said.", "en", "rasd:org:psi"),
        ("The EEA reported cleaner air over Milan last year.", "en", "rasd:org:eea"),
        ("ESA officials at the wildlife service listed the owl.", "en", "rasd:org:esa"),
        ("The IDB said its profits rose in Tel Aviv.", "en", "rasd:org:idb"),
        ("Students of the PACE programme graduated on Friday.", "en", "rasd:org:pace"),
        ("The V4 engine was replaced.", "en", "rasd:org:visegrad-group"),
        ("He said the Union State budget was approved.", "en", "rasd:org:union-state"),
        ("The Mediterranean Dialogue on migration opened in Rome.", "en", "rasd:org:mediterranean-dialogue"),
        ("Workers at the ALBA smelter went on strike.", "en", "rasd:org:alba"),
        # ordinary words are no names
        ("The energy community of the valley welcomed the new wind farm.", "en", "rasd:org:energy-community"),
        ("Fishermen of the pacific community near the bay sold their catch.", "en", "rasd:org:pacific-community"),
        ("The statue's five eyes were painted gold.", "en", "rasd:org:five-eyes"),
        ("وقال الشيخ إن دولة الاتحاد ماضية في مسيرة التنمية.", "ar", "rasd:org:union-state"),
        ("أجرت القوات البحرية المشتركة المصرية السعودية تدريبات في البحر الأحمر.", "ar",
         "rasd:org:combined-maritime-forces"),
        ("ارتفعت أسهم شركة ألبا للألمنيوم في البحرين.", "ar", "rasd:org:alba"),
        ("شكلت الدولتان قوة التدخل المشتركة لحماية الحدود.", "ar", "rasd:org:jef"),
        ("أكد مجلس الشمال في المحافظة دعمه للمزارعين.", "ar", "rasd:org:nordic-council"),
        ("The ESM sensor on the car failed.", "en", "rasd:org:esm"),
        ("أعلن رئيس مجلس الوفاق الوطني في طرابلس عن مبادرة.", "ar", "rasd:org:council-of-the-entente"),
    ],
)
def test_short_forms_and_words_do_not_link_alone(kb: KnowledgeBase, text: str, lang: str, body: str) -> None:
    assert body not in _linked_ids(kb, text, lang)


@pytest.mark.parametrize(
    "text, lang, body, short",
    [
        ("The European Space Agency launched a probe. ESA said it worked.", "en", "rasd:org:esa", "ESA"),
        ("Turkey hosted the Proliferation Security Initiative exercise; PSI states sent ships.", "en",
         "rasd:org:psi", "PSI"),
        ("Moscow and Minsk deepened the Union State of Russia and Belarus. The Union State has a budget.", "en",
         "rasd:org:union-state", "Union State"),
    ],
)
def test_a_short_form_links_beside_the_full_name(kb: KnowledgeBase, text: str, lang: str, body: str,
                                                 short: str) -> None:
    found = [e for e in tag_entities(text, kb, published=DAY, lang=lang, unlinked=False) if e.id == body]
    assert found and short in [m.text for m in found[0].mentions]
