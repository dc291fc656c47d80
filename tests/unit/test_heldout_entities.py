"""Held-out entity set (Arabic and English): how the tagger does on full-length news it was not
tuned on.

The 32 articles of ``test_heldout_events_en`` and ``test_heldout_events_ar`` (imported from there,
not copied) carry event annotations only; here they get entity annotations in the style of
``shared/gold`` (README there): ``name`` is the canonical English name as English Wikipedia titles
the entity, ``also`` its other English names, ``core`` marks what a sanctions-and-alliances monitor
must find (states, the organisations and people that act or are acted upon, laws and lists), and
``core=False`` what is right to report but not required (a dateline city, a news agency, a
bystander quoted, an entity named only in a related-headlines list). Eight more short articles,
written for this set, are dense in the people and organisations of 2013-2025 world news.

The annotations say what a careful reader finds in the text, not what the tagger outputs: a name
the knowledge base lacks is still annotated, and a tagger link a reader would not make ("European
powers" read as the EU, "مشهد" 'scene' read as Mashhad) is absent, so it counts against precision.

Scoring is that of ``rasd eval`` (``rasd.eval.score_article``): per article, recall over core gold
entities, precision over the system's linked entities matching any gold entity; unlinked names are
scored apart. ``python -m tests.unit.test_heldout_entities`` prints precision, recall and F1 per
language and every article's misses and false links.

These articles stand for the unseen ones: do not tune lexicons or KB entries on their sentences.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
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
    print_gaps,
    print_totals,
    score,
)
from tests.unit.test_heldout_events_ar import ARTICLES as AR_EVENT_ARTICLES
from tests.unit.test_heldout_events_en import ARTICLES as EN_EVENT_ARTICLES


def _p(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Written:
    """An article written for this set, with its entities."""

    id: str
    lang: str
    published: date
    text: str
    entities: tuple[Ent, ...]


ENTITIES_EN: dict[str, tuple[Ent, ...]] = {
    "h01-eu-package": (
        C("European Union", "ORG"), C("Russia", "GPE"), N("Moscow", "GPE"), C("Ukraine", "GPE"),
        N("Moscow Kremlin", "ORG"), C("China", "GPE"), C("India", "GPE"), C("Turkey", "GPE"),
        C("North Korea", "GPE"), N("European Commission", "ORG", "EC"),
        C("Ursula von der Leyen", "PERSON"), N("Kharkiv Oblast", "GPE", "Kharkiv region", "Kharkiv"),
        N("Alexei Navalny", "PERSON", "Alexey Navalny", "Navalny"), N("Avdiivka", "GPE"),
        C("Hungary", "GPE"), C("Viktor Orbán", "PERSON"), N("Budapest", "GPE"),
        C("United Kingdom", "GPE"), C("United States", "GPE"),
        C("United States Department of the Treasury", "ORG"), N("Crimea", "LOC"),
        C("Central Bank of Russia", "ORG", "Bank of Russia", "Russian central bank"),
        N("London", "GPE"), N("Europe", "LOC"), C("Belgium", "GPE"), N("Dmitry Peskov", "PERSON"),
        C("Vladimir Putin", "PERSON"), C("Volodymyr Zelenskyy", "PERSON"), N("Al Jazeera", "ORG"),
    ),
    "h02-teapot-refinery": (
        C("United States", "GPE"), C("China", "GPE"), C("Iran", "GPE"), N("Tehran", "GPE"),
        N("Reuters", "ORG"), N("Washington, D.C.", "GPE"),
        C("United States Department of the Treasury", "ORG"), N("Shandong", "GPE"),
        C("Houthis", "ORG", "Houthi movement", "Ansar Allah"), C("United Arab Emirates", "GPE"),
        N("Hong Kong", "GPE"), C("Donald Trump", "PERSON"), N("Beijing", "GPE"),
        N("Ministry of Foreign Affairs (China)", "ORG", "Chinese Foreign Ministry"),
        N("Ministry of Foreign Affairs (Iran)", "ORG", "Iranian Foreign Ministry"),
        C("Oman", "GPE"), N("Muscat", "GPE"), N("Rome", "GPE"), N("Singapore", "GPE"),
        N("Joint Comprehensive Plan of Action", "LAW"),
        N("Daphne Lau", "PERSON"), N("Kevin Marsh", "PERSON"), N("Peter Hale", "PERSON"),
    ),
    "h03-dm-oil-embargo": (
        C("European Union", "ORG"), C("Iran", "GPE"), N("Tehran", "GPE"), N("Daily Mail", "ORG"),
        C("Central Bank of Iran", "ORG", "Iran's central bank"), N("Brussels", "GPE"),
        C("Greece", "GPE"), C("Italy", "GPE"), C("Spain", "GPE"), C("William Hague", "PERSON"),
        N("Europe", "LOC"), N("Strait of Hormuz", "LOC"), C("United Kingdom", "GPE"),
        C("France", "GPE"), C("United States", "GPE"),
        N("USS Abraham Lincoln", "FAC", "USS Abraham Lincoln (CVN-72)", "Abraham Lincoln"),
        C("Barack Obama", "PERSON"), N("Islamic Consultative Assembly", "ORG", "Majlis"),
        C("Japan", "GPE"), C("South Korea", "GPE"), C("China", "GPE"), C("India", "GPE"),
        N("Washington, D.C.", "GPE"),
        N("National Defense Authorization Act for Fiscal Year 2012", "LAW", "NDAA 2012"),
    ),
    "h04-saudi-iran-ties": (
        C("Iran", "GPE"), C("Saudi Arabia", "GPE"), C("China", "GPE"), N("Middle East", "LOC"),
        N("Beijing", "GPE"), N("Riyadh", "GPE"), N("Tehran", "GPE"), C("Yemen", "GPE"),
        C("Saudi-led coalition", "ORG", "Saudi Arabian-led intervention in Yemen"),
        C("Houthis", "ORG", "Houthi movement", "Houthi rebels", "Ansar Allah"), C("Iraq", "GPE"),
        C("Oman", "GPE"), C("United States", "GPE"), N("White House", "ORG"), C("Israel", "GPE"),
        C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"), C("Morocco", "GPE"),
        N("Washington, D.C.", "GPE"), N("Persian Gulf", "LOC", "Gulf"), N("Wang Yi", "PERSON"),
        N("Abraham Accords", "LAW"), N("Yair Lapid", "PERSON"), N("Al Jazeera", "ORG"),
    ),
    "h05-white-house-declaration": (
        C("Armenia", "GPE"), C("Azerbaijan", "GPE"), N("White House", "ORG"),
        C("Nikol Pashinyan", "PERSON"), C("Ilham Aliyev", "PERSON"), C("Donald Trump", "PERSON"),
        C("United States", "GPE"), N("East Room", "FAC"),
        N("Nakhchivan Autonomous Republic", "GPE", "Nakhchivan"), N("Washington, D.C.", "GPE"),
        C("FREEDOM Support Act", "LAW", "Freedom Support Act", "Section 907"), N("Baku", "GPE"),
        N("Nagorno-Karabakh", "LOC"), C("Russia", "GPE"), N("Moscow", "GPE"),
        N("South Caucasus", "LOC"), N("Moscow Kremlin", "ORG"), C("Ukraine", "GPE"),
        C("Iran", "GPE"), N("Constitution of Armenia", "LAW"),
    ),
    "h06-sweden-nato": (
        C("Sweden", "GPE"), C("NATO", "ORG"), C("Russia", "GPE"), C("Ukraine", "GPE"),
        C("Ulf Kristersson", "PERSON"), C("Antony Blinken", "PERSON"), C("United States", "GPE"),
        N("Washington, D.C.", "GPE"), C("Hungary", "GPE"), N("Jens Stoltenberg", "PERSON"),
        C("Finland", "GPE"), C("Turkey", "GPE"), N("Stockholm", "GPE"),
        N("Grand National Assembly of Turkey", "ORG", "Turkish parliament"), N("Ankara", "GPE"),
        N("National Assembly (Hungary)", "ORG", "Hungarian parliament"), N("Baltic Sea", "LOC"),
        N("Baltic states", "LOC", "Baltics"), N("Moscow", "GPE"), N("Moscow Kremlin", "ORG"),
        N("Dmitry Peskov", "PERSON"), N("Brussels", "GPE"), N("North Atlantic Treaty", "LAW"),
        N("Al Jazeera", "ORG"),
    ),
    "h07-german-brigade": (
        C("Germany", "GPE"), C("Lithuania", "GPE"), N("Vilnius", "GPE"),
        N("Associated Press", "ORG"), C("NATO", "ORG"), C("Russia", "GPE"),
        C("Friedrich Merz", "PERSON"), C("Gitanas Nausėda", "PERSON"),
        N("Panzer Brigade 45", "ORG", "45th Panzer Brigade", "Lithuania Brigade"),
        N("Rukla", "GPE"), N("Rudninkai", "GPE"), C("Ukraine", "GPE"), C("Latvia", "GPE"),
        C("Estonia", "GPE"), N("Soviet Union", "GPE", "USSR"), C("European Union", "ORG"),
        N("Bundeswehr", "ORG"), N("Europe", "LOC"), C("Poland", "GPE"), N("Moscow", "GPE"),
        N("Moscow Kremlin", "ORG"), N("Dmitry Peskov", "PERSON"), C("United States", "GPE"),
        N("United States Department of Defense", "ORG", "Pentagon"),
        N("Baltic states", "LOC", "Baltics"), N("Berlin", "GPE"), N("Hanna Weber", "PERSON"),
    ),
    "h08-snapback-warning": (
        C("Iran", "GPE"), N("Europe", "LOC"), C("United Nations", "ORG"), C("United Kingdom", "GPE"),
        C("France", "GPE"), C("Germany", "GPE"), C("Abbas Araghchi", "PERSON"),
        C("United States", "GPE"), N("Tehran", "GPE"), N("António Guterres", "PERSON"),
        C("E3", "ORG", "E3 (countries)", "EU3", "EU three", "EU-3"),
        C("International Atomic Energy Agency", "ORG", "IAEA"), N("Washington, D.C.", "GPE"),
        C("United Nations Security Council", "ORG"), C("Israel", "GPE"),
        N("Rafael Grossi", "PERSON"), N("Istanbul", "GPE"),
        C("Joint Comprehensive Plan of Action", "LAW"), C("Russia", "GPE"), C("China", "GPE"),
        N("Moscow", "GPE"), C("Treaty on the Non-Proliferation of Nuclear Weapons", "LAW"),
        N("United Nations Security Council Resolution 2231", "LAW"),
        N("Grand Bazaar, Tehran", "FAC", "Tehran Grand Bazaar"), N("Al Jazeera", "ORG"),
    ),
    "h09-russia-economy": (
        C("Russia", "GPE"), C("Ukraine", "GPE"), C("International Monetary Fund", "ORG"),
        N("Federal State Statistics Service", "ORG", "Rosstat"), C("European Union", "ORG"),
        N("Vladimir Putin", "PERSON"), N("Moscow", "GPE"), C("United States", "GPE"),
        C("United Kingdom", "GPE"), C("Central Bank of Russia", "ORG"),
        C("SWIFT", "ORG", "Society for Worldwide Interbank Financial Telecommunication"),
        N("Russian shadow fleet", "ORG", "shadow fleet"), C("China", "GPE"), C("India", "GPE"),
        N("Washington, D.C.", "GPE"), N("National Wealth Fund", "ORG", "National Wealth Fund of Russia"),
        N("Moscow Kremlin", "ORG"), N("Al Jazeera", "ORG"),
    ),
    "h10-south-africa-unity": (
        C("South Africa", "GPE"), C("African National Congress", "ORG", "ANC"),
        C("Democratic Alliance (South Africa)", "ORG", "Democratic Alliance", "DA"),
        C("Cyril Ramaphosa", "PERSON"), N("Parliament of South Africa", "ORG"),
        N("National Assembly of South Africa", "ORG", "National Assembly"),
        N("Julius Malema", "PERSON"), N("Economic Freedom Fighters", "ORG", "EFF"),
        C("John Steenhuisen", "PERSON"), C("Inkatha Freedom Party", "ORG", "IFP"),
        C("Patriotic Alliance", "ORG"), N("Cape Town", "GPE"), N("Jacob Zuma", "PERSON"),
        N("uMkhonto weSizwe (political party)", "ORG", "uMkhonto weSizwe", "MK Party"),
        N("Electoral Commission of South Africa", "ORG", "IEC"),
        N("Congress of South African Trade Unions", "ORG", "COSATU"),
        N("South African Communist Party", "ORG", "SACP"), N("Johannesburg", "GPE"),
        N("Pretoria", "GPE"), N("Al Jazeera", "ORG"),
    ),
    "h11-dm-chelsea-fine": (
        C("Chelsea F.C.", "ORG", "Chelsea", "Chelsea FC"), C("UEFA", "ORG"),
        C("Paris Saint-Germain F.C.", "ORG", "Paris Saint-Germain", "PSG"),
        N("MailOnline", "ORG", "Daily Mail"), N("Sam Porter", "PERSON"),
        N("UEFA Champions League", "ORG", "Champions League"), N("Nyon", "GPE"),
        N("José Mourinho", "PERSON", "Jose Mourinho", "Mourinho"), N("Stamford Bridge", "FAC"),
        N("Cobham Training Centre", "FAC", "Cobham"), N("Premier League", "ORG"),
        N("West Ham United F.C.", "ORG", "West Ham United", "West Ham"),
        N("Diego Costa", "PERSON"), N("EFL Cup", "ORG", "Capital One Cup", "League Cup"),
        N("The Football Association", "ORG", "FA", "Football Association"),
        N("Atlético Madrid", "ORG", "Atletico Madrid"), N("Filipe Luís", "PERSON", "Filipe Luis"),
        N("Paris", "GPE"), N("Portugal", "GPE"), N("Brazil", "GPE"),
    ),
    "h12-bank-penalties": (
        N("CNN", "ORG"), C("BNP Paribas", "ORG", "BNP"), C("France", "GPE"),
        C("United States", "GPE"), C("Sudan", "GPE"), C("Cuba", "GPE"), C("Iran", "GPE"),
        C("United States Department of Justice", "ORG", "Justice Department"),
        N("Washington, D.C.", "GPE"), N("New York (state)", "GPE", "New York State"),
        N("New York State Department of Financial Services", "ORG", "NYDFS"),
        N("Manhattan", "GPE"), N("Paris", "GPE"), C("François Hollande", "PERSON"),
        C("Barack Obama", "PERSON"), N("Normandy", "LOC"), C("European Union", "ORG"),
        N("Transatlantic Trade and Investment Partnership", "LAW", "TTIP"),
        N("United States embargo against Cuba", "LAW"),
        C("Crédit Agricole", "ORG", "Credit Agricole"), C("Société Générale", "ORG", "Societe Generale"),
        N("Claire Dubois", "PERSON"), N("Evan Rourke", "PERSON"),
    ),
    "h13-asean-summit": (
        C("ASEAN", "ORG", "Association of Southeast Asian Nations"), C("Myanmar", "GPE", "Burma"),
        N("South China Sea", "LOC"), N("Jakarta", "GPE"), N("Southeast Asia", "LOC"),
        N("Tatmadaw", "ORG", "Myanmar Armed Forces"), C("Indonesia", "GPE"),
        C("Joko Widodo", "PERSON", "Jokowi"), C("Philippines", "GPE"), C("China", "GPE"),
        N("ASEAN Five-Point Consensus", "LAW", "Five-Point Consensus"),
        N("Declaration on the Conduct of Parties in the South China Sea", "LAW"),
        N("China Coast Guard", "ORG"), N("Asia", "LOC"), C("Vietnam", "GPE"),
        N("Beijing", "GPE"), C("Malaysia", "GPE"), C("Li Qiang", "PERSON"),
        C("Kamala Harris", "PERSON"), C("United States", "GPE"), C("Joe Biden", "PERSON"),
        N("Washington, D.C.", "GPE"), C("Japan", "GPE"), N("Fumio Kishida", "PERSON"),
        N("Manila", "GPE"), C("Timor-Leste", "GPE", "East Timor"), N("Al Jazeera", "ORG"),
    ),
    "h14-nato-75": (
        C("NATO", "ORG"), C("Ukraine", "GPE"), N("Brussels", "GPE"), C("Donald Trump", "PERSON"),
        N("White House", "ORG"), C("North Atlantic Treaty", "LAW", "Washington Treaty"),
        N("Washington, D.C.", "GPE"), C("United States", "GPE"), C("Canada", "GPE"),
        C("United Kingdom", "GPE"), C("France", "GPE"), N("Soviet Union", "GPE", "USSR"),
        C("Sweden", "GPE"), C("Finland", "GPE"),
        C("Russia", "GPE"), N("Nordic countries", "LOC"), N("Warsaw Pact", "ORG"),
        C("Poland", "GPE"), C("Hungary", "GPE"), C("Czech Republic", "GPE", "Czechia"),
        N("Baltic states", "LOC", "Baltics"), C("Jens Stoltenberg", "PERSON"), N("Europe", "LOC"),
        C("Antony Blinken", "PERSON"), N("Vilnius", "GPE"), N("Kyiv", "GPE"),
        N("Moscow Kremlin", "ORG"), N("Dmitry Peskov", "PERSON"), N("Moscow", "GPE"),
        N("Al Jazeera", "ORG"),
    ),
    "h15-iran-talks-stall": (
        C("Iran", "GPE"), C("United States", "GPE"), C("Joint Comprehensive Plan of Action", "LAW"),
        N("Washington, D.C.", "GPE"), N("Tehran", "GPE"), C("European Union", "ORG"),
        N("Vienna", "GPE"), C("United States Department of State", "ORG"),
        C("United States Department of the Treasury", "ORG"), N("East Asia", "LOC"),
        C("United Arab Emirates", "GPE"), N("Hong Kong", "GPE"), C("India", "GPE"),
        N("National Iranian Oil Company", "ORG", "NIOC"), C("Donald Trump", "PERSON"),
        C("International Atomic Energy Agency", "ORG", "IAEA", "UN nuclear watchdog"),
        N("Ministry of Foreign Affairs (Iran)", "ORG", "Iranian Foreign Ministry"),
        C("Israel", "GPE"), C("Joe Biden", "PERSON"), N("Brussels", "GPE"),
        N("Yair Lapid", "PERSON"), N("Al Jazeera", "ORG"),
    ),
    "h16-syria-order": (
        C("Donald Trump", "PERSON"), C("United States", "GPE"), C("Syria", "GPE"),
        N("White House", "ORG"), C("Bashar al-Assad", "PERSON"), N("Riyadh", "GPE"),
        C("Ahmed al-Sharaa", "PERSON"), C("United States Department of the Treasury", "ORG"),
        C("United States Department of State", "ORG"),
        C("Caesar Syria Civilian Protection Act", "LAW", "Caesar Act"), C("Marco Rubio", "PERSON"),
        C("Hay'at Tahrir al-Sham", "ORG", "HTS"), C("United States Congress", "ORG", "Congress"),
        C("Israel", "GPE"), C("Asaad al-Shaibani", "PERSON"), N("X", "ORG", "Twitter"),
        C("European Union", "ORG"), N("Damascus", "GPE"), C("Turkey", "GPE"),
        N("World Bank", "ORG"), N("Washington, D.C.", "GPE"),
        C("State Sponsors of Terrorism", "LAW", "State Sponsors of Terrorism list"),
        C("Foreign Terrorist Organization", "LAW", "Foreign Terrorist Organization designation"),
        N("Tom Barrack", "PERSON", "Thomas J. Barrack Jr."),
    ),
}

ENTITIES_AR: dict[str, tuple[Ent, ...]] = {
    "ar-h01-hezbollah-gulf-designations": (
        C("United States", "GPE"), C("Hezbollah", "ORG"), N("Washington, D.C.", "GPE"),
        C("United States Department of the Treasury", "ORG"), C("Hassan Nasrallah", "PERSON"),
        C("Naim Qassem", "PERSON"), C("Steven Mnuchin", "PERSON", "Steve Mnuchin"),
        C("Lebanon", "GPE"), C("Syria", "GPE"), C("Yemen", "GPE"), C("Saudi Arabia", "GPE"),
        C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"), C("Kuwait", "GPE"),
        C("Qatar", "GPE"), C("Oman", "GPE"),
        C("Terrorist Financing Targeting Center", "ORG", "TFTC"), C("Donald Trump", "PERSON"),
        N("Riyadh", "GPE"), N("Saudi Press Agency", "ORG"), C("Gulf Cooperation Council", "ORG"),
        N("Al-Manar", "ORG", "Al Manar"), N("United States Department of State", "ORG"),
        C("United States Congress", "ORG", "Congress"),
        N("Hizballah International Financing Prevention Act of 2015", "LAW", "HIFPA"),
        N("Beirut", "GPE"), N("New York City", "GPE"), N("Samer Haddad", "PERSON"),
        C("Saad Hariri", "PERSON"), N("Banque du Liban", "ORG"),
        N("Joint Comprehensive Plan of Action", "LAW"), N("Iran", "GPE"),
    ),
    "ar-h02-rusal-lifted": (
        N("Washington, D.C.", "GPE"), C("Rusal", "ORG", "RUSAL", "United Company RUSAL"),
        C("Oleg Deripaska", "PERSON"), N("Moscow", "GPE"), N("Reuters", "ORG"),
        C("United States Department of the Treasury", "ORG"), C("En+ Group", "ORG", "EN+ Group"),
        C("EuroSibEnergo", "ORG"), C("Russia", "GPE"), C("Office of Foreign Assets Control", "ORG"),
        C("United States", "GPE"), N("Hong Kong Stock Exchange", "ORG"), N("Hong Kong", "GPE"),
        N("London Metal Exchange", "ORG"), N("London", "GPE"),
        N("Democratic Party (United States)", "ORG", "Democratic Party", "Democrats"),
        C("United States Senate", "ORG", "US Senate"), N("Chuck Schumer", "PERSON"),
        N("Moscow Kremlin", "ORG"), N("Ministry of Foreign Affairs (Russia)", "ORG"),
        N("Dmitry Peskov", "PERSON"), N("Brussels", "GPE"), C("European Union", "ORG"),
        N("Minsk agreements", "LAW"), C("Ukraine", "GPE"), N("Crimea", "LOC"),
        N("Malaysia", "GPE"), N("Donbas", "LOC"),
        N("Europe", "LOC"), N("Asia", "LOC"), N("Robert Mueller", "PERSON"),
    ),
    "ar-h03-iraq-waiver": (
        N("Washington, D.C.", "GPE"), C("Iraq", "GPE"), C("Iran", "GPE"), N("Baghdad", "GPE"),
        N("Anadolu Agency", "ORG"), C("United States", "GPE"),
        C("United States Department of State", "ORG"), C("Donald Trump", "PERSON"),
        C("Joint Comprehensive Plan of Action", "LAW"), N("Tehran", "GPE"),
        N("Saad al-Hadithi", "PERSON"), C("Adil Abdul-Mahdi", "PERSON"),
        C("Mike Pompeo", "PERSON"), C("Ministry of Electricity (Iraq)", "ORG"),
        C("General Electric", "ORG", "GE"), C("Siemens", "ORG"), N("Basra", "GPE"),
        N("Iraj Masjedi", "PERSON"),
    ),
    "ar-h04-germany-bans-hezbollah": (
        C("Germany", "GPE"), C("Hezbollah", "ORG"), N("Berlin", "GPE"),
        N("Deutsche Presse-Agentur", "ORG", "dpa"),
        C("Federal Ministry of the Interior (Germany)", "ORG",
          "Federal Ministry of the Interior, Building and Community", "German Interior Ministry"),
        N("X", "ORG", "Twitter"), C("Israel", "GPE"), C("Horst Seehofer", "PERSON"),
        N("Bremen", "GPE"), N("North Rhine-Westphalia", "GPE"), N("Lower Saxony", "GPE"),
        N("Federal Office for the Protection of the Constitution", "ORG", "BfV"),
        C("European Union", "ORG"), N("Burgas", "GPE"), N("Bulgaria", "GPE"),
        N("Bundestag", "ORG"), C("Israel Katz", "PERSON"), C("United States", "GPE"),
        N("Richard Grenell", "PERSON"), N("Beirut", "GPE"),
        N("Ministry of Foreign Affairs and Emigrants (Lebanon)", "ORG"), C("Lebanon", "GPE"),
        C("United Kingdom", "GPE"), C("Argentina", "GPE"),
        N("Asociación Mutual Israelita Argentina", "ORG", "AMIA"), N("Buenos Aires", "GPE"),
        N("Middle East", "LOC"), N("Guido Steinberg", "PERSON"),
    ),
    "ar-h05-turkey-troops-qatar": (
        C("Grand National Assembly of Turkey", "ORG", "Turkish parliament"), C("Qatar", "GPE"),
        N("Ankara", "GPE"), C("Turkey", "GPE"), N("Doha", "GPE"), C("Saudi Arabia", "GPE"),
        C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"), C("Egypt", "GPE"),
        N("Justice and Development Party (Turkey)", "ORG", "Justice and Development Party", "AKP"),
        N("Nationalist Movement Party", "ORG", "MHP"), N("Numan Kurtulmuş", "PERSON", "Numan Kurtulmus"),
        N("Persian Gulf", "LOC", "Gulf", "Arabian Gulf"), C("Recep Tayyip Erdoğan", "PERSON"),
        C("Yusuf al-Qaradawi", "PERSON", "Yusuf Qaradawi"),
        C("International Union of Muslim Scholars", "ORG", "IUMS"),
        C("Mohammed bin Abdulrahman Al Thani", "PERSON"), C("Iran", "GPE"),
        N("Al Udeid Air Base", "FAC"), C("United States", "GPE"), N("Middle East", "LOC"),
        N("United States Department of Defense", "ORG", "Pentagon"),
        C("Sabah Al-Ahmad Al-Jaber Al-Sabah", "PERSON"), C("Kuwait", "GPE"), N("Riyadh", "GPE"),
        N("Dubai", "GPE"),
    ),
    "ar-h06-montenegro-nato": (
        C("Montenegro", "GPE"), C("NATO", "ORG"), N("Washington, D.C.", "GPE"),
        N("Agence France-Presse", "ORG"), N("United States Department of State", "ORG"),
        C("Duško Marković", "PERSON", "Dusko Markovic"), C("Jens Stoltenberg", "PERSON"),
        N("Moscow", "GPE"), N("Ministry of Foreign Affairs (Russia)", "ORG"), C("Russia", "GPE"),
        N("Moscow Kremlin", "ORG"), N("Podgorica", "GPE"), C("Spain", "GPE"),
        N("Adriatic Sea", "LOC"), C("Albania", "GPE"), C("Croatia", "GPE"), C("Slovenia", "GPE"),
        C("Afghanistan", "GPE"), C("North Macedonia", "GPE", "Macedonia"), C("Greece", "GPE"),
        N("Athens", "GPE"), C("United Nations", "ORG"), N("Balkans", "LOC"),
    ),
    "ar-h07-uae-embassy-damascus": (
        C("United Arab Emirates", "GPE"), N("Damascus", "GPE"), C("Bahrain", "GPE"),
        C("Syria", "GPE"), N("Ministry of Foreign Affairs (United Arab Emirates)", "ORG"),
        N("Emirates News Agency", "ORG"), N("Agence France-Presse", "ORG"),
        N("Abu Rummaneh", "GPE"), N("Abdul Hakim al-Nuaimi", "PERSON"), N("Manama", "GPE"),
        C("Arab League", "ORG"), C("Iraq", "GPE"), C("Lebanon", "GPE"), C("Algeria", "GPE"),
        C("Sudan", "GPE"), C("Omar al-Bashir", "PERSON"), N("Nasib Border Crossing", "FAC"),
        C("Jordan", "GPE"), N("Abdulkhaleq Abdulla", "PERSON"), C("Iran", "GPE"),
        C("Turkey", "GPE"), N("Syrian Negotiation Commission", "ORG"),
        N("Yahya al-Aridi", "PERSON"), N("United States Department of State", "ORG"),
        N("Washington, D.C.", "GPE"), C("Bashar al-Assad", "PERSON"),
        C("United Nations Security Council Resolution 2254", "LAW"), C("United States", "GPE"),
        N("United Nations Security Council", "ORG"),
    ),
    "ar-h08-jeddah-peace-accord": (
        N("Jeddah", "GPE"), C("Ethiopia", "GPE"), C("Eritrea", "GPE"), N("Saudi Press Agency", "ORG"),
        C("Abiy Ahmed", "PERSON"), C("Isaias Afwerki", "PERSON"),
        C("Salman of Saudi Arabia", "PERSON"), C("Mohammed bin Salman", "PERSON"),
        C("António Guterres", "PERSON"), C("United Nations", "ORG"),
        C("Jeddah Peace Agreement", "LAW", "Jeddah Peace Accord", "Jeddah Agreement"),
        N("Horn of Africa", "LOC"), C("Adel al-Jubeir", "PERSON"), C("Saudi Arabia", "GPE"),
        C("United Arab Emirates", "GPE"), N("Red Sea", "LOC"), N("Asmara", "GPE"),
        N("Joint Declaration of Peace and Friendship between Eritrea and Ethiopia", "LAW",
          "Eritrea–Ethiopia Joint Declaration of Peace and Friendship"),
        N("Algiers Agreement", "LAW"), N("Addis Ababa", "GPE"),
        N("Eritrea–Ethiopia Boundary Commission", "ORG"), N("Badme", "GPE"),
        C("United Nations Security Council", "ORG"), N("New York City", "GPE"),
        C("United Kingdom", "GPE"), N("Djibouti", "GPE"), N("Port of Djibouti", "FAC"),
        N("Massawa", "GPE"), N("Assab", "GPE"),
    ),
    "ar-h09-iran-economy-under-sanctions": (
        C("Iran", "GPE"), N("Tehran", "GPE"), N("Hossein Rezaei", "PERSON"),
        N("Grand Bazaar, Tehran", "FAC", "Tehran Grand Bazaar"), C("United States", "GPE"),
        C("Donald Trump", "PERSON"), C("Joint Comprehensive Plan of Action", "LAW"),
        C("Central Bank of Iran", "ORG"), N("International Monetary Fund", "ORG"),
        N("University of Tehran", "ORG"), N("Saeed Laylaz", "PERSON"),
        N("Washington, D.C.", "GPE"), C("China", "GPE"), C("India", "GPE"), C("Turkey", "GPE"),
        C("Hassan Rouhani", "PERSON"), N("INSTEX", "ORG"), C("Ali Khamenei", "PERSON"),
        N("Ferdowsi Street", "FAC"), N("Mike Pompeo", "PERSON"),
        N("Islamic Revolutionary Guard Corps", "ORG", "IRGC"),
    ),
    "ar-h10-tunisia-election-list": (
        C("Tunisia", "GPE"), N("Tunis", "GPE"), N("Tunis Afrique Presse", "ORG", "TAP"),
        C("Independent High Authority for Elections", "ORG", "ISIE"),
        N("Administrative Court (Tunisia)", "ORG"), N("Nabil Baffoun", "PERSON"),
        C("Youssef Chahed", "PERSON"), C("Abdelkarim Zbidi", "PERSON", "Abdelkrim Zbidi"),
        C("Ennahda", "ORG", "Ennahda Movement"), C("Abdelfattah Mourou", "PERSON"),
        C("Nabil Karoui", "PERSON"), N("Beji Caid Essebsi", "PERSON"),
        N("Tahya Tounes", "ORG"), N("Al-Badil Al-Tounsi", "ORG", "Tunisian Alternative"),
        N("Machrouu Tounes", "ORG", "Project for Tunisia"), N("Slaheddine Jourchi", "PERSON"),
        C("European Union", "ORG"),
    ),
    "ar-h11-football-penalties": (
        N("Cairo", "GPE"), C("Kuwait", "GPE"), C("FIFA", "ORG"), N("FIFA Council", "ORG"),
        C("Kuwait Football Association", "ORG"), C("Gianni Infantino", "PERSON"),
        N("Moscow", "GPE"),
        N("National Assembly (Kuwait)", "ORG", "National Assembly of Kuwait"),
        N("Kuwait national football team", "ORG"), N("Qadsia SC", "ORG", "Al-Qadsia"),
        C("Confederation of African Football", "ORG", "CAF"),
        C("Zamalek SC", "ORG", "Zamalek"), N("Al-Ahli SC (Tripoli)", "ORG", "Al-Ahly Tripoli"),
        N("Libya", "GPE"), N("Al Ahly SC", "ORG", "Al Ahly"), N("CAF Champions League", "ORG"),
        N("Egyptian Premier League", "ORG"), N("France", "GPE"), N("Nigeria", "GPE"),
        N("Belgium", "GPE"), N("Ismaily SC", "ORG", "Ismaily"), N("Riyadh", "GPE"),
        N("Saudi Arabian Football Federation", "ORG"), N("Saudi Arabia", "GPE"),
        N("Al Nassr FC", "ORG", "Al Nassr"), N("Al Hilal SFC", "ORG", "Al Hilal"),
        N("Public Authority for Sport (Kuwait)", "ORG"), C("Egypt", "GPE"),
        N("Egypt national football team", "ORG"), C("Russia", "GPE"),
    ),
    "ar-h12-bribery-court": (
        N("Cairo", "GPE"), N("Al-Ahram", "ORG"), N("Cairo Criminal Court", "ORG"),
        C("Egyptian Penal Code", "LAW", "Penal Code (Egypt)", "Penal Code"),
        N("Public Prosecution (Egypt)", "ORG", "Public Prosecution"),
        C("Administrative Control Authority", "ORG", "ACA"),
        N("Prosecutor General of Egypt", "ORG", "Attorney General of Egypt"),
        N("Nabil Sadek", "PERSON"), N("Court of Cassation (Egypt)", "ORG", "Court of Cassation"),
        N("Economic Court (Egypt)", "ORG"),
        C("House of Representatives (Egypt)", "ORG", "Egyptian House of Representatives"),
        N("Cairo University", "ORG"), C("Egypt", "GPE"), N("Transparency International", "ORG"),
        N("Alexandria", "GPE"),
    ),
    "ar-h13-hanoi-summit-no-deal": (
        N("Hanoi", "GPE"), C("Donald Trump", "PERSON"), C("Kim Jong Un", "PERSON"),
        C("North Korea", "GPE"), C("United States", "GPE"), C("Vietnam", "GPE"),
        N("Pyongyang", "GPE"), N("Yongbyon Nuclear Scientific Research Center", "FAC", "Yongbyon"),
        C("Ri Yong-ho", "PERSON"), C("United Nations Security Council", "ORG"),
        N("Singapore", "GPE"), N("Korean Peninsula", "LOC"), N("Washington, D.C.", "GPE"),
        N("Seoul", "GPE"), C("South Korea", "GPE"), C("Moon Jae-in", "PERSON"),
        N("Kaesong Industrial Region", "GPE", "Kaesong Industrial Complex"),
        N("Korea Exchange", "ORG"),
    ),
    "ar-h14-gerd-talks-stalled": (
        C("Egypt", "GPE"), N("Cairo", "GPE"), N("Middle East News Agency", "ORG", "MENA"),
        C("Ministry of Water Resources and Irrigation (Egypt)", "ORG"),
        C("Grand Ethiopian Renaissance Dam", "FAC", "GERD", "Renaissance Dam"),
        N("Khartoum", "GPE"), C("Ethiopia", "GPE"),
        C("Declaration of Principles on the Grand Ethiopian Renaissance Dam", "LAW",
          "Declaration of Principles", "Agreement on Declaration of Principles"),
        C("Sudan", "GPE"), C("Seleshi Bekele", "PERSON"),
        N("Ministry of Water, Irrigation and Energy (Ethiopia)", "ORG"), N("Addis Ababa", "GPE"),
        C("Abdel Fattah el-Sisi", "PERSON"), N("X", "ORG", "Twitter"), N("Nile", "LOC"),
        N("1959 Nile Waters Agreement", "LAW", "Nile Waters Agreement"),
        N("Washington, D.C.", "GPE"), C("United States", "GPE"),
        C("United Nations Security Council", "ORG"), N("Africa", "LOC"), N("Blue Nile", "LOC"),
    ),
    "ar-h15-peace-treaty-anniversary": (
        C("Egypt–Israel peace treaty", "LAW", "Egypt-Israel peace treaty"), N("Cairo", "GPE"),
        N("Al-Quds Al-Arabi", "ORG"), N("White House", "ORG"), C("United States", "GPE"),
        C("Jimmy Carter", "PERSON"), N("Sinai Peninsula", "LOC", "Sinai"), C("Egypt", "GPE"),
        C("Israel", "GPE"), C("Anwar Sadat", "PERSON", "Anwar el-Sadat", "Sadat"),
        C("Menachem Begin", "PERSON", "Begin"), C("Camp David Accords", "LAW"),
        N("Camp David", "FAC"), C("Arab League", "ORG"), N("Tunis", "GPE"),
        N("Tel Aviv", "GPE"), N("Dolphinus Holdings", "ORG"), N("Tamar gas field", "LOC"),
        N("Leviathan gas field", "LOC"), C("Jordan", "GPE"),
        C("Israel–Jordan peace treaty", "LAW", "Wadi Araba Treaty"),
        C("Abdullah II of Jordan", "PERSON", "King Abdullah II"), N("Palestine", "GPE"),
        N("Jerusalem", "GPE", "East Jerusalem"),
        N("Al-Ahram Center for Political and Strategic Studies", "ORG"),
        N("Benjamin Netanyahu", "PERSON"), N("Washington, D.C.", "GPE"), N("Gaza Strip", "GPE", "Gaza"),
    ),
    "ar-h16-saudi-iraq-council-nopunct": (
        C("Saudi Arabia", "GPE"), C("Iraq", "GPE"), N("Baghdad", "GPE"),
        C("Saudi–Iraqi Coordination Council", "ORG", "Saudi-Iraqi Coordination Council"),
        C("Majid al-Qasabi", "PERSON", "Majid bin Abdullah Al-Qasabi", "Majid Al Qasabi"),
        C("Nouri al-Dulaimi", "PERSON", "Nuri al-Dulaimi"), C("Salman of Saudi Arabia", "PERSON"),
        N("Arar border crossing", "FAC", "Arar"), C("Kuwait", "GPE"), N("Basra", "GPE"),
        N("Najaf", "GPE"), N("Erbil", "GPE"), N("Haider al-Abadi", "PERSON"), N("Riyadh", "GPE"),
        N("Ministry of Foreign Affairs (Iraq)", "ORG"), C("Iran", "GPE"),
        N("Adil Abdul-Mahdi", "PERSON"),
    ),
}

NEW_ARTICLES: list[Written] = [
    Written(
        "n01-en-alula-declaration", "en", date(2021, 1, 5),
        _p(
            "Gulf leaders sign AlUla declaration, ending three-year rift with Qatar",
            "ALULA, Saudi Arabia (Reuters) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt "
            "restored full ties with Qatar on Tuesday, as Gulf leaders signed a declaration at a summit in "
            "the desert town of AlUla that ends the boycott they imposed in June 2017.",
            "Saudi Crown Prince Mohammed bin Salman embraced Qatar's ruler, Emir Sheikh Tamim bin Hamad Al "
            "Thani, as he stepped off his plane, a day after Riyadh reopened its airspace and land border "
            "to Doha. The Gulf Cooperation Council's secretary-general, Nayef al-Hajraf, said the six "
            "members had agreed to turn the page and face common threats together.",
            "White House senior adviser Jared Kushner, who helped broker the deal alongside Kuwaiti "
            "mediators, attended the signing, as did Egyptian Foreign Minister Sameh Shoukry. Kuwait's "
            "Emir Sheikh Nawaf al-Ahmad al-Sabah paid tribute to his late brother, Sheikh Sabah, who had "
            "tried to end the dispute from its first weeks.",
            "The four countries had accused Doha of backing Islamist groups such as the Muslim Brotherhood "
            "and of growing too close to Iran, charges Qatar denied. Their list of 13 demands included "
            "shutting down the Al Jazeera network and closing a Turkish military base in Qatar.",
            "None of those demands appears to have been met. \"Qatar did not give up anything of "
            "substance,\" said a Gulf analyst at the International Institute for Strategic Studies in "
            "London. The UAE's minister of state for foreign affairs, Anwar Gargash, told reporters that "
            "rebuilding trust would take time.",
            "Qatar Airways said it would resume flights to Saudi Arabia this week. Iran, whose airspace "
            "carried most Qatari flights during the boycott, said the reconciliation showed that pressure "
            "on small neighbours had failed.",
        ),
        (
            C("Saudi Arabia", "GPE"), C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"),
            C("Egypt", "GPE"), C("Qatar", "GPE"), N("AlUla", "GPE", "Al-Ula"), N("Reuters", "ORG"),
            C("Al-Ula Declaration", "LAW", "AlUla Declaration", "AlUla declaration"),
            C("Mohammed bin Salman", "PERSON"), C("Tamim bin Hamad Al Thani", "PERSON"),
            N("Riyadh", "GPE"), N("Doha", "GPE"), C("Gulf Cooperation Council", "ORG"),
            C("Nayef al-Hajraf", "PERSON", "Nayef Falah Mubarak Al-Hajraf"), N("White House", "ORG"),
            C("Jared Kushner", "PERSON"), C("Sameh Shoukry", "PERSON"), C("Kuwait", "GPE"),
            C("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "PERSON", "Nawaf al-Ahmad al-Sabah"),
            N("Sabah Al-Ahmad Al-Jaber Al-Sabah", "PERSON"), C("Muslim Brotherhood", "ORG"),
            C("Iran", "GPE"), C("Al Jazeera", "ORG", "Al Jazeera Media Network"), C("Turkey", "GPE"),
            N("International Institute for Strategic Studies", "ORG", "IISS"), N("London", "GPE"),
            C("Anwar Gargash", "PERSON"), N("Qatar Airways", "ORG"),
        ),
    ),
    Written(
        "n02-en-wagner-designation", "en", date(2023, 1, 27),
        "(CNN) -- The United States on Thursday designated the Russian mercenary company Wagner Group "
        "a transnational criminal organization and imposed sanctions on firms that it said supply the "
        "group in Ukraine and across Africa, the Treasury Department announced.\n\n"
        "White House national security spokesman John Kirby said Wagner, which is run by Yevgeny "
        "Prigozhin, a catering tycoon close to President Vladimir Putin, now had about 50,000 fighters "
        "in Ukraine, most of them recruited from Russian prisons.\n\n"
        "\"These actions will further degrade Wagner's ability to wage war,\" Deputy Treasury Secretary "
        "Wally Adeyemo said. The designations freeze any assets the targets hold in the United States "
        "and bar Americans from dealing with them.\n\n"
        "The European Union and Britain have already sanctioned the group and several of its "
        "commanders. Officials in Brussels said a new listing of Wagner-linked people in Mali, Sudan "
        "and the Central African Republic was being prepared.\n\n"
        "In Mali, Wagner fighters arrived in late 2021 at the invitation of the military government of "
        "Colonel Assimi Goita, a move that led France to pull out its last troops last year. United "
        "Nations experts have accused the group of abuses against civilians there and in the Central "
        "African Republic, where its men guard President Faustin-Archange Touadera.\n\n"
        "Prigozhin, whom Washington first sanctioned in 2018 over the Internet Research Agency, a troll "
        "farm accused of meddling in the 2016 US election, mocked the decision on Telegram, asking "
        "officials to explain what crime his company had committed.\n\n"
        "The Kremlin has long denied any link with Wagner, although Putin said last year that the "
        "group's members were free to work anywhere as long as they did not break Russian law.\n\n"
        "CNN's Maya Collins and Daniel Reyes contributed to this report.",
        (
            N("CNN", "ORG"), C("United States", "GPE"), C("Wagner Group", "ORG", "Wagner", "PMC Wagner"),
            C("Russia", "GPE"), C("Ukraine", "GPE"), N("Africa", "LOC"),
            C("United States Department of the Treasury", "ORG"), N("White House", "ORG"),
            N("John Kirby", "PERSON"), C("Yevgeny Prigozhin", "PERSON"), C("Vladimir Putin", "PERSON"),
            C("Wally Adeyemo", "PERSON"), C("European Union", "ORG"), C("United Kingdom", "GPE"),
            N("Brussels", "GPE"), C("Mali", "GPE"), C("Sudan", "GPE"),
            C("Central African Republic", "GPE"), C("Assimi Goïta", "PERSON", "Assimi Goita"),
            C("France", "GPE"), C("United Nations", "ORG"),
            C("Faustin-Archange Touadéra", "PERSON", "Faustin-Archange Touadera"),
            N("Washington, D.C.", "GPE"), C("Internet Research Agency", "ORG"),
            N("Telegram", "ORG"), N("Moscow Kremlin", "ORG"), N("Maya Collins", "PERSON"),
            N("Daniel Reyes", "PERSON"),
        ),
    ),
    Written(
        "n03-en-sudan-power-sharing", "en", date(2019, 8, 17),
        _p(
            "Sudan's generals and protest leaders sign power-sharing deal",
            "Sudan's ruling generals and the main opposition coalition have signed a power-sharing "
            "agreement in Khartoum, opening a three-year transition that they say will lead to civilian "
            "rule after the overthrow of Omar al-Bashir in April.",
            "Mohamed Hamdan Dagalo, the deputy head of the Transitional Military Council and commander of "
            "the feared Rapid Support Forces, signed for the military on Saturday, and Ahmed al-Rabie "
            "signed for the Forces of Freedom and Change. Crowds cheered outside the hall.",
            "Ethiopian Prime Minister Abiy Ahmed, whose envoys mediated the deal with the African Union, "
            "attended the ceremony with Egypt's Prime Minister Mostafa Madbouly, South Sudan's President "
            "Salva Kiir and the chairman of the African Union Commission, Moussa Faki Mahamat.",
            "Under the agreement, a sovereign council of five officers and six civilians will govern, "
            "chaired first by the military council's head, General Abdel Fattah al-Burhan. Abdalla Hamdok, "
            "an economist who worked for the UN Economic Commission for Africa, is expected to be named "
            "prime minister.",
            "Keep reading\nlist of 3 items\nSudan's Bashir appears in court on corruption charges\n"
            "Who are Sudan's Rapid Support Forces?\nSudan protesters mark 40 days since Khartoum "
            "massacre\nend of list",
            "The Sudanese Professionals Association, which led the protests, said it would watch the "
            "generals closely. Its members blame the Rapid Support Forces for the killing of dozens of "
            "protesters when a sit-in was broken up on June 3, after which the African Union suspended "
            "Sudan.",
            "The new government faces an economic crisis. The United States still lists Sudan as a state "
            "sponsor of terrorism, which keeps the country cut off from debt relief by the International "
            "Monetary Fund and the World Bank.",
            "Source: Al Jazeera and news agencies",
        ),
        (
            C("Sudan", "GPE"), N("Khartoum", "GPE"), C("Omar al-Bashir", "PERSON"),
            C("Mohamed Hamdan Dagalo", "PERSON", "Hemedti"),
            C("Transitional Military Council (Sudan)", "ORG", "Transitional Military Council", "TMC"),
            C("Rapid Support Forces", "ORG", "RSF"), N("Ahmed al-Rabie", "PERSON"),
            C("Forces of Freedom and Change", "ORG", "FFC"), C("Ethiopia", "GPE"),
            C("Abiy Ahmed", "PERSON"), C("African Union", "ORG", "AU"), C("Egypt", "GPE"),
            C("Mostafa Madbouly", "PERSON"), C("South Sudan", "GPE"), C("Salva Kiir", "PERSON",
              "Salva Kiir Mayardit"), N("African Union Commission", "ORG"),
            C("Moussa Faki", "PERSON", "Moussa Faki Mahamat"),
            N("Sovereignty Council of Sudan", "ORG", "Sovereign Council"),
            C("Abdel Fattah al-Burhan", "PERSON"), C("Abdalla Hamdok", "PERSON", "Abdallah Hamdok"),
            N("United Nations Economic Commission for Africa", "ORG", "UNECA"),
            N("Sudanese Professionals Association", "ORG", "SPA"), C("United States", "GPE"),
            C("State Sponsors of Terrorism", "LAW", "State Sponsors of Terrorism list"),
            N("International Monetary Fund", "ORG"), N("World Bank", "ORG"), N("Al Jazeera", "ORG"),
        ),
    ),
    Written(
        "n04-en-opec-cut", "en", date(2018, 12, 7),
        "OPEC, Russia agree deeper oil output cut despite Trump pressure\n\n"
        "By Lina Haddad and Mark Oliver\n\n"
        "VIENNA, Dec 7 (Reuters) - OPEC and its allies led by Russia agreed on Friday to cut oil "
        "production by 1.2 million barrels per day from January, more than markets expected, defying "
        "calls from U.S. President Donald Trump to keep prices low.\n\n"
        "Saudi Energy Minister Khalid al-Falih said the group would cut 800,000 bpd and its partners "
        "400,000 bpd. Russian Energy Minister Alexander Novak flew back to St Petersburg on Thursday to "
        "consult President Vladimir Putin before agreeing to Moscow's share.\n\n"
        "Iran, whose exports have fallen since Washington reimposed sanctions in November, was "
        "exempted along with Libya and Venezuela. \"We got what we wanted,\" Iranian Oil Minister Bijan "
        "Zanganeh told reporters after the meeting, which OPEC Secretary-General Mohammad Barkindo "
        "called one of the hardest in years.\n\n"
        "Trump wrote on Twitter this week that he hoped OPEC would keep oil flows as they are, not "
        "restricted. Riyadh has faced pressure from Washington since the killing of journalist Jamal "
        "Khashoggi in Istanbul, and analysts said Crown Prince Mohammed bin Salman had to weigh ties "
        "with the White House against the kingdom's need for revenue.\n\n"
        "Igor Sechin, head of Russia's top oil producer Rosneft, has argued against cuts, saying they "
        "hand market share to U.S. shale producers. Nigeria, which had sought an exemption, agreed to "
        "take part.\n\n"
        "Qatar, which announced on Monday that it would leave OPEC on Jan. 1 to focus on gas, attended "
        "its last meeting as a member.\n\n"
        "Brent crude rose more than 5 percent to above $63 a barrel after the deal was announced.\n\n"
        "(Editing by Susan Fenton)",
        (
            C("OPEC", "ORG", "Organization of the Petroleum Exporting Countries"), C("Russia", "GPE"),
            N("OPEC+", "ORG", "OPEC Plus"), N("Lina Haddad", "PERSON"), N("Mark Oliver", "PERSON"),
            N("Vienna", "GPE"), N("Reuters", "ORG"), C("United States", "GPE"),
            C("Donald Trump", "PERSON"), C("Saudi Arabia", "GPE"), C("Khalid A. Al-Falih", "PERSON",
              "Khalid al-Falih"), C("Alexander Novak", "PERSON"), N("Saint Petersburg", "GPE",
              "St Petersburg"), C("Vladimir Putin", "PERSON"), N("Moscow", "GPE"), C("Iran", "GPE"),
            N("Washington, D.C.", "GPE"), C("Libya", "GPE"), C("Venezuela", "GPE"),
            C("Bijan Namdar Zanganeh", "PERSON", "Bijan Zanganeh"),
            C("Mohammed Barkindo", "PERSON", "Mohammad Barkindo"), N("X", "ORG", "Twitter"),
            N("Riyadh", "GPE"), N("Jamal Khashoggi", "PERSON"), N("Istanbul", "GPE"),
            C("Mohammed bin Salman", "PERSON"), N("White House", "ORG"), C("Igor Sechin", "PERSON"),
            C("Rosneft", "ORG"), C("Nigeria", "GPE"), C("Qatar", "GPE"),
            N("Susan Fenton", "PERSON"),
        ),
    ),
    Written(
        "n05-ar-vienna-nuclear-deal", "ar", date(2015, 7, 14),
        """إيران والقوى الكبرى تبرم اتفاقا نوويا تاريخيا في فيينا

فيينا - وكالات: توصلت إيران ومجموعة 5+1، الثلاثاء، إلى اتفاق شامل بشأن البرنامج النووي الإيراني بعد مفاوضات ماراثونية استمرت أكثر من أسبوعين في العاصمة النمساوية، يقضي برفع العقوبات الدولية المفروضة على طهران مقابل قيود صارمة على أنشطتها النووية.

وأعلنت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني ووزير الخارجية الإيراني محمد جواد ظريف التوصل إلى الاتفاق في مؤتمر صحفي مشترك، ووصفته موغيريني بأنه "علامة على الأمل للعالم كله".

وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق "يغلق كل الطرق" أمام حصول إيران على سلاح نووي، فيما تعهد الرئيس باراك أوباما في كلمة من البيت الأبيض باستخدام حق النقض ضد أي تشريع يقره الكونغرس لعرقلة تنفيذه.

وفي طهران، قال الرئيس حسن روحاني إن "صفحة جديدة" فتحت في علاقات بلاده مع العالم، وخرج آلاف الإيرانيين إلى الشوارع احتفالا بالاتفاق.

ويقضي الاتفاق بأن ترفع الولايات المتحدة والاتحاد الأوروبي ومجلس الأمن الدولي العقوبات تدريجيا، بعد أن تتحقق الوكالة الدولية للطاقة الذرية من التزام إيران بتقليص مخزونها من اليورانيوم المخصب. ووقع المدير العام للوكالة يوكيا أمانو في فيينا خريطة طريق مع طهران لتوضيح القضايا العالقة قبل نهاية العام.

في المقابل، وصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق بأنه "خطأ تاريخي"، مؤكدا أن إسرائيل "غير ملزمة به". وقال مسؤول سعودي إن المملكة العربية السعودية تأمل في أن يمنع الاتفاق إيران من امتلاك السلاح النووي.

وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو ستعمل على تنفيذ الاتفاق، بينما رحبت الصين وبريطانيا وفرنسا وألمانيا بالتوصل إليه، ودعت إلى إحالته سريعا إلى مجلس الأمن لإقراره.""",
        (
            N("Vienna", "GPE"), C("Iran", "GPE"),
            C("P5+1", "ORG", "E3+3", "P5+1 countries"), N("Joint Comprehensive Plan of Action", "LAW"),
            N("Tehran", "GPE"), N("Austria", "GPE"), C("European Union", "ORG"),
            C("Federica Mogherini", "PERSON"), C("Mohammad Javad Zarif", "PERSON"),
            C("John Kerry", "PERSON"), C("Barack Obama", "PERSON"), N("White House", "ORG"),
            C("United States Congress", "ORG", "Congress"), C("Hassan Rouhani", "PERSON"),
            C("United States", "GPE"), C("United Nations Security Council", "ORG"),
            C("International Atomic Energy Agency", "ORG", "IAEA"), C("Yukiya Amano", "PERSON"),
            C("Benjamin Netanyahu", "PERSON"), C("Israel", "GPE"), C("Saudi Arabia", "GPE"),
            C("Sergey Lavrov", "PERSON", "Sergei Lavrov"), C("Russia", "GPE"), N("Moscow", "GPE"),
            C("China", "GPE"), C("United Kingdom", "GPE"), C("France", "GPE"), C("Germany", "GPE"),
        ),
    ),
    Written(
        "n06-ar-sudan-agreement", "ar", date(2019, 7, 5),
        """الخرطوم - (أ ف ب): توصل المجلس العسكري الانتقالي في السودان وقوى إعلان الحرية والتغيير، فجر الجمعة، إلى اتفاق لتقاسم السلطة خلال فترة انتقالية تمتد ثلاث سنوات، بعد وساطة قادها الاتحاد الأفريقي وإثيوبيا.

وأعلن الوسيط الأفريقي محمد الحسن ولد لبات الاتفاق في مؤتمر صحفي بحضور المبعوث الإثيوبي محمود درير، موضحا أن الطرفين اتفقا على تشكيل مجلس سيادي يتناوب على رئاسته العسكريون والمدنيون، وعلى إجراء تحقيق مستقل في أحداث العنف التي شهدتها البلاد في الأسابيع الماضية.

وقال نائب رئيس المجلس العسكري الفريق أول محمد حمدان دقلو، المعروف بحميدتي وقائد قوات الدعم السريع، إن الاتفاق "لن يستثني أحدا"، فيما أكد رئيس المجلس الفريق أول عبد الفتاح البرهان التزام الجيش بما تم التوقيع عليه.

وخرج آلاف السودانيين إلى شوارع الخرطوم وأم درمان احتفالا بالاتفاق، غير أن تجمع المهنيين السودانيين، الذي قاد الاحتجاجات منذ ديسمبر الماضي، دعا إلى "اليقظة" حتى تتحقق مطالب الثورة كاملة.

ورحب رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد بالاتفاق، ووصفه بأنه "خطوة حاسمة"، كما رحبت به الولايات المتحدة على لسان مبعوثها الخاص إلى السودان دونالد بوث.

وأعلنت السعودية والإمارات، اللتان تعهدتا في أبريل الماضي بتقديم ثلاثة مليارات دولار من المساعدات للسودان، دعمهما للاتفاق، فيما قال الرئيس المصري عبد الفتاح السيسي، الذي يتولى رئاسة الاتحاد الأفريقي هذا العام، إن القاهرة ستقف إلى جانب الشعب السوداني.

ولا يزال الرئيس المعزول عمر البشير محتجزا في سجن كوبر بالخرطوم منذ الإطاحة به في أبريل الماضي، وتقول النيابة العامة إنه سيمثل قريبا أمام القضاء بتهم تتعلق بالفساد وحيازة النقد الأجنبي.""",
        (
            N("Khartoum", "GPE"), N("Agence France-Presse", "ORG"),
            C("Transitional Military Council (Sudan)", "ORG", "Transitional Military Council", "TMC"),
            C("Sudan", "GPE"), C("Forces of Freedom and Change", "ORG", "FFC"),
            C("African Union", "ORG", "AU"), C("Ethiopia", "GPE"),
            C("Mohamed El Hacen Lebatt", "PERSON", "Mohamed Hacen Lebatt", "Mohamed El-Hacen Lebatt"),
            N("Mahmoud Dirir", "PERSON"), N("Sovereignty Council of Sudan", "ORG", "Sovereign Council"),
            C("Mohamed Hamdan Dagalo", "PERSON", "Hemedti"), C("Rapid Support Forces", "ORG", "RSF"),
            C("Abdel Fattah al-Burhan", "PERSON"), N("Omdurman", "GPE"),
            N("Sudanese Professionals Association", "ORG", "SPA"),
            N("African Union Commission", "ORG"), C("Moussa Faki", "PERSON", "Moussa Faki Mahamat"),
            C("United States", "GPE"), C("Donald Booth", "PERSON"), C("Saudi Arabia", "GPE"),
            C("United Arab Emirates", "GPE"), C("Egypt", "GPE"), C("Abdel Fattah el-Sisi", "PERSON"),
            N("Cairo", "GPE"), C("Omar al-Bashir", "PERSON"), N("Kober Prison", "FAC"),
        ),
    ),
    Written(
        "n07-ar-berlin-libya-conference", "ar", date(2020, 1, 20),
        """مؤتمر برلين يتعهد باحترام حظر السلاح على ليبيا والسراج وحفتر لا يلتقيان

برلين - د ب أ: تعهد قادة ومسؤولو 12 دولة وأربع منظمات دولية، في ختام مؤتمر برلين بشأن ليبيا مساء الأحد، باحترام حظر توريد الأسلحة الذي فرضه مجلس الأمن الدولي عام 2011 والامتناع عن التدخل في النزاع الليبي.

وقالت المستشارة الألمانية أنجيلا ميركل في مؤتمر صحفي مع مبعوث الأمم المتحدة إلى ليبيا غسان سلامة إن المشاركين اتفقوا على "خطة شاملة" للمضي قدما، لكنها أقرت بأن الطريق ما زال طويلا.

وحضر المؤتمر رئيس المجلس الرئاسي لحكومة الوفاق الوطني فايز السراج وقائد الجيش الوطني الليبي المشير خليفة حفتر، غير أنهما لم يلتقيا وجها لوجه، واكتفيا بلقاءات منفصلة مع المستشارة الألمانية.

وشارك في المؤتمر الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان والرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني بوريس جونسون ووزير الخارجية الأمريكي مايك بومبيو، إلى جانب الأمين العام للأمم المتحدة أنطونيو غوتيريش وممثلين عن الاتحاد الأوروبي والاتحاد الأفريقي وجامعة الدول العربية.

وتتهم حكومة الوفاق الإمارات ومصر وروسيا بدعم قوات حفتر، وتقول إن مئات من مقاتلي مجموعة فاغنر الروسية يقاتلون على جبهات طرابلس، فيما وافق البرلمان التركي هذا الشهر على إرسال قوات إلى ليبيا لدعم حكومة السراج.

وقبيل المؤتمر، أغلقت قوات موالية لحفتر موانئ تصدير النفط في شرق البلاد، وقالت المؤسسة الوطنية للنفط إن الإغلاق سيكلف ليبيا نحو 55 مليون دولار يوميا. ودافع رئيس مجلس النواب عقيلة صالح عن الخطوة، معتبرا أنها "تعبير عن غضب شعبي".""",
        (
            N("Berlin", "GPE"), N("Deutsche Presse-Agentur", "ORG", "dpa"),
            C("Libya", "GPE"),
            C("United Nations Security Council", "ORG"), C("Angela Merkel", "PERSON"),
            C("Germany", "GPE"), C("United Nations", "ORG"), C("Ghassan Salamé", "PERSON",
              "Ghassan Salame"), N("Presidential Council (Libya)", "ORG"),
            C("Government of National Accord", "ORG", "GNA"), C("Fayez al-Sarraj", "PERSON"),
            C("Libyan National Army", "ORG", "LNA"), C("Khalifa Haftar", "PERSON"),
            C("Vladimir Putin", "PERSON"), C("Russia", "GPE"), C("Recep Tayyip Erdoğan", "PERSON"),
            C("Turkey", "GPE"), C("Emmanuel Macron", "PERSON"), C("France", "GPE"),
            C("Boris Johnson", "PERSON"), C("United Kingdom", "GPE"), C("Mike Pompeo", "PERSON"),
            C("United States", "GPE"), C("António Guterres", "PERSON"), C("European Union", "ORG"),
            C("African Union", "ORG"), C("Arab League", "ORG"), C("United Arab Emirates", "GPE"),
            C("Egypt", "GPE"), C("Wagner Group", "ORG", "Wagner"), N("Tripoli", "GPE"),
            C("Grand National Assembly of Turkey", "ORG", "Turkish parliament"),
            C("National Oil Corporation (Libya)", "ORG", "National Oil Corporation", "NOC"), C("Aguila Saleh Issa", "PERSON",
              "Aguila Saleh"), C("House of Representatives (Libya)", "ORG", "House of Representatives"),
        ),
    ),
    Written(
        "n08-ar-syria-arab-league", "ar", date(2023, 5, 7),
        """الجامعة العربية تعيد سوريا إلى مقعدها بعد 12 عاما من التعليق

القاهرة - وكالات: قرر مجلس جامعة الدول العربية، في اجتماع طارئ على مستوى وزراء الخارجية عقد في القاهرة الأحد، استئناف مشاركة وفود الحكومة السورية في اجتماعات الجامعة وجميع المنظمات التابعة لها، بعد تعليق عضوية دمشق منذ نوفمبر 2011.

وقال الأمين العام للجامعة أحمد أبو الغيط إن القرار "بداية حركة وليس نهاية مطاف"، موضحا أن الرئيس السوري بشار الأسد يمكنه المشاركة في القمة العربية المقررة في جدة هذا الشهر "إذا رغب في ذلك".

وجاء القرار بعد أيام من اجتماع تشاوري في عمان ضم وزراء خارجية السعودية ومصر والعراق والأردن مع وزير الخارجية السوري فيصل المقداد، جرى خلاله الاتفاق على خطوات لمكافحة تهريب المخدرات وتسهيل عودة اللاجئين.

وقال وزير الخارجية الأردني أيمن الصفدي إن "الدور العربي القيادي" ضروري لحل الأزمة، فيما أكد وزير الخارجية المصري سامح شكري أن القاهرة تدعم أي جهد يحفظ وحدة سوريا. وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد زار دمشق الشهر الماضي والتقى الأسد، في أول زيارة لمسؤول سعودي رفيع منذ بدء النزاع.

في المقابل، قالت قطر إنها لن تطبع علاقاتها مع دمشق، لكنها لن تقف عائقا أمام الإجماع العربي. وقالت وزارة الخارجية الأمريكية إن سوريا "لا تستحق" العودة إلى الجامعة، مؤكدة أن العقوبات المفروضة بموجب قانون قيصر ستبقى سارية، كما أعلن الاتحاد الأوروبي أنه لن يرفع عقوباته قبل حل سياسي وفق القرار 2254.

وتسارعت الاتصالات العربية مع دمشق بعد الزلزال الذي ضرب سوريا وتركيا في فبراير الماضي، وبعد الاتفاق السعودي الإيراني على استئناف العلاقات برعاية صينية في مارس.""",
        (
            N("Cairo", "GPE"), C("Arab League", "ORG", "League of Arab States"),
            N("Arab League Council", "ORG", "Council of the Arab League"), C("Syria", "GPE"),
            N("Damascus", "GPE"), C("Ahmed Aboul Gheit", "PERSON", "Ahmed Abul Gheit"),
            C("Bashar al-Assad", "PERSON"), N("Jeddah", "GPE"), N("Amman", "GPE"),
            C("Saudi Arabia", "GPE"), C("Egypt", "GPE"), C("Iraq", "GPE"), C("Jordan", "GPE"),
            C("Faisal Mekdad", "PERSON", "Faisal al-Mekdad", "Faisal Miqdad"),
            C("Ayman Safadi", "PERSON", "Ayman al-Safadi"), C("Sameh Shoukry", "PERSON"),
            C("Faisal bin Farhan Al Saud", "PERSON", "Faisal bin Farhan"), C("Qatar", "GPE"),
            C("United States Department of State", "ORG"), C("United States", "GPE"),
            C("Caesar Syria Civilian Protection Act", "LAW", "Caesar Act"),
            C("European Union", "ORG"), C("United Nations Security Council Resolution 2254", "LAW"),
            C("Turkey", "GPE"), C("Iran", "GPE"), C("China", "GPE"),
        ),
    ),
]


CASES = [
    *cases_from((("en", EN_EVENT_ARTICLES, ENTITIES_EN), ("ar", AR_EVENT_ARTICLES, ENTITIES_AR))),
    *(Case(w.id, w.lang, w.published, w.text, w.entities) for w in NEW_ARTICLES),
]


# --- tests -------------------------------------------------------------------------------------

# Per article, a monitor must find nearly every core entity and link little that is wrong. The
# articles are long (15-40 entities), so one miss or one wrong link in ten is what these allow;
# a real article of the hidden set loses about that much to names nobody has entered yet.
MIN_RECALL = 0.85
MIN_PRECISION = 0.9

# Articles still below a threshold, and why (strict: a fix must take the mark off).
KNOWN_RECALL_GAPS: dict[str, str] = {
    "ar-h12-bribery-court":
        "bare 'مجلس النواب' and 'قانون العقوبات' name a body and a law of many states; the "
        "tagger has no rule that lets the article's one country (مصر) resolve them",
}
KNOWN_PRECISION_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_RECALL_GAPS))
def test_core_entities_found(case: Case) -> None:
    s = score(case)
    assert s.entities.recall >= MIN_RECALL, f"missed core entities: {s.missed_entities}"


@pytest.mark.parametrize("case", params(CASES, KNOWN_PRECISION_GAPS))
def test_no_wrong_links(case: Case) -> None:
    s = score(case)
    assert s.entities.precision >= MIN_PRECISION, f"wrong links: {s.false_entities}"


def test_heldout_entity_set_shape() -> None:
    # every article of the two event modules is annotated here, and nothing else
    assert {a.id for a in EN_EVENT_ARTICLES} == set(ENTITIES_EN)
    assert {a.id for a in AR_EVENT_ARTICLES} == set(ENTITIES_AR)
    assert len(NEW_ARTICLES) == 8
    assert sorted(w.lang for w in NEW_ARTICLES) == ["ar"] * 4 + ["en"] * 4
    for w in NEW_ARTICLES:
        assert 200 <= len(w.text.split()) <= 400, w.id
    for c in CASES:
        names = [e.name for e in c.entities]
        assert len(names) == len(set(names)), c.id
        assert all(e.type in ENTITY_TYPES for e in c.entities), c.id
        assert any(e.core for e in c.entities), c.id



# --- what the set found, as rules a user would notice (sentences written for these tests) -------

def _linked(text: str, lang: str, day: date = date(2019, 6, 1)) -> set[str]:
    return {e.name for e in analyze(text, lang=lang, published=day).entities if e.linked}


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [
    # companies and groups that sanctions news names
    ("en", "Shares of Rusal rose after Washington delisted the aluminium maker and its parent, "
           "En+ Group.", {"Rusal", "En+ Group"}, set()),
    ("ar", "رفعت واشنطن العقوبات عن شركة روسال وشركتها الأم إن بلس.", {"Rusal", "En+ Group"}, set()),
    ("ar", "وقعت الوزارة عقدين مع شركة جنرال إلكتريك الأمريكية وشركة سيمنز الألمانية.",
     {"General Electric", "Siemens"}, set()),
    ("ar", "وضمت القائمة الداعية يوسف القرضاوي والاتحاد العالمي لعلماء المسلمين.",
     {"Yusuf al-Qaradawi", "International Union of Muslim Scholars"}, set()),
    ("en", "The French lender BNP Paribas agreed to pay the fine.", {"BNP Paribas"}, set()),
    ("en", "Russian banks were cut off from SWIFT last spring.", {"SWIFT"}, set()),
    # a football federation is not the political union its name begins with
    ("ar", "غرم الاتحاد الأفريقي لكرة القدم النادي 50 ألف دولار.",
     {"Confederation of African Football"}, {"African Union"}),
    ("ar", "أعلن الاتحاد الأوروبي لكرة القدم إيقاف اللاعب ثلاث مباريات.", {"UEFA"},
     {"European Union"}),
    ("ar", "قرر مجلس الاتحاد الدولي لكرة القدم رفع الإيقاف عن الاتحاد الكويتي لكرة القدم.",
     {"FIFA Council", "Kuwait Football Association"}, {"Federation Council (Russia)"}),
    ("en", "UEFA fined the club after its fans threw flares, and FIFA backed the decision.",
     {"UEFA", "FIFA"}, set()),
    ("en", "He left Atletico Madrid for Chelsea last summer.", {"Atlético Madrid", "Chelsea F.C."},
     {"Madrid"}),
    ("en", "Chelsea Manning was released from prison in May.", {"Chelsea Manning"},
     {"Chelsea F.C."}),
    # the E3: a group of three states, but "E3" alone is also a games fair
    ("en", "Iran warned the E3 countries against restoring UN sanctions.", {"E3", "Iran"}, set()),
    ("en", "The studio showed its new game at E3 in Los Angeles.", set(), {"E3"}),
    # an adjective inside a longer name is not the country
    ("en", "The cyclone hit islands in the Indian Ocean.", {"Indian Ocean"}, {"India"}),
    ("en", "Latin American leaders met in Brasilia.", set(), {"United States"}),
    ("en", "Leaders of the Gulf States met in Riyadh.", set(), {"United States"}),
    ("en", "The National Assembly passed the budget.", set(),
     {"The National", "The National (Abu Dhabi)"}),
    # "European" is not the Union unless the article names the Union
    ("en", "The three European powers said Iran had breached the deal.", {"Iran"},
     {"European Union"}),
    ("en", "The EU said European diplomats would meet on Monday.", {"European Union"}, set()),
    # a name right after a title is that person, not the title's present holder
    ("ar", "وقع المعاهدة الرئيس المصري أنور السادات ورئيس الوزراء الإسرائيلي مناحيم بيغن.",
     {"Anwar Sadat", "Menachem Begin"}, {"Abdel Fattah el-Sisi", "Benjamin Netanyahu"}),
    ("en", "Deputy Treasury Secretary Wally Adeyemo announced the designations.",
     {"Wally Adeyemo"}, {"Janet Yellen"}),
    ("ar", "وقال نائب رئيس الوزراء التركي نعمان كورتولموش إن الجنود سيصلون قريبا.",
     {"Numan Kurtulmuş"}, {"Binali Yıldırım"}),
    # names news uses for a body or a list
    ("en", "The UN nuclear watchdog said inspectors had left.",
     {"International Atomic Energy Agency"}, {"United Nations"}),
    ("en", "Cuba was put back on the list of state sponsors of terrorism.",
     {"State Sponsors of Terrorism list", "Cuba"}, set()),
    ("ar", "احتفل الآلاف في شوارع الخرطوم وأم درمان.", {"Khartoum", "Omdurman"},
     {"Emirates News Agency"}),
])
def test_heldout_entity_rule(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    day = date(2023, 3, 1) if "Adeyemo" in text else date(2019, 6, 1)
    found = _linked(text, lang, day)
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not (absent & found), f"wrong {absent & found}"


def _report() -> int:
    print_gaps(CASES)
    written = {w.id for w in NEW_ARTICLES}
    for title, cases in (("the 32 event-set articles", [c for c in CASES if c.id not in written]),
                         ("the 8 written articles", [c for c in CASES if c.id in written]),
                         ("all 40", CASES)):
        print_totals(title, cases)
    return 0


if __name__ == "__main__":
    sys.exit(_report())
