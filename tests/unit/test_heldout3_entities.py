"""Third held-out entity set (Arabic and English): a fresh figure on text the knowledge base was
not tuned on.

Thirty full-length articles of event held-out modules that no entity set had annotated
(``test_heldout2_events_*``, ``test_heldout3_events_*``, ``test_heldout4_events_*`` and
``test_heldout8_events_ar``; imported from there, not copied), fifteen per language, get entity
annotations in the style of ``test_heldout_entities`` and ``test_heldout2_entities`` (this module
imports their ``Ent``, ``C``/``N`` helpers, shared ``ALSO`` names and ``Case``): ``name`` is the
English Wikipedia title of the entity, ``also`` its other English names, ``core`` marks what a
sanctions-and-alliances monitor must find, ``core=False`` what is right to report but not required
(a dateline, a news agency, a by-line, a city in passing, a name in a related-headlines list).

The annotations say what a careful reader finds, not what the tagger outputs: a name the knowledge
base lacks is still annotated, and a link a reader would not make counts against precision.
Weapon systems (S-400, F-35, Patriot) are not annotated: the gold format has no type for them.
Scoring is that of ``rasd eval`` (``rasd.eval.score_article``).
``python -m tests.unit.test_heldout3_entities`` prints precision, recall and F1 per language and
every article's misses and false links.

Measured before the fixes of the round that built it (these annotations, the tagger and knowledge
base as they were): en P 0.993 R 0.946 F1 0.969, ar P 0.974 R 0.835 F1 0.899, all F1 0.935.

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
from tests.unit.test_heldout2_events_ar import ARTICLES as AR2
from tests.unit.test_heldout2_events_en import ARTICLES as EN2
from tests.unit.test_heldout3_events_ar import ARTICLES as AR3
from tests.unit.test_heldout3_events_en import ARTICLES as EN3
from tests.unit.test_heldout4_events_ar import ARTICLES as AR4
from tests.unit.test_heldout4_events_en import ARTICLES as EN4
from tests.unit.test_heldout8_events_ar import ARTICLES as AR8

ENTITIES_EN: dict[str, tuple[Ent, ...]] = {
    "n01-reuters-caatsa-turkey": (
        C("United States", "GPE"), C("Turkey", "GPE"),
        C("Presidency of Defense Industries", "ORG", "SSB", "Presidency of Defence Industries"),
        C("İsmail Demir", "PERSON", "Ismail Demir"),
        C("Countering America's Adversaries Through Sanctions Act", "LAW", "CAATSA"),
        C("United States Department of State", "ORG"), C("Russia", "GPE"), C("NATO", "ORG"),
        N("Mike Pompeo", "PERSON"), N("Joe Biden", "PERSON"), N("Donald Trump", "PERSON"),
        N("Recep Tayyip Erdoğan", "PERSON", "Tayyip Erdogan"), N("Sergey Lavrov", "PERSON",
                                                                  "Sergei Lavrov"),
        N("Moscow Kremlin", "ORG"), N("Washington, D.C.", "GPE"), N("Ankara", "GPE"),
        N("Reuters", "MEDIA"), N("X", "ORG"), N("United States Congress", "ORG", "Congress"),
        N("Black Sea", "LOC"), N("Sinop", "GPE", "Sinop, Turkey"),
        N("Ministry of Foreign Affairs (Turkey)", "ORG", "Turkish Foreign Ministry"),
        N("Daniel Whitcombe", "PERSON"), N("Selin Arkan", "PERSON"), N("Mark Hollis", "PERSON"),
    ),
    "n03-reuters-pdvsa": (
        C("United States", "GPE"), C("Venezuela", "GPE"), C("PDVSA", "ORG", "Petróleos de Venezuela"),
        C("Nicolás Maduro", "PERSON", "Nicolas Maduro"), C("Steven Mnuchin", "PERSON"),
        C("Juan Guaidó", "PERSON", "Juan Guaido"), C("Citgo", "ORG"),
        N("United States Department of the Treasury", "ORG"), N("White House", "FAC"),
        N("National Assembly (Venezuela)", "ORG", "National Assembly"),
        N("Russia", "GPE"), N("China", "GPE"), N("European Union", "ORG"), N("Caracas", "GPE"),
        N("Canada", "GPE"), N("Mexico", "GPE"), N("Iraq", "GPE"), N("Washington, D.C.", "GPE"),
        N("Reuters", "MEDIA"), N("Gulf Coast of the United States", "LOC", "Gulf Coast"),
        N("Andrea Lobo", "PERSON"), N("Peter Harwell", "PERSON"), N("Luis Ferrer", "PERSON"),
        N("Ruth Clement", "PERSON"),
    ),
    "n06-reuters-abraham-accords": (
        C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"), C("Israel", "GPE"),
        C("Benjamin Netanyahu", "PERSON"), C("Abdullah bin Zayed Al Nahyan", "PERSON",
                                             "Abdullah bin Zayed al-Nahyan", "Abdullah bin Zayed"),
        C("Abdullatif bin Rashid Al Zayani", "PERSON", "Abdullatif al-Zayani",
          "Abdullatif Al Zayani"),
        C("Donald Trump", "PERSON"), C("Iran", "GPE"), C("United States", "GPE"),
        N("White House", "FAC"), N("Washington, D.C.", "GPE"), N("Tel Aviv", "GPE"),
        N("Abu Dhabi", "GPE"), N("West Bank", "LOC"), N("Gaza Strip", "LOC", "Gaza"),
        N("Saudi Arabia", "GPE"), N("Egypt", "GPE"), N("Jordan", "GPE"), N("Oman", "GPE"),
        N("Sudan", "GPE"), N("State of Palestine", "GPE", "Palestine", "Palestinians"),
        N("Arab Peace Initiative", "LAW"), N("Israel Defense Forces", "ORG", "IDF"),
        N("Ministry of Foreign Affairs (Iran)", "ORG", "Iranian Foreign Ministry"),
        N("Persian Gulf", "LOC", "Gulf"), N("Jerusalem", "GPE"), N("Reuters", "MEDIA"),
        N("Jonathan Reese", "PERSON"), N("Nadia Karam", "PERSON"), N("Dan Weil", "PERSON"),
        N("Alistair Grant", "PERSON"),
    ),
    "n10-menafn-peshmerga": (
        C("Kurdistan Regional Government", "ORG", "KRG"), C("Peshmerga", "ORG"),
        C("Ministry of Peshmerga Affairs", "ORG"),
        C("Kurdistan Democratic Party", "ORG", "KDP"),
        C("Patriotic Union of Kurdistan", "ORG", "PUK"), C("United States", "GPE"),
        C("United States Department of Defense", "ORG"),
        N("Erbil", "GPE"), N("Sulaymaniyah", "GPE", "Sulaimani"), N("Rudaw Media Network",
                                                                    "MEDIA", "Rudaw"),
        N("MENAFN", "MEDIA"), N("Kurdistan Region", "GPE", "Kurdistan"), N("Iraq", "GPE"),
        N("Baghdad", "GPE"), N("Islamic State", "ORG", "ISIS", "Islamic State group"),
        N("Combined Joint Task Force – Operation Inherent Resolve", "ORG",
          "Global Coalition to Defeat ISIS", "US-led coalition against the Islamic State group"),
    ),
    "n12-cnn-athletics-ban": (
        C("Russia", "GPE"), C("World Athletics", "ORG", "IAAF",
                              "International Association of Athletics Federations"),
        C("All-Russian Athletic Federation", "ORG", "RusAF", "Russian Athletics Federation"),
        C("Sebastian Coe", "PERSON"), C("World Anti-Doping Agency", "ORG", "WADA"),
        C("International Olympic Committee", "ORG", "IOC"),
        N("Vitaly Mutko", "PERSON"), N("Yelena Isinbayeva", "PERSON"),
        N("Dmitry Peskov", "PERSON"), N("Moscow Kremlin", "ORG"), N("Moscow", "GPE"),
        N("Olivier Niggli", "PERSON"), N("Vienna", "GPE"), N("Lausanne", "GPE"),
        N("Sochi", "GPE"), N("London", "GPE"), N("Rio de Janeiro", "GPE", "Rio"),
        N("CNN", "MEDIA"), N("Ministry of Sport (Russia)", "ORG"), N("Paul Merrick", "PERSON"),
        N("Amanda Wells", "PERSON"), N("Ivan Petrov", "PERSON"),
    ),
    "n17-gulfnews-gcc-communique": (
        C("Gulf Cooperation Council", "ORG"), C("Syria", "GPE"), C("Kuwait", "GPE"),
        C("Donald Trump", "PERSON"), C("United States", "GPE"), C("European Union", "ORG"),
        C("Iran", "GPE"), C("Oman", "GPE"), C("United Arab Emirates", "GPE"),
        C("Jasem Mohamed Albudaiwi", "PERSON", "Jasem Albudaiwi"),
        C("Abdullah Al-Yahya", "PERSON", "Abdullah Al Yahya"),
        N("Gulf News", "MEDIA"), N("Dubai", "GPE"), N("Israel", "GPE"),
        N("Washington, D.C.", "GPE"), N("Tehran", "GPE"), N("Greater Tunb", "LOC"),
        N("Lesser Tunb", "LOC"), N("Abu Musa", "LOC"), N("International Court of Justice", "ORG"),
        N("Sudan", "GPE"), N("Jeddah", "GPE"), N("Gaza Strip", "LOC", "Gaza"),
        N("Saudi Arabia", "GPE"), N("Qatar", "GPE"), N("Bahrain", "GPE"), N("Damascus", "GPE"),
        N("Bashar al-Assad", "PERSON", "Bashar Al Assad"), N("World Bank", "ORG"),
    ),
    "a01-aj-icc-order": (
        C("Donald Trump", "PERSON"), C("International Criminal Court", "ORG", "ICC"),
        C("United States", "GPE"), C("Israel", "GPE"), C("Karim Khan", "PERSON",
                                                         "Karim Ahmad Khan"),
        C("Fatou Bensouda", "PERSON"),
        N("White House", "FAC"), N("The Hague", "GPE", "Hague"), N("Benjamin Netanyahu", "PERSON"),
        N("Yoav Gallant", "PERSON"), N("Gaza Strip", "LOC", "Gaza"), N("Hungary", "GPE"),
        N("United Kingdom", "GPE"),
        N("Germany", "GPE"), N("Italy", "GPE"), N("Afghanistan", "GPE"),
        N("Joe Biden", "PERSON"), N("United States House of Representatives", "ORG",
                                    "House of Representatives"),
        N("United States Senate", "ORG", "Senate"),
        N("Democratic Party (United States)", "ORG", "Democrats"),
        N("United States Department of the Treasury", "ORG", "Treasury"),
        N("European Union", "ORG"), N("Kaja Kallas", "PERSON"),
        N("Blocking Statute", "LAW", "blocking statute"), N("X", "ORG"),
        N("State of Palestine", "GPE", "Palestine", "Palestinians"), N("Washington, D.C.", "GPE"),
    ),
    "a02-aj-ministers-settlers": (
        C("United Kingdom", "GPE"), C("Canada", "GPE"), C("Australia", "GPE"),
        C("New Zealand", "GPE"), C("Norway", "GPE"), C("Israel", "GPE"),
        C("Itamar Ben-Gvir", "PERSON", "Itamar Ben Gvir"), C("Bezalel Smotrich", "PERSON"),
        C("West Bank", "LOC"), C("United States", "GPE"),
        N("Benjamin Netanyahu", "PERSON"), N("Gideon Sa'ar", "PERSON", "Gideon Saar"),
        N("Marco Rubio", "PERSON"), N("Donald Trump", "PERSON"), N("Joe Biden", "PERSON"),
        N("United States Department of the Treasury", "ORG", "Treasury"),
        N("Ramallah", "GPE"), N("Gaza Strip", "LOC", "Gaza"), N("Nablus", "GPE"),
        N("Washington, D.C.", "GPE"), N("European Union", "ORG"),
        N("Office for the Coordination of Humanitarian Affairs", "ORG", "OCHA",
          "United Nations humanitarian office"), N("United Nations", "ORG"),
        N("EU–Israel Association Agreement", "LAW", "EU-Israel Association Agreement"),
        N("Germany", "GPE"), N("Hungary", "GPE"), N("Mahmoud Abbas", "PERSON"),
        N("State of Palestine", "GPE", "Palestine", "Palestinians"),
    ),
    "a05-aj-ecowas-lifts-niger": (
        C("Economic Community of West African States", "ORG", "ECOWAS"), C("Niger", "GPE"),
        C("Mali", "GPE"), C("Burkina Faso", "GPE"), C("Guinea", "GPE"),
        C("Bola Tinubu", "PERSON"), C("Nigeria", "GPE"),
        N("Abuja", "GPE"), N("Niamey", "GPE"), N("Omar Touray", "PERSON", "Omar Alieu Touray"),
        N("ECOWAS Commission", "ORG"), N("France", "GPE"),
        N("Abdourahamane Tchiani", "PERSON"), N("Mohamed Bazoum", "PERSON"),
        N("Alliance of Sahel States", "ORG", "AES"), N("Sahel", "LOC"),
        N("Central Bank of West African States", "ORG", "BCEAO", "regional central bank"),
        N("Dakar", "GPE"), N("West Africa", "LOC"),
    ),
    "c02-cnn-crimea-sanctions": (
        C("United States", "GPE"), C("European Union", "ORG"), C("Russia", "GPE"),
        C("Ukraine", "GPE"), C("Crimea", "LOC"), C("Barack Obama", "PERSON"),
        C("Dmitry Rogozin", "PERSON"), C("Valentina Matviyenko", "PERSON"),
        C("Viktor Yanukovych", "PERSON"), C("Vladimir Putin", "PERSON"),
        N("Federation Council (Russia)", "ORG", "Federation Council"),
        N("White House", "FAC"), N("Washington, D.C.", "GPE"), N("Brussels", "GPE"),
        N("William Hague", "PERSON"), N("Kyiv", "GPE", "Kiev"), N("Moscow", "GPE"),
        N("X", "ORG"), N("United States Department of State", "ORG"), N("Joe Biden", "PERSON"),
        N("Warsaw", "GPE"), N("NATO", "ORG"), N("United States Department of Defense", "ORG"),
        N("Lithuania", "GPE"), N("Poland", "GPE"), N("Baltic states", "LOC"),
        N("G8", "ORG", "Group of Eight"), N("Sochi", "GPE"), N("Black Sea Fleet", "ORG"),
        N("Sevastopol", "GPE"), N("CNN", "MEDIA"), N("Jim Acosta", "PERSON"),
        N("Elise Labott", "PERSON"), N("United Kingdom", "GPE"),
    ),
    "n08-cnn-libya-nato-command": (
        C("NATO", "ORG"), C("Libya", "GPE"), C("United States", "GPE"),
        C("Muammar Gaddafi", "PERSON", "Moammar Gadhafi", "Gadhafi"),
        C("Anders Fogh Rasmussen", "PERSON"), C("Turkey", "GPE"),
        C("United Nations Security Council", "ORG"),
        C("United Nations Security Council Resolution 1973", "LAW", "Resolution 1973"),
        C("Qatar", "GPE"), C("Robert Gates", "PERSON"),
        N("Tripoli", "GPE"), N("Ajdabiya", "GPE"), N("Brega", "GPE"), N("Misrata", "GPE"),
        N("Sirte", "GPE"), N("Barack Obama", "PERSON"), N("United States Congress", "ORG",
                                                            "Congress"),
        N("NBC", "MEDIA", "NBC News"), N("Meet the Press", "MEDIA"), N("Qatar Emiri Air Force", "ORG"),
        N("Moussa Ibrahim", "PERSON"), N("London", "GPE"), N("CNN", "MEDIA"),
        N("Barbara Starr", "PERSON"), N("Arwa Damon", "PERSON"), N("Nic Robertson", "PERSON"),
    ),
    "e01-guardian-georgia-officials": (
        C("United Kingdom", "GPE"), C("Georgia (country)", "GPE", "Georgia"),
        C("David Lammy", "PERSON"), C("Ministry of Internal Affairs (Georgia)", "ORG",
                                      "Georgian interior ministry"),
        C("Georgian Dream", "ORG"), C("Bidzina Ivanishvili", "PERSON"),
        C("European Union", "ORG"), C("United States", "GPE"), C("Hungary", "GPE"),
        C("Slovakia", "GPE"), C("Estonia", "GPE"), C("Latvia", "GPE"), C("Lithuania", "GPE"),
        N("Tbilisi", "GPE"), N("European Commission", "ORG"), N("Russia", "GPE"),
        N("Irakli Kobakhidze", "PERSON"), N("London", "GPE"),
        N("Georgian Young Lawyers' Association", "ORG"),
        N("Public Defender of Georgia", "ORG", "ombudsman's office"),
        N("Foreign, Commonwealth and Development Office", "ORG", "Foreign Office"),
        N("The Guardian", "MEDIA"), N("Harriet Cole", "PERSON"),
    ),
    "e04-kyodo-japan-philippines-raa": (
        C("Japan", "GPE"), C("Philippines", "GPE"), C("China", "GPE"),
        C("Japan–Philippines Reciprocal Access Agreement", "LAW", "Reciprocal Access Agreement"),
        C("Yoko Kamikawa", "PERSON"), C("Gilberto Teodoro", "PERSON"),
        C("Bongbong Marcos", "PERSON", "Ferdinand Marcos Jr."),
        C("Japan Self-Defense Forces", "ORG", "Self-Defense Forces"),
        N("Manila", "GPE"), N("Kyodo News", "MEDIA", "Kyodo"), N("South China Sea", "LOC"),
        N("National Diet", "ORG", "Japan's parliament"), N("Senate of the Philippines", "ORG",
                                                           "Philippine Senate"),
        N("United States", "GPE"), N("Australia", "GPE"),
        N("United Kingdom", "GPE"), N("Minoru Kihara", "PERSON"), N("Tokyo", "GPE"),
        N("Indo-Pacific", "LOC"), N("China Coast Guard", "ORG"),
        N("Second Thomas Shoal", "LOC"), N("Ministry of Foreign Affairs (China)", "ORG",
                                           "Chinese Foreign Ministry"),
        N("Asia-Pacific", "LOC"), N("Asia", "LOC"),
        N("Malacañang Palace", "FAC", "presidential palace"),
    ),
    "n03-toi-otzma-rejoins": (
        C("Otzma Yehudit", "ORG"), C("Itamar Ben-Gvir", "PERSON", "Itamar Ben Gvir"),
        C("Benjamin Netanyahu", "PERSON"), C("Israel Defense Forces", "ORG", "IDF"),
        C("Hamas", "ORG"), C("Knesset", "ORG"), C("Israel", "GPE"), C("Likud", "ORG"),
        N("Gaza Strip", "LOC", "Gaza"), N("Yair Lapid", "PERSON"), N("Jerusalem", "GPE"),
        N("Ofir Katz", "PERSON"), N("Israel Police", "ORG"),
        N("Ministry of Health (Gaza)", "ORG", "Gaza Health Ministry", "Health Ministry in Gaza"),
        N("United States", "GPE"), N("Washington, D.C.", "GPE"), N("Tal Avrahami", "PERSON"),
    ),
    "n06-guardian-sudan-veto": (
        C("Russia", "GPE"), C("United Nations Security Council", "ORG"), C("Sudan", "GPE"),
        C("United Kingdom", "GPE"), C("Sierra Leone", "GPE"), C("David Lammy", "PERSON"),
        C("Sudanese Armed Forces", "ORG", "Sudanese army"),
        C("Rapid Support Forces", "ORG", "RSF"), C("Dmitry Polyanskiy", "PERSON"),
        N("Abdel Fattah al-Burhan", "PERSON"), N("Mohamed Hamdan Dagalo", "PERSON", "Hemedti"),
        N("Jeddah", "GPE"), N("Jeddah Declaration", "LAW"), N("United States", "GPE"),
        N("Switzerland", "GPE"), N("Darfur", "LOC"), N("North Darfur", "GPE"),
        N("Zamzam refugee camp", "FAC", "Zamzam displacement camp", "Zamzam camp"),
        N("United Nations", "ORG"), N("Moscow", "GPE"), N("New York City", "GPE"),
        N("The Guardian", "MEDIA"), N("Nadia Rahimi", "PERSON"),
    ),
}

ENTITIES_AR: dict[str, tuple[Ent, ...]] = {
    "ar-y04-us-troops-saudi-2019": (
        C("United States", "GPE"), C("Saudi Arabia", "GPE"), C("Mark Esper", "PERSON"),
        C("United States Department of Defense", "ORG"),
        C("Prince Sultan Air Base", "FAC"), C("Iran", "GPE"),
        C("Saudi Aramco", "ORG", "Aramco"),
        N("Washington, D.C.", "GPE"), N("Reuters", "MEDIA"), N("Riyadh", "GPE"),
        N("Mark Milley", "PERSON"), N("Patrick Shanahan", "PERSON", "Patrick M. Shanahan"),
        N("Houthis", "ORG", "Houthi movement"), N("Yemen", "GPE"), N("Tehran", "GPE"),
        N("Donald Trump", "PERSON"), N("White House", "FAC"), N("Syria", "GPE"),
        N("Iraq", "GPE"), N("Middle East", "LOC"), N("Abqaiq", "GPE"), N("Khurais", "GPE"),
        N("Ministry of Defense (Saudi Arabia)", "ORG", "Saudi Ministry of Defense"),
        N("Saudi Press Agency", "MEDIA"),
    ),
    "ar-y06-syrian-national-army-merger-2019": (
        C("National Front for Liberation", "ORG", "National Liberation Front"),
        C("Syrian National Army", "ORG"),
        C("Syrian Interim Government", "ORG", "Interim Government"),
        C("Abdurrahman Mustafa", "PERSON", "Abdul Rahman Mustafa", "Abdulrahman Mustafa"),
        C("Salim Idris", "PERSON", "Selim Idris"), C("Turkey", "GPE"), C("Syria", "GPE"),
        C("People's Defense Units", "ORG", "YPG"),
        C("Recep Tayyip Erdoğan", "PERSON"),
        N("Istanbul", "GPE"), N("Anadolu Agency", "MEDIA"), N("Idlib Governorate", "GPE", "Idlib"),
        N("Aleppo Governorate", "GPE", "Aleppo"), N("Şanlıurfa", "GPE", "Sanliurfa"),
        N("Sham Legion", "ORG", "Faylaq al-Sham"), N("Ahrar al-Sham", "ORG"),
        N("Jaysh al-Ahrar", "ORG"), N("Ankara", "GPE"), N("Euphrates", "LOC"),
        N("Russia", "GPE"), N("Astana process", "LAW", "Astana talks"),
        N("Sochi agreement (2018)", "LAW", "Sochi agreement"), N("Khan Shaykhun", "GPE",
                                                                  "Khan Sheikhoun"),
        N("Damascus", "GPE"), N("Afrin", "GPE"), N("Hay'at Tahrir al-Sham", "ORG", "HTS"),
        N("United Nations", "ORG"), N("Jusoor for Studies", "ORG", "Jusoor Center for Studies"),
        N("Turkish Armed Forces", "ORG"),
    ),
    "ar-y07-turkey-s400-caatsa-warning-2019": (
        C("Turkey", "GPE"), C("Russia", "GPE"), C("United States", "GPE"), C("NATO", "ORG"),
        C("Ministry of National Defense (Turkey)", "ORG", "Turkish Ministry of Defence",
          "Ministry of National Defence (Turkey)"),
        C("Mike Pompeo", "PERSON"),
        C("Countering America's Adversaries Through Sanctions Act", "LAW", "CAATSA"),
        C("Mevlüt Çavuşoğlu", "PERSON", "Mevlut Cavusoglu"),
        C("Recep Tayyip Erdoğan", "PERSON"),
        N("Ankara", "GPE"), N("Mürted Air Base", "FAC", "Murted Air Base", "Akıncı Air Base"),
        N("United States Department of Defense", "ORG"), N("Moscow", "GPE"),
        N("Donald Trump", "PERSON"), N("G20", "ORG", "Group of Twenty"), N("Osaka", "GPE"),
        N("Barack Obama", "PERSON"), N("White House", "FAC"), N("Incirlik Air Base", "FAC"),
        N("Washington, D.C.", "GPE"),
    ),
    "ar-y08-oman-us-ports-framework-2019": (
        C("Oman", "GPE"), C("United States", "GPE"), C("United States Navy", "ORG", "US Navy"),
        C("Port of Duqm", "FAC", "Duqm port"), C("Port of Salalah", "FAC", "Salalah port"),
        C("Badr bin Saud Al Busaidi", "PERSON", "Badr bin Saud al-Busaidi"),
        C("Marc Sievers", "PERSON"),
        N("Muscat", "GPE"), N("Oman News Agency", "MEDIA"), N("Arabian Sea", "LOC"),
        N("Dhofar Governorate", "GPE", "Dhofar"), N("Embassy of the United States, Muscat", "FAC",
                                                   "US embassy in Muscat"),
        N("Strait of Hormuz", "LOC"), N("Afghanistan", "GPE"),
        N("Iran", "GPE"), N("Joint Comprehensive Plan of Action", "LAW"), N("Yemen", "GPE"),
        N("Qaboos bin Said", "PERSON", "Sultan Qaboos"), N("Duqm", "GPE"), N("China", "GPE"),
        N("United Kingdom", "GPE"), N("India", "GPE"), N("Indian Navy", "ORG"),
        N("Washington, D.C.", "GPE"), N("Tehran", "GPE"),
        N("Oman–United States Free Trade Agreement", "LAW", "Oman-US Free Trade Agreement"),
    ),
    "ar-y10-ahly-coach-and-sponsor-2019": (
        C("Al Ahly SC", "ORG", "Al Ahly", "Al-Ahly"), C("René Weiler", "PERSON", "Rene Weiler"),
        C("Confederation of African Football", "ORG", "CAF"),
        N("Cairo", "GPE"), N("Youm7", "MEDIA", "Youm7 (newspaper)"), N("Switzerland", "GPE"),
        N("Uruguay", "GPE"), N("Martín Lasarte", "PERSON", "Martin Lasarte"),
        N("CAF Champions League", "ORG"), N("Gezira Island", "LOC", "Gezira"),
        N("Mahmoud El Khatib", "PERSON", "Mahmoud El-Khatib", "Mahmoud al-Khatib"),
        N("R.S.C. Anderlecht", "ORG", "Anderlecht"), N("Belgium", "GPE"),
        N("FC Luzern", "ORG", "Luzern"), N("1. FC Nürnberg", "ORG", "Nürnberg", "Nuremberg"),
        N("Germany", "GPE"), N("Africa", "LOC"), N("Egypt", "GPE"),
        N("Mokhtar El-Tetsh Stadium", "FAC", "Al-Tetsh Stadium"), N("Al Ahly TV", "MEDIA"),
        N("Mamelodi Sundowns F.C.", "ORG", "Mamelodi Sundowns", "Sundowns"),
        N("South Africa", "GPE"), N("Court of Arbitration for Sport", "ORG", "CAS"),
        N("Lausanne", "GPE"), N("Ministry of Interior (Egypt)", "ORG",
                                "Egyptian Interior Ministry"),
        N("Port Said Stadium", "FAC"), N("Port Said", "GPE"),
        N("Egyptian Premier League", "ORG"), N("Zamalek SC", "ORG", "Zamalek"),
        N("Borg El Arab Stadium", "FAC", "Borg El Arab"), N("Borg El Arab", "GPE"),
        N("Atlétique Club Arta/Solar7", "ORG", "AS Arta/Solar7", "Arta/Solar7"),
        N("Djibouti", "GPE"), N("Morocco", "GPE"), N("Walid Azaro", "PERSON"),
        N("Saudi Pro League", "ORG"), N("Saudi Arabia", "GPE"),
    ),
    "ar-y11-algeria-former-pms-detained-2019": (
        C("Algeria", "GPE"), C("Ahmed Ouyahia", "PERSON"), C("Abdelmalek Sellal", "PERSON"),
        C("Supreme Court of Algeria", "ORG", "Supreme Court (Algeria)"),
        N("Algiers", "GPE"), N("Echorouk", "MEDIA", "Echorouk El Youmi", "Echorouk Online"),
        N("El Harrach prison", "FAC", "El Harrach Prison"), N("Ali Haddad", "PERSON"),
        N("Forum des Chefs d'Entreprises", "ORG", "Business Leaders Forum"),
        N("Oran", "GPE"), N("Abdelaziz Bouteflika", "PERSON"),
        N("Ahmed Gaid Salah", "PERSON"), N("Mustapha Bouchachi", "PERSON"),
        N("Abdelkader Bensalah", "PERSON"), N("Noureddine Bedoui", "PERSON"),
        N("Europe", "LOC"), N("Algerian People's National Army", "ORG", "Algerian army"),
    ),
    "ar-y12-tunisia-government-talks-2019": (
        C("Tunisia", "GPE"), C("Democratic Current", "ORG", "Attayar"),
        C("People's Movement (Tunisia)", "ORG", "People's Movement", "Echaab Movement"),
        C("Habib Jemli", "PERSON"), C("Ennahda Movement", "ORG", "Ennahda"),
        C("Mohamed Abbou", "PERSON"), C("Heart of Tunisia", "ORG", "Qalb Tounes"),
        C("Nabil Karoui", "PERSON"), C("Kais Saied", "PERSON"),
        C("Tahya Tounes", "ORG", "Long Live Tunisia"), C("Youssef Chahed", "PERSON"),
        N("Hespress", "MEDIA"), N("Assembly of the Representatives of the People", "ORG",
                                  "Tunisian parliament"),
        N("Central Bank of Tunisia", "ORG"), N("International Monetary Fund", "ORG", "IMF"),
        N("Tunisian General Labour Union", "ORG", "UGTT"),
        N("Salaheddine Jourchi", "PERSON", "Salah al-Din al-Jourchi"),
        N("Tunis", "GPE"),
    ),
    "ar-n02-irgc-centcom-designations": (
        C("United States", "GPE"), C("Iran", "GPE"), C("Donald Trump", "PERSON"),
        C("Islamic Revolutionary Guard Corps", "ORG", "IRGC", "Revolutionary Guards"),
        C("Foreign Terrorist Organization", "LAW", "Foreign Terrorist Organization designation"),
        C("United States Central Command", "ORG", "CENTCOM"),
        C("Supreme National Security Council", "ORG",
          "Supreme National Security Council (Iran)"),
        C("Mike Pompeo", "PERSON"), C("Hassan Rouhani", "PERSON"),
        N("White House", "FAC"), N("Federal Register", "MEDIA"),
        N("Islamic Republic News Agency", "MEDIA", "IRNA"),
        N("Islamic Consultative Assembly", "ORG", "Iranian parliament", "Majlis"),
        N("Ali Larijani", "PERSON"), N("Iraq", "GPE"), N("Syria", "GPE"),
        N("Islamic State", "ORG", "ISIS", "Daesh"), N("Baghdad", "GPE"),
        N("Ministry of Foreign Affairs (Iraq)", "ORG", "Iraqi Foreign Ministry"),
        N("Quds Force", "ORG"), N("Qasem Soleimani", "PERSON"),
        N("United States Department of the Treasury", "ORG"),
        N("Countering America's Adversaries Through Sanctions Act", "LAW", "CAATSA"),
        N("Joint Comprehensive Plan of Action", "LAW"), N("INSTEX", "ORG"),
        N("France", "GPE"), N("Germany", "GPE"), N("United Kingdom", "GPE"),
        N("Washington, D.C.", "GPE"), N("Tehran", "GPE"), N("Europe", "LOC"),
    ),
    "ar-n07-eu-libya-embargo-violators": (
        C("European Union", "ORG"), C("Turkey", "GPE"), C("Jordan", "GPE"),
        C("Kazakhstan", "GPE"), C("Libya", "GPE"), C("United Nations", "ORG"),
        C("Khalifa Haftar", "PERSON"), C("Josep Borrell", "PERSON"),
        C("Operation Irini", "ORG", "EUNAVFOR MED Irini", "Irini"),
        C("Ministry of Foreign Affairs (Turkey)", "ORG", "Turkish Foreign Ministry"),
        N("Brussels", "GPE"), N("Deutsche Presse-Agentur", "MEDIA", "dpa"),
        N("Official Journal of the European Union", "MEDIA"), N("France", "GPE"),
        N("NATO", "ORG"), N("Government of National Accord", "ORG"),
        N("Fayez al-Sarraj", "PERSON"), N("Tripoli", "GPE"), N("Ankara", "GPE"),
        N("United Arab Emirates", "GPE"), N("Egypt", "GPE"), N("Russia", "GPE"),
        N("United Nations Security Council", "ORG"), N("South Africa", "GPE"),
        N("Europe", "LOC"), N("Presidential Council (Libya)", "ORG", "Presidential Council"),
        N("Libyan National Army", "ORG", "General Command"), N("Benghazi", "GPE"),
    ),
    "ar-n10-riyadh-agreement-nopunct": (
        C("Riyadh Agreement", "LAW"), C("Yemen", "GPE"),
        C("Southern Transitional Council", "ORG", "STC"), C("Saudi Arabia", "GPE"),
        C("Mohammed bin Salman", "PERSON"), C("Mohamed bin Zayed Al Nahyan", "PERSON",
                                              "Mohamed bin Zayed"),
        C("Abdrabbuh Mansur Hadi", "PERSON"), C("Aidarus al-Zubaidi", "PERSON",
                                               "Aidarous al-Zubaidi"),
        C("United Arab Emirates", "GPE"),
        C("Saudi-led intervention in Yemen", "ORG", "Saudi-led coalition"),
        N("Riyadh", "GPE"), N("Saudi Press Agency", "MEDIA"), N("Aden", "GPE"),
        N("Abu Dhabi", "GPE"), N("Salem al-Khanbashi", "PERSON", "Salem Al-Khanbashi"),
        N("Nasser al-Khubaji", "PERSON"), N("Iran", "GPE"), N("Jeddah", "GPE"),
        N("United Nations", "ORG"), N("António Guterres", "PERSON"),
        N("Martin Griffiths", "PERSON"), N("Houthis", "ORG", "Houthi movement"),
        N("Government of Yemen", "ORG", "Yemeni government"),
    ),
    "ar-t06-bassil-magnitsky": (
        C("United States", "GPE"), C("Gebran Bassil", "PERSON"),
        C("United States Department of the Treasury", "ORG"),
        C("Free Patriotic Movement", "ORG"), C("Michel Aoun", "PERSON"),
        C("Global Magnitsky Human Rights Accountability Act", "LAW",
          "Global Magnitsky Act", "Magnitsky Act"),
        C("Hezbollah", "ORG"), C("Steven Mnuchin", "PERSON"), C("Lebanon", "GPE"),
        C("Ali Hassan Khalil", "PERSON"), C("Youssef Fenianos", "PERSON", "Yusuf Finyanus"),
        N("Beirut", "GPE"), N("An-Nahar", "MEDIA", "Annahar"), N("Saad Hariri", "PERSON"),
        N("France", "GPE"), N("Association of Banks in Lebanon", "ORG"),
        N("Loyalty to the Resistance Bloc", "ORG"), N("Hassan Fadlallah", "PERSON"),
        N("Washington, D.C.", "GPE"),
    ),
    "ar-t12-sweden-nato-blocked": (
        C("Turkey", "GPE"), C("Sweden", "GPE"), C("Finland", "GPE"), C("NATO", "ORG"),
        C("Recep Tayyip Erdoğan", "PERSON"), C("Hungary", "GPE"),
        C("Ulf Kristersson", "PERSON"), C("Jens Stoltenberg", "PERSON"),
        N("Ankara", "GPE"), N("Al Khaleej (newspaper)", "MEDIA", "Al Khaleej"),
        N("Stockholm", "GPE"), N("Russia", "GPE"), N("Ukraine", "GPE"), N("Madrid", "GPE"),
        N("Kurdistan Workers' Party", "ORG", "PKK"), N("White House", "FAC"),
        N("United States Congress", "ORG", "Congress"), N("Istanbul", "GPE"),
        N("Helsinki", "GPE"), N("Justice and Development Party (Turkey)", "ORG", "AKP"),
        N("Embassy of Turkey, Stockholm", "FAC", "Turkish embassy in Stockholm"),
        N("Ministry for Foreign Affairs (Sweden)", "ORG", "Swedish foreign minister"),
        N("Ministry for Foreign Affairs (Finland)", "ORG", "Finnish foreign minister"),
    ),
    "ar-f03-yemen-saleh-un-sanctions-2014": (
        C("United Nations Security Council", "ORG"), C("Ali Abdullah Saleh", "PERSON"),
        C("Houthis", "ORG", "Houthi movement", "Ansar Allah"),
        C("Abd al-Khaliq al-Houthi", "PERSON", "Abdulkhaliq al-Houthi"),
        C("Abdullah Yahya al-Hakim", "PERSON", "Abu Ali al-Hakim"), C("Yemen", "GPE"),
        C("United Nations Security Council Resolution 2140", "LAW", "Resolution 2140"),
        C("General People's Congress", "ORG", "General People's Congress (Yemen)", "GPC"),
        C("Russia", "GPE"), C("United States", "GPE"), C("Samantha Power", "PERSON"),
        C("United Nations", "ORG"),
        N("Sanaa", "GPE"), N("Al-Tagheer", "MEDIA", "Al Tagheer"),
        N("Yasser al-Awadi", "PERSON"), N("Abdrabbuh Mansur Hadi", "PERSON"),
        N("Mohammed Abdulsalam", "PERSON", "Mohammed Abdul Salam"),
        N("Riyadh", "GPE"), N("Gulf Cooperation Council Initiative", "LAW", "GCC Initiative",
                              "Gulf Initiative"),
        N("Peace and National Partnership Agreement", "LAW"),
        N("Khaled Bahah", "PERSON"), N("Al-Sabeen Square", "FAC", "Sabeen Square"),
    ),
    "ar-f09-sudan-framework-agreement-2022": (
        C("Sudan", "GPE"), C("Abdel Fattah al-Burhan", "PERSON"),
        C("Mohamed Hamdan Dagalo", "PERSON", "Hemedti"),
        C("Rapid Support Forces", "ORG", "RSF"),
        C("Forces of Freedom and Change", "ORG", "FFC"),
        C("Sovereignty Council of Sudan", "ORG", "Transitional Sovereignty Council"),
        C("Sudanese Armed Forces", "ORG", "Sudanese army"),
        C("Sudanese Framework Agreement", "LAW", "Framework Agreement"),
        C("United States Department of State", "ORG"),
        N("Khartoum", "GPE"), N("Al-Sudani (newspaper)", "MEDIA", "Al-Sudani"),
        N("Republican Palace, Khartoum", "FAC", "Republican Palace"),
        N("Khalid Omer Yousif", "PERSON", "Khalid Omar Yousif"),
        N("Juba Peace Agreement", "LAW"), N("Sudanese Communist Party", "ORG"),
        N("Resistance committees (Sudan)", "ORG", "Resistance Committees"),
        N("Sudanese Professionals Association", "ORG"), N("Omdurman", "GPE"),
        N("Justice and Equality Movement", "ORG"), N("Gibril Ibrahim", "PERSON"),
        N("Sudan Liberation Movement/Army", "ORG", "Sudan Liberation Movement"),
        N("Minni Minnawi", "PERSON"),
        N("United Nations Integrated Transition Assistance Mission in Sudan", "ORG", "UNITAMS"),
        N("African Union", "ORG"), N("Intergovernmental Authority on Development", "ORG",
                                     "IGAD"),
        N("United States", "GPE"), N("United Kingdom", "GPE"), N("Saudi Arabia", "GPE"),
        N("United Arab Emirates", "GPE"), N("World Bank", "ORG"),
        N("International Monetary Fund", "ORG", "IMF"), N("United Nations", "ORG"),
    ),
    "ar-f11-rudaw-bundeswehr-erbil-2017": (
        C("Bundestag", "ORG"), C("Germany", "GPE"), C("Bundeswehr", "ORG", "German Armed Forces"),
        C("Kurdistan Region", "GPE", "Iraqi Kurdistan"), C("Peshmerga", "ORG"),
        C("Islamic State", "ORG", "ISIS", "Daesh"), C("Ursula von der Leyen", "PERSON"),
        C("Ministry of Peshmerga Affairs", "ORG"),
        N("Erbil", "GPE"), N("Rudaw Media Network", "MEDIA", "Rudaw"), N("Mosul", "GPE"),
        N("Jabbar Yawar", "PERSON"), N("The Left (Germany)", "ORG", "Die Linke", "The Left"),
        N("Baghdad", "GPE"), N("Combined Joint Task Force – Operation Inherent Resolve", "ORG",
                               "Global Coalition to Defeat ISIS"),
        N("Incirlik Air Base", "FAC"), N("Berlin", "GPE"), N("Jordan", "GPE"),
        N("Ankara", "GPE"), N("Turkey", "GPE"), N("Iraqi Armed Forces", "ORG", "Iraqi army"),
        N("Joint Operations Command (Iraq)", "ORG", "Iraqi Joint Operations Command"),
        N("Khazir", "GPE"), N("Iraq", "GPE"),
    ),
}


CASES = cases_from((("en", [*EN2, *EN3, *EN4], ENTITIES_EN),
                    ("ar", [*AR2, *AR3, *AR4, *AR8], ENTITIES_AR)))
_BY_ID = {c.id: c for c in CASES}


# --- tests -------------------------------------------------------------------------------------

# As in the second set: every core entity found and no wrong link, each gap left named here with
# its reason (strict: a fix must take the mark off).
KNOWN_RECALL_GAPS: dict[str, str] = {
    "e01-guardian-georgia-officials":
        "'the interior ministry' is Georgia's only through the article; no rule links a bare "
        "ministry name to the article's state yet (every state has one, and the knowledge base "
        "holds few of them)",
    "ar-y08-oman-us-ports-framework-2019":
        "'البحرية الأمريكية' alone stays ambiguous like 'البحرية الروسية': unresolved it names the "
        "United States, the state the event extractor needs as actor; linking the navy as well "
        "needs both links",
    "ar-f11-rudaw-bundeswehr-erbil-2017":
        "'الجيش الألماني' alone stays ambiguous like 'البحرية الأمريكية': unresolved it names "
        "Germany (found only while 'ألماني' failed to link its state in that form)",
    "e04-kyodo-japan-philippines-raa":
        "a bare 'Reciprocal Access Agreement' names Japan's pacts with Australia and the UK as "
        "well; the knowledge base does not hold the three",
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


def test_heldout3_entity_set_shape() -> None:
    # thirty annotated articles, half per language, every id present in the event modules once
    assert len(ENTITIES_EN) == len(ENTITIES_AR) == 15
    assert set(_BY_ID) == set(ENTITIES_EN) | set(ENTITIES_AR)
    assert len(CASES) == len(_BY_ID)
    for c in CASES:
        assert len(c.text.split()) >= 240, c.id
        names = [e.name for e in c.entities]
        assert len(names) == len(set(names)), c.id
        assert all(e.type in ENTITY_TYPES for e in c.entities), c.id
        assert any(e.core for e in c.entities), c.id


# --- what the set found, as rules a user would notice (sentences written for these tests) -------

def _linked(text: str, lang: str, day: date = date(2019, 6, 1)) -> set[str]:
    return {e.name for e in analyze(text, lang=lang, published=day).entities if e.linked}


LIBYA_HOR = "House of Representatives (Libya)"
IRAQ_COR = "Council of Representatives of Iraq"


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [
    # a generic name of a national body is the body of the state the article is about
    ("ar", "قالت ليبيا إن مجلس النواب سيصوت الأسبوع المقبل، وأكد مسؤولون ليبيون ذلك في طرابلس.",
     {LIBYA_HOR}, {IRAQ_COR}),
    ("ar", "صوت مجلس النواب على الموازنة بعد خلاف بين بغداد وأربيل، وقال نواب عراقيون إن العراق "
           "يحتاج إليها.", {IRAQ_COR}, {LIBYA_HOR}),
    ("ar", "قال مجلس النواب إنه سيناقش المسألة.", set(), {LIBYA_HOR, IRAQ_COR}),
    ("en", "Ukraine said the National Guard had repelled the attack, and Ukrainian officers "
           "confirmed it.", {"National Guard of Ukraine"}, {"National Guard (United States)"}),
    ("en", "Belarus said the KGB had detained two Belarusian bloggers.",
     {"State Security Committee of the Republic of Belarus"}, set()),
    ("en", "The KGB recruited him in Leningrad in the 1970s.", set(),
     {"State Security Committee of the Republic of Belarus"}),
    ("en", "Under the deal, Japan's Self-Defense Forces may train in the Philippines, a "
           "Philippine official said in Manila.", {"Japan Self-Defense Forces"}, set()),
    # ... but a phrase that names its state itself stays the state, the actor events need
    ("ar", "قالت روسيا إن البحرية الروسية ستجري مناورات، وأكد الكرملين أن موسكو أبلغت جيرانها.",
     {"Russia"}, {"Russian Navy"}),
    # a one-word Arabic alias is a common word as often: the article's state does not resolve it
    ("ar", "احتفل السعوديون بالنصر في الرياض بعد أن قالت السعودية إن الحرب انتهت.", set(),
     {"Al Nassr FC"}),
    # a state's ambiguous name links with one of its cities named
    ("en", "Protesters in Tbilisi said Georgia must not turn away from Europe.", {"Georgia"}, set()),
    ("en", "Georgia voted on Tuesday.", set(), {"Georgia"}),
    # the source of a dateline is the newspaper, the phrase elsewhere the region
    ("ar", "دمشق - الشرق الأوسط: قال مسؤول إن الاتفاق قريب.", {"Asharq Al-Awsat"},
     {"Middle East"}),
    ("ar", "قال مسؤول إن الشرق الأوسط يمر بمرحلة صعبة.", {"Middle East"}, {"Asharq Al-Awsat"}),
    # a currency, an ethnic group or European states are not the state or the EU
    ("en", "The club paid the fine in Swiss francs.", set(), {"Switzerland"}),
    ("ar", "تراجعت الليرة التركية أمام الدولار.", set(), {"Turkey"}),
    ("en", "Police removed ethnic Albanian mayors from their offices.", set(), {"Albania"}),
    ("ar", "قالت الدول الأوروبية إنها ستدرس الطلب.", set(), {"European Union"}),
    # an agreement named after a city is not the city
    ("ar", "قال الجيش السوداني إن اتفاق جوبا ما زال ساريا في السودان.",
     {"Juba Peace Agreement"}, {"Juba"}),
    # a surname shared by two presidents goes to the one the article names in full
    ("ar", "التقى ميشال عون رئيس الحكومة، وقال الرئيس عون إن الحوار مستمر.", {"Michel Aoun"},
     {"Joseph Aoun"}),
    # bases, ports, factions and parties the knowledge base lacked
    ("ar", "وصلت طائرات إلى قاعدة الأمير سلطان الجوية، ورست سفن في ميناء الدقم.",
     {"Prince Sultan Air Base", "Port of Duqm"}, set()),
    ("ar", "انضمت الجبهة الوطنية للتحرير إلى الجيش الوطني السوري.",
     {"National Front for Liberation", "Syrian National Army"}, set()),
    ("ar", "انسحب حزب التيار الديمقراطي من المشاورات في تونس، وقالت حركة الشعب إنها ستعارض "
           "الحكومة التونسية.", {"Democratic Current", "People's Movement (Tunisia)"}, set()),
    ("en", "RusAF remained suspended, and the Russian envoy Dmitry Polyanskiy objected.",
     {"All-Russian Athletic Federation", "Dmitry Polyanskiy"}, set()),
])
def test_heldout3_entity_rule(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    found = _linked(text, lang)
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not (absent & found), f"wrong {absent & found}"


if __name__ == "__main__":
    sys.exit(report(CASES))
