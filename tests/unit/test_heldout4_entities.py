"""Fourth held-out entity set (Arabic and English): a fresh figure on text the knowledge base was
not tuned on.

The 23 full-length articles of ``test_heldout9_events_en`` (12) and ``test_heldout9_events_ar``
(11), imported from there and not copied, carry event annotations only; no entity set had
annotated them. Here they get entity annotations in the style of ``test_heldout_entities``,
``test_heldout2_entities`` and ``test_heldout3_entities`` (this module imports their ``Ent``,
``C``/``N`` helpers, shared ``ALSO`` names and ``Case``): ``name`` is the English Wikipedia title
of the entity, ``also`` its other English names, ``core`` marks what a sanctions-and-alliances
monitor must find, ``core=False`` what is right to report but not required (a dateline, a news
agency, a city in passing, a state named only by its adjective, an office holder named only by
the office).

The annotations say what a careful reader finds, not what the tagger outputs: a name the knowledge
base lacks is still annotated, and a link a reader would not make counts against precision.
People invented for these articles (a footballer) are annotated ``core=False``: no knowledge base
can hold them, and a real article names real people instead.
Scoring is that of ``rasd eval`` (``rasd.eval.score_article``).
``python -m tests.unit.test_heldout4_entities`` prints precision, recall and F1 per language and
every article's misses and false links.

Measured before the fixes of the round that built it (these annotations, the tagger and knowledge
base as they were): en P 0.981 R 0.889 F1 0.933, ar P 0.992 R 0.769 F1 0.867, all F1 0.901.
(One annotation was added after that run, Asia named by a headline, which the tagger had linked:
with it en P 0.988 F1 0.936.) After the fixes: en P 1.000 R 0.975 F1 0.988, ar P 1.000 R 0.987
F1 0.994, all F1 0.990. The misses were names the knowledge base lacked (Haiti's gangs and forces,
Security Council resolutions, ministers, a navy and a base, Olympic committees, Moroccan parties),
generic body names no rule resolved ("the Treasury", "الحركة الشعبية", "مجلس الأمة") and names
inside longer names ("Gulf of Mexico" read as Mexico, "Tel Aviv University" as Tel Aviv); the
three left are strict-xfailed below with their reasons. (Later, the fifteenth English event set
made "the Council" of an EU text the Council of the EU, which took j02's mark off: en R 0.988.)

These articles stand for the unseen ones: do not tune lexicons or KB entries on their sentences.
"""

from __future__ import annotations

import sys
from datetime import date

import pytest

from rasd.analyze import analyze
from rasd.kb.model import ENTITY_TYPES
from tests.unit.heldout_support_entities import (
    C,
    Case,
    Ent,
    N,
    cases_from,
    params,
    report,
    score,
)
from tests.unit.test_heldout9_events_ar import ARTICLES as AR9
from tests.unit.test_heldout9_events_en import ARTICLES as EN9

ENTITIES_EN: dict[str, tuple[Ent, ...]] = {
    "j01-unsc-haiti-renewal": (
        C("United Nations Security Council", "ORG"), C("Haiti", "GPE"),
        C("United States", "GPE"), C("Panama", "GPE"), C("Russia", "GPE"), C("China", "GPE"),
        C("Viv Ansanm", "ORG", "Viv Ansanm gang alliance"),
        C("Jimmy Chérizier", "PERSON", "Jimmy Cherizier", "Barbecue"),
        N("Gang Suppression Force", "ORG", "Gang Suppression Force in Haiti"),
        N("United Nations", "ORG"), N("Associated Press", "MEDIA"),
        N("Cap-Haïtien", "GPE", "Cap-Haitien"), N("Port-de-Paix", "GPE"),
        N("Port-au-Prince", "GPE"), N("Florida", "GPE"), N("Kenya", "GPE"),
        N("Multinational Security Support Mission in Haiti", "ORG", "Kenyan-led mission"),
        N("Transitional Presidential Council", "ORG", "Haiti's transitional council"),
    ),
    "j02-eu-council-iran-drones": (
        C("Council of the European Union", "ORG", "Council of the EU", "EU Council"),
        C("European Union", "ORG"), C("Iran", "GPE"), C("Russia", "GPE"), C("Ukraine", "GPE"),
        C("Islamic Revolutionary Guard Corps", "ORG", "IRGC", "Revolutionary Guards"),
        N("Islamic Revolutionary Guard Corps Aerospace Force", "ORG", "IRGC Aerospace Force"),
        N("Brussels", "GPE"), N("Middle East", "LOC"), N("Red Sea", "LOC"),
        N("Caspian Sea", "LOC"), N("Joint Comprehensive Plan of Action", "LAW"),
        N("Official Journal of the European Union", "MEDIA"),
        N("High Representative of the Union for Foreign Affairs and Security Policy", "ORG",
          "High Representative"),
    ),
    "j03-ofac-press-houthi-network": (
        C("United States Department of the Treasury", "ORG"),
        C("Office of Foreign Assets Control", "ORG", "OFAC"),
        C("Houthis", "ORG", "Houthi movement", "Ansar Allah", "Ansarallah"),
        C("Yemen", "GPE"), C("United Arab Emirates", "GPE"), C("Hong Kong", "GPE"),
        C("United States", "GPE"), C("United States Department of State", "ORG"),
        C("Foreign Terrorist Organization", "LAW", "Foreign Terrorist Organization designation"),
        C("Specially Designated Nationals and Blocked Persons List", "LAW", "SDN list",
          "Specially Designated Nationals"),
        N("Washington, D.C.", "GPE"), N("Red Sea", "LOC"), N("China", "GPE"), N("Sanaa", "GPE"),
        N("Ras Isa", "FAC", "Ras Isa port"), N("Iran", "GPE"),
    ),
    "j04-aj-caesar-repeal-vote": (
        C("United States House of Representatives", "ORG", "US House", "House"),
        C("Caesar Syria Civilian Protection Act", "LAW", "Caesar Act"), C("Syria", "GPE"),
        C("United States", "GPE"), C("Donald Trump", "PERSON"),
        C("United States Department of the Treasury", "ORG"),
        C("Asaad al-Shaibani", "PERSON", "Asaad Hassan al-Shaibani"),
        C("Ahmed al-Sharaa", "PERSON"), C("Israel", "GPE"),
        N("United States Senate", "ORG", "Senate"), N("Bashar al-Assad", "PERSON"),
        N("Damascus", "GPE"), N("Islamic State", "ORG", "ISIS", "ISIL"), N("Riyadh", "GPE"),
        N("X", "ORG"), N("Republican Party (United States)", "ORG", "Republican Party"),
        N("al-Qaeda", "ORG"), N("World Bank", "ORG"), N("Washington, D.C.", "GPE"),
    ),
    "j05-interview-bahrain-iran": (
        C("Bahrain", "GPE"), C("Iran", "GPE"),
        C("Abdullatif bin Rashid Al Zayani", "PERSON", "Abdullatif al-Zayani",
          "Abdullatif Al Zayani"),
        C("United States", "GPE"), C("Israel", "GPE"), C("Abraham Accords", "LAW"),
        C("Operation Prosperity Guardian", "ORG"), C("BRICS", "ORG"),
        C("Gulf Cooperation Council", "ORG"),
        N("Al Jazeera", "MEDIA"), N("Manama", "GPE"), N("Riyadh", "GPE"), N("Tehran", "GPE"),
        N("Red Sea", "LOC"), N("Gaza Strip", "LOC", "Gaza"), N("Washington, D.C.", "GPE"),
        N("State of Palestine", "GPE", "Palestine", "Palestinians"),
        N("Comprehensive Security Integration and Prosperity Agreement", "LAW", "C-SIPA"),
        N("Saudi Arabia", "GPE"),
    ),
    "j06-cnn-2011-marines-darwin": (
        C("United States", "GPE"), C("Australia", "GPE"), C("Barack Obama", "PERSON"),
        C("Julia Gillard", "PERSON"), C("China", "GPE"),
        C("United States Marine Corps", "ORG", "US Marines", "Marines"),
        C("ANZUS", "LAW", "ANZUS Treaty", "Australia, New Zealand, United States Security Treaty"),
        N("CNN", "MEDIA"), N("Canberra", "GPE"), N("Darwin, Northern Territory", "GPE", "Darwin"),
        N("Northern Territory", "GPE"), N("Beijing", "GPE"),
        N("Ministry of Foreign Affairs (China)", "ORG", "Chinese Foreign Ministry"),
        N("Gulf of Mexico", "LOC"), N("Parliament of Australia", "ORG", "Australian parliament"),
        N("East Asia Summit", "ORG"), N("Indonesia", "GPE"), N("Iraq", "GPE"),
        N("Afghanistan", "GPE"), N("Washington, D.C.", "GPE"), N("South China Sea", "LOC"),
        N("Australian Greens", "ORG", "The Greens", "Greens"), N("Asia-Pacific", "LOC"),
        # added after the first measurement: the headline's "Asia focus" names Asia
        N("Asia", "LOC"),
    ),
    "j07-dm-2016-iraq-militia-law": (
        C("Iraq", "GPE"), C("Council of Representatives of Iraq", "ORG", "Iraqi parliament"),
        C("Popular Mobilization Forces", "ORG", "Popular Mobilisation Forces", "PMF"),
        C("Islamic State", "ORG", "ISIS", "ISIL"), C("Haider al-Abadi", "PERSON"),
        C("Iran", "GPE"), C("Kata'ib Hezbollah", "ORG"),
        C("Badr Organization", "ORG", "Badr Organisation"),
        N("United States Department of State", "ORG"), N("United States", "GPE"),
        N("Combined Joint Task Force – Operation Inherent Resolve", "ORG",
          "US-led coalition against the Islamic State group"),
        N("Iraqi Armed Forces", "ORG", "Iraqi security forces", "Iraqi forces"),
        N("Tikrit", "GPE"), N("Ramadi", "GPE"), N("Fallujah", "GPE"), N("Mosul", "GPE"),
        N("Syria", "GPE"), N("Washington, D.C.", "GPE"), N("United Nations", "ORG"),
    ),
    "j08-cnn-2015-montenegro-nato": (
        C("NATO", "ORG"), C("Montenegro", "GPE"), C("Russia", "GPE"),
        C("Jens Stoltenberg", "PERSON"), C("European Union", "ORG"),
        N("CNN", "MEDIA"), N("Brussels", "GPE"), N("Moscow Kremlin", "ORG"), N("Moscow", "GPE"),
        N("Serbia", "GPE"), N("Yugoslavia", "GPE"), N("Adriatic Sea", "LOC"),
        N("Mediterranean Sea", "LOC"), N("Crimea", "LOC"), N("Albania", "GPE"),
        N("Croatia", "GPE"), N("Georgia", "GPE"), N("Bosnia and Herzegovina", "GPE"),
        N("North Macedonia", "GPE", "Macedonia"), N("Greece", "GPE"), N("Podgorica", "GPE"),
        N("Balkans", "LOC"), N("Milo Đukanović", "PERSON", "Milo Djukanovic"),
        N("Dmitry Peskov", "PERSON"),
    ),
    "j09-nm-newsapi-striker-joins-club": (
        C("Al Hilal SFC", "ORG", "Al Hilal", "Al-Hilal"), C("Juventus FC", "ORG", "Juventus"),
        N("Saudi Pro League", "ORG"), N("Simone Inzaghi", "PERSON"),
        N("Marcos Vieira", "PERSON"), N("Saudi Arabia", "GPE"), N("Brazil", "GPE"),
        N("Kingdom Arena", "FAC"), N("Inter Milan", "ORG"), N("United States", "GPE"),
        N("Public Investment Fund", "ORG", "PIF"), N("Al Nassr FC", "ORG", "Al Nassr"),
        N("Cristiano Ronaldo", "PERSON"), N("FC Bayern Munich", "ORG", "Bayern Munich"),
        N("Ittihad FC", "ORG", "Al Ittihad", "Al-Ittihad Club"), N("UEFA", "ORG"),
        N("FIFA", "ORG"), N("Al-Fateh SC", "ORG", "Al Fateh"), N("Riyadh", "GPE"),
        N("Europe", "LOC"), N("Asia", "LOC"), N("Portugal", "GPE"), N("Morocco", "GPE"),
        N("Serbia", "GPE"), N("Italy", "GPE"), N("France", "GPE"),
        N("UEFA Champions League", "ORG", "Champions League"),
        N("FIFA Club World Cup", "ORG", "Club World Cup"), N("FIFA World Cup", "ORG",
                                                               "World Cup"),
    ),
    "j10-nm-chipmaker-export-licences": (
        C("United States", "GPE"), C("China", "GPE"),
        C("United States Department of Commerce", "ORG", "US Department of Commerce",
          "Commerce Department"),
        C("Howard Lutnick", "PERSON"),
        N("Constitution of the United States", "LAW", "US Constitution", "Constitution"),
        N("House Select Committee on the CCP", "ORG", "House select committee on China"),
        N("United States House of Representatives", "ORG", "House"),
        N("Beijing", "GPE"), N("Washington, D.C.", "GPE"), N("Saudi Arabia", "GPE"),
    ),
    "j11-nm-court-tariffs-ieepa": (
        C("Supreme Court of the United States", "ORG", "US Supreme Court", "Supreme Court"),
        C("Donald Trump", "PERSON"),
        C("International Emergency Economic Powers Act", "LAW", "IEEPA"),
        C("United States", "GPE"),
        N("China", "GPE"), N("India", "GPE"), N("Brazil", "GPE"),
        N("United States Congress", "ORG", "Congress"), N("John Roberts", "PERSON"),
        N("Constitution of the United States", "LAW", "US Constitution", "Constitution"),
        N("Iran", "GPE"), N("North Korea", "GPE"), N("European Union", "ORG"), N("Japan", "GPE"),
        N("Washington, D.C.", "GPE"), N("Brussels", "GPE"),
        N("International Criminal Court", "ORG", "ICC"),
    ),
    "j12-nm-aj-israel-emergency-government": (
        C("Benny Gantz", "PERSON"), C("Benjamin Netanyahu", "PERSON"), C("Israel", "GPE"),
        C("National Unity (Israel)", "ORG", "National Unity"), C("Yoav Gallant", "PERSON"),
        C("Yair Lapid", "PERSON"), C("Yesh Atid", "ORG"), C("Hamas", "ORG"),
        C("Gaza Strip", "LOC", "Gaza"),
        N("United Nations", "ORG"), N("Tel Aviv University", "ORG"),
        N("State of Palestine", "GPE", "Palestine", "Palestinians"),
        N("Israel Defense Forces", "ORG", "IDF"),
    ),
}

ENTITIES_AR: dict[str, tuple[Ent, ...]] = {
    "ar-z01-unsc-2397-north-korea-2017": (
        C("United Nations Security Council", "ORG"), C("North Korea", "GPE"),
        C("United Nations Security Council Resolution 2397", "LAW", "Resolution 2397"),
        C("United States", "GPE"), C("China", "GPE"), C("Russia", "GPE"),
        C("Nikki Haley", "PERSON"), C("Liu Jieyi", "PERSON"),
        C("Vasily Nebenzya", "PERSON", "Vassily Nebenzia"), C("United Nations", "ORG"),
        N("United Nations Security Council Resolution 2375", "LAW", "Resolution 2375"),
        N("Kuwait News Agency", "MEDIA", "KUNA"), N("New York City", "GPE"),
        N("Pyongyang", "GPE"), N("Moscow", "GPE"), N("Washington, D.C.", "GPE"),
        N("Ministry of Foreign Affairs (North Korea)", "ORG", "North Korean Foreign Ministry"),
        N("Korean Central News Agency", "MEDIA", "KCNA"),
    ),
    "ar-z02-qatar-chad-ties-resumed-qna-2018": (
        C("Qatar", "GPE"), C("Chad", "GPE"),
        C("Mahamat Zene Cherif", "PERSON", "Mohamed Zene Cherif"),
        C("Mohammed bin Abdulrahman bin Jassim Al Thani", "PERSON",
          "Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman"),
        N("Qatar Fund for Development", "ORG"), N("Idriss Déby", "PERSON", "Idriss Deby"),
        N("Qatar News Agency", "MEDIA", "QNA"), N("Doha", "GPE"),
        N("N'Djamena", "GPE", "Ndjamena"), N("Libya", "GPE"), N("Saudi Arabia", "GPE"),
        N("United Arab Emirates", "GPE"), N("Bahrain", "GPE"), N("Egypt", "GPE"),
        N("Kuwait", "GPE"), N("Mauritania", "GPE"), N("Comoros", "GPE"), N("Senegal", "GPE"),
        N("Lake Chad", "LOC"),
    ),
    "ar-z03-uk-naval-base-bahrain-bna-2018": (
        C("United Kingdom", "GPE"), C("Bahrain", "GPE"),
        C("UK Naval Support Facility", "FAC", "HMS Jufair", "UK Naval Support Facility Bahrain"),
        C("Royal Navy", "ORG"),
        N("Bahrain Defence Force", "ORG"), N("Iran", "GPE"), N("Mina Salman", "FAC",
                                                                  "Mina Salman port"),
        N("Bahrain News Agency", "MEDIA", "BNA"), N("Manama", "GPE"), N("London", "GPE"),
        N("United States Fifth Fleet", "ORG", "Fifth Fleet"), N("United States", "GPE"),
        N("Oman", "GPE"), N("Port of Duqm", "FAC", "Duqm port"), N("Arabian Sea", "LOC"),
        N("European Union", "ORG"), N("Gulf Cooperation Council", "ORG"),
        N("Persian Gulf", "LOC", "Gulf", "Arabian Gulf"), N("Europe", "LOC"),
    ),
    "ar-z04-oped-turkish-ministers-delisted-2018": (
        C("United States Department of the Treasury", "ORG"),
        C("Abdulhamit Gül", "PERSON", "Abdulhamit Gul"),
        C("Süleyman Soylu", "PERSON", "Suleyman Soylu"), C("Turkey", "GPE"),
        C("United States", "GPE"), C("Andrew Brunson", "PERSON"),
        C("Recep Tayyip Erdoğan", "PERSON"), C("Iran", "GPE"),
        C("Mevlüt Çavuşoğlu", "PERSON", "Mevlut Cavusoglu"), C("Donald Trump", "PERSON"),
        N("Ankara", "GPE"), N("Washington, D.C.", "GPE"), N("Cuba", "GPE"),
        N("North Korea", "GPE"), N("Asia", "LOC"), N("Europe", "LOC"),
    ),
    "ar-z05-morocco-ecowas-in-principle-map-2017": (
        C("Economic Community of West African States", "ORG", "ECOWAS"), C("Morocco", "GPE"),
        C("Nasser Bourita", "PERSON"), C("Mohammed VI of Morocco", "PERSON", "Mohammed VI"),
        C("African Union", "ORG", "AU"),
        N("Benjamin Netanyahu", "PERSON"), N("Israel", "GPE"),
        N("Justice and Development Party (Morocco)", "ORG", "Justice and Development Party",
          "PJD"),
        N("Maghreb Arab Press", "MEDIA", "MAP"), N("Monrovia", "GPE"), N("Liberia", "GPE"),
        N("Abuja", "GPE"), N("Nigeria", "GPE"), N("Addis Ababa", "GPE"), N("Ghana", "GPE"),
        N("Rabat", "GPE"), N("West Africa", "LOC"), N("Africa", "LOC"), N("North Africa", "LOC"),
        N("ECOWAS Commission", "ORG"),
    ),
    "ar-z06-eu-zimbabwe-renewal-suspension-2015": (
        C("European Union", "ORG"), C("Robert Mugabe", "PERSON"), C("Grace Mugabe", "PERSON"),
        C("Zimbabwe", "GPE"),
        C("Council of the European Union", "ORG", "Council of the EU", "EU Council"),
        C("Zimbabwe Defence Industries", "ORG"), C("Jonathan Moyo", "PERSON"),
        C("United States", "GPE"),
        N("Agence France-Presse", "MEDIA"), N("Brussels", "GPE"), N("Harare", "GPE"),
        N("African Union", "ORG", "AU"), N("Washington, D.C.", "GPE"),
    ),
    "ar-z07-yemen-interior-minister-interview-2016": (
        C("Yemen", "GPE"), C("Hussein Arab", "PERSON", "Hussein Mohammed Arab"),
        C("Popular Resistance (Yemen)", "ORG", "Popular Resistance"),
        C("Houthis", "ORG", "Houthi movement", "Ansar Allah"),
        C("Abdrabbuh Mansur Hadi", "PERSON"),
        C("Ismail Ould Cheikh Ahmed", "PERSON"),
        C("Saudi-led coalition", "ORG", "Saudi Arabian-led intervention in Yemen",
          "Arab coalition"),
        C("al-Qaeda", "ORG", "Al-Qaeda in the Arabian Peninsula", "AQAP"),
        C("Islamic State", "ORG", "ISIS", "Daesh"), C("Saudi Arabia", "GPE"),
        C("United Arab Emirates", "GPE"),
        N("General People's Congress", "ORG", "General People's Congress (Yemen)", "GPC"),
        N("Ali Abdullah Saleh", "PERSON"),
        N("Supreme Political Council", "ORG", "Supreme Political Council (Yemen)"),
        N("United Nations Security Council Resolution 2216", "LAW", "Resolution 2216"),
        N("Yemeni National Army", "ORG", "Yemeni Army", "National Army"),
        N("Al Khaleej (newspaper)", "MEDIA", "Al Khaleej"), N("Aden", "GPE"), N("Lahij", "GPE"),
        N("Abyan Governorate", "GPE", "Abyan"), N("Taiz", "GPE"), N("Marib", "GPE"),
        N("Mukalla", "GPE"), N("Kuwait", "GPE"), N("United Nations", "ORG"),
    ),
    "ar-z08-egypt-central-bank-deposit-cap-2016": (
        C("Central Bank of Egypt", "ORG"), C("Egypt", "GPE"),
        C("International Monetary Fund", "ORG", "IMF"),
        N("Youm7", "MEDIA", "Youm7 (newspaper)", "Al-Youm Al-Sabea"), N("Cairo", "GPE"),
        N("Cairo Chamber of Commerce", "ORG"),
    ),
    "ar-z09-saudi-poultry-import-ban-spa-2017": (
        C("Ministry of Environment, Water and Agriculture (Saudi Arabia)", "ORG",
          "Ministry of Environment, Water and Agriculture"),
        C("Saudi Arabia", "GPE"), C("Poland", "GPE"), C("Hungary", "GPE"),
        C("United States", "GPE"),
        N("Minnesota", "GPE"), N("Iowa", "GPE"),
        N("World Organisation for Animal Health", "ORG", "OIE",
          "World Organization for Animal Health"),
        N("Saudi Press Agency", "MEDIA"), N("Riyadh", "GPE"),
        N("Saudi Food and Drug Authority", "ORG", "SFDA"),
        N("Council of Saudi Chambers", "ORG", "Federation of Saudi Chambers"),
        N("Al-Qassim Province", "GPE", "Qassim", "Al-Qassim Region"),
        N("General Authority for Statistics", "ORG"),
        N("France", "GPE"), N("Brazil", "GPE"), N("Ukraine", "GPE"), N("Netherlands", "GPE"),
    ),
    "ar-z10-fifa-lifts-kuwait-suspension-2017": (
        C("FIFA", "ORG"), C("Kuwait Football Association", "ORG"), C("Kuwait", "GPE"),
        C("International Olympic Committee", "ORG", "IOC"),
        C("Kuwait Olympic Committee", "ORG"),
        C("National Assembly (Kuwait)", "ORG", "National Assembly of Kuwait"),
        N("Al-Qabas", "MEDIA", "Al Qabas"), N("Qatar", "GPE"),
        N("Asian Football Confederation", "ORG", "AFC"), N("Olympic Charter", "LAW"),
        N("Saudi Arabia", "GPE"), N("Jaber Al-Ahmad International Stadium", "FAC"),
        N("Kuwait national football team", "ORG"), N("Arabian Gulf Cup", "ORG", "Gulf Cup"),
        N("FIFA World Cup", "ORG", "World Cup"),
    ),
    "ar-z11-morocco-coalition-ussfp-joins-2017": (
        C("Saadeddine Othmani", "PERSON", "Saad Eddine El Othmani", "Saad-Eddine El Othmani"),
        C("Justice and Development Party (Morocco)", "ORG", "Justice and Development Party",
          "PJD"),
        C("National Rally of Independents", "ORG", "RNI"),
        C("Popular Movement (Morocco)", "ORG", "Popular Movement"),
        C("Constitutional Union (Morocco)", "ORG", "Constitutional Union"),
        C("Party of Progress and Socialism", "ORG", "PPS"),
        C("Socialist Union of Popular Forces", "ORG", "USFP"),
        C("Driss Lachgar", "PERSON"), C("Abdelilah Benkirane", "PERSON"),
        C("Mohammed VI of Morocco", "PERSON", "Mohammed VI"),
        C("Authenticity and Modernity Party", "ORG", "PAM"),
        C("Istiqlal Party", "ORG"),
        N("House of Representatives (Morocco)", "ORG", "House of Representatives"),
        N("Parliament of Morocco", "ORG"), N("Morocco", "GPE"),
        N("Hespress", "MEDIA"), N("Rabat", "GPE"), N("Rif", "LOC"),
    ),
}


CASES = cases_from((("en", EN9, ENTITIES_EN), ("ar", AR9, ENTITIES_AR)))
_BY_ID = {c.id: c for c in CASES}


# --- tests -------------------------------------------------------------------------------------

# As in the second and third sets: every core entity found and no wrong link, each gap left named
# here with its reason (strict: a fix must take the mark off).
KNOWN_RECALL_GAPS: dict[str, str] = {
    "j06-cnn-2011-marines-darwin":
        "bare 'Marines' in an article about Australia: the United States is named but is not the "
        "leading state and no other US body is named, so the one-word generic name stays "
        "unresolved (a one-word alias needs the article's own state: 'Russian marines', 'Royal "
        "Marines' exist)",
    "ar-z09-saudi-poultry-import-ban-spa-2017":
        "Saudi Arabia is named only as 'المملكة' (any kingdom: left out of the knowledge base on "
        "purpose) and inside a body's name ('مجلس الغرف السعودية', which links the body, not "
        "its state)",
}
KNOWN_PRECISION_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_RECALL_GAPS))
def test_core_entities_found(case: Case) -> None:
    s = score(case)
    assert not s.missed_entities, f"missed core entities: {s.missed_entities}"


@pytest.mark.parametrize("case", params(CASES, KNOWN_PRECISION_GAPS))
def test_no_wrong_links(case: Case) -> None:
    s = score(case)
    assert not s.false_entities, f"wrong links: {s.false_entities}"


def test_heldout4_entity_set_shape() -> None:
    # every article of the two event modules is annotated here, and nothing else
    assert {a.id for a in EN9} == set(ENTITIES_EN)
    assert {a.id for a in AR9} == set(ENTITIES_AR)
    assert len(CASES) == len(_BY_ID) == 23
    for c in CASES:
        assert len(c.text.split()) >= 240, c.id
        names = [e.name for e in c.entities]
        assert len(names) == len(set(names)), c.id
        assert all(e.type in ENTITY_TYPES for e in c.entities), c.id
        assert any(e.core for e in c.entities), c.id


# --- what the set found, as rules a user would notice (sentences written for these tests) -------

def _linked(text: str, lang: str, day: date) -> set[str]:
    return {e.name for e in analyze(text, lang=lang, published=day).entities if e.linked}


US_TREASURY = "United States Department of the Treasury"
Y2018 = date(2018, 6, 1)


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [
    # "the Treasury": the parent of a body the article names, or the Treasury of the state whose
    # other bodies it names; in British news the UK's; with no such support, nobody's
    ("en", "The sanctions office named two brokers on Monday. OFAC said the Treasury would act "
           "again, and a Treasury spokesman declined to comment.", {US_TREASURY}, set()),
    ("en", "The House passed the bill and the Senate will take up the Magnitsky Act next week; "
           "the Treasury must then report on it.", {US_TREASURY}, {"HM Treasury"}),
    ("en", "Britain's chancellor said the Treasury would publish the budget, and British officials "
           "in London expect growth.", {"HM Treasury"}, {US_TREASURY}),
    ("en", "Syria welcomed the vote. Damascus said the Treasury had told Syrian bankers that the "
           "waiver stands.", set(), {US_TREASURY, "HM Treasury"}),
    # a generic party name is the party of the state whose other parties the article names
    ("ar", "أعلن حزب الأصالة والمعاصرة وحزب الاستقلال موقفهما، فيما قالت الحركة الشعبية إنها "
           "ستشارك في الحكومة.", {"Popular Movement (Morocco)"}, set()),
    ("ar", "قالت الحركة الشعبية إن المفاوضات مع الخرطوم متعثرة في جنوب كردفان.", set(),
     {"Popular Movement (Morocco)"}),
    ("ar", "قالت الحكومة اليمنية إن المقاومة الشعبية ستندمج في الجيش، وأكد مسؤولون يمنيون في عدن "
           "ذلك.", {"Popular Resistance"}, set()),
    ("ar", "صوت مجلس الأمة على الميزانية، وقال نواب كويتيون إن الكويت تحتاج إلى إصلاحات.",
     {"National Assembly (Kuwait)"}, {"Council of the Nation"}),
    # a surname that is a common word, and a wife's given name
    ("ar", "سمحت السلطات باستيراد القمح من ولايتي كانساس ونبراسكا الأمريكيتين.", set(),
     {"Ali Akbar Velayati"}),
    ("ar", "قال مستشار المرشد علي أكبر ولايتي إن طهران لن تتفاوض، وأضاف ولايتي أن الضغط سيفشل.",
     {"Ali Akbar Velayati"}, set()),
    ("ar", "زار رئيس زيمبابوي روبرت موغابي وزوجته غريس سنغافورة.",
     {"Robert Mugabe", "Grace Mugabe"}, set()),
    ("ar", "قالت غريس موغابي إنها ستعود إلى هراري قريبا.", {"Grace Mugabe"}, {"Robert Mugabe"}),
    # places and bodies whose names contain another name
    ("en", "Iraq's parliament approved the law after a Tel Aviv University study of spills in the "
           "Gulf of Mexico was cited.",
     {"Council of Representatives of Iraq", "Tel Aviv University", "Gulf of Mexico"},
     {"Mexico", "Tel Aviv"}),
    # names the knowledge base lacked
    ("en", "The leader of the Viv Ansanm coalition, Jimmy Cherizier, threatened the Gang "
           "Suppression Force as it reached Port-au-Prince.",
     {"Viv Ansanm", "Jimmy Chérizier", "Gang Suppression Force"}, set()),
    ("ar", "رفعت واشنطن العقوبات عن وزير العدل التركي عبد الحميد غل بعد الإفراج عن القس أندرو "
           "برانسون.", {"Abdulhamit Gül", "Andrew Brunson"}, set()),
    ("ar", "انتقل المهاجم إلى نادي غلطة سراي بعد موسم مع فنربخشة.",
     {"Galatasaray S.K.", "Fenerbahçe S.K."}, set()),
    ("ar", "اعتمد مجلس الأمن القرار 2397 بعد القرار 2375.",
     {"United Nations Security Council Resolution 2397",
      "United Nations Security Council Resolution 2375"}, set()),
    ("en", "Marines of the US Marine Corps sailed with the Royal Navy under the ANZUS treaty.",
     {"United States Marine Corps", "Royal Navy", "ANZUS"}, set()),
])
def test_heldout4_entity_rule(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    found = _linked(text, lang, Y2018)
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not (absent & found), f"wrong {absent & found}"


if __name__ == "__main__":
    sys.exit(report(CASES))
