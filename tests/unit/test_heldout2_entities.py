"""Second held-out entity set (Arabic and English): a fresh figure on text the knowledge base was
not tuned on.

Thirty full-length articles of the later event held-out modules (``test_heldout5_events_*``,
``test_heldout6_events_*``, ``test_heldout8_events_en``; imported from there, not copied), fifteen
per language, get entity annotations in the style of ``test_heldout_entities`` (whose ``Ent``,
``C``/``N`` helpers and shared ``ALSO`` names this module imports) and of ``shared/gold``: ``name``
is the English Wikipedia title of the entity, ``also`` its other English names, ``core`` marks what
a sanctions-and-alliances monitor must find, ``core=False`` what is right to report but not
required (a dateline, a news agency, a city in passing, a name in a related-headlines list).

The annotations say what a careful reader finds, not what the tagger outputs: a name the knowledge
base lacks is still annotated, and a link a reader would not make counts against precision.
Scoring is that of ``rasd eval`` (``rasd.eval.score_article``).
``python -m tests.unit.test_heldout2_entities`` prints precision, recall and F1 per language and
every article's misses and false links.

``test_heldout8_events_ar`` is left out on purpose: it was still being written when this set was
built, and annotations of a text that changes under them would rot.

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
from tests.unit.test_heldout5_events_ar import ARTICLES as AR5
from tests.unit.test_heldout5_events_en import ARTICLES as EN5
from tests.unit.test_heldout6_events_ar import ARTICLES as AR6
from tests.unit.test_heldout6_events_en import ARTICLES as EN6
from tests.unit.test_heldout8_events_en import ARTICLES as EN8

ENTITIES_EN: dict[str, tuple[Ent, ...]] = {
    "f01-ap-belarus-ryanair": (
        C("European Union", "ORG"), C("United States", "GPE"), C("United Kingdom", "GPE"),
        C("Canada", "GPE"), C("Belarus", "GPE"), C("Alexander Lukashenko", "PERSON"),
        C("United States Department of the Treasury", "ORG"),
        C("State Security Committee of the Republic of Belarus", "ORG", "KGB of Belarus", "KGB",
          "Belarusian KGB"),
        N("Brussels", "GPE"), N("Associated Press", "ORG"), N("Minsk", "GPE"),
        N("Luxembourg", "GPE", "Luxembourg City"), N("Washington, D.C.", "GPE"),
        N("Russia", "GPE"), N("Ministry of Foreign Affairs (Belarus)", "ORG",
                              "Belarusian Foreign Ministry"),
        N("Roman Protasevich", "PERSON", "Raman Pratasevich"), N("Ryanair", "ORG"),
        N("Athens", "GPE"), N("Vilnius", "GPE"), N("Lithuania", "GPE"),
        N("Sviatlana Tsikhanouskaya", "PERSON", "Svetlana Tikhanovskaya"), N("Stockholm", "GPE"),
        N("London", "GPE"), N("Lorne Cook", "PERSON"), N("David Keyton", "PERSON"),
        N("Jill Lawless", "PERSON"),
    ),
    "f03-kyivindependent-uk-pact": (
        C("Ukraine", "GPE"), C("United Kingdom", "GPE"), C("Volodymyr Zelenskyy", "PERSON"),
        C("Rishi Sunak", "PERSON"), C("G7", "ORG", "Group of Seven"), C("Russia", "GPE"),
        C("NATO", "ORG"), C("National Guard of Ukraine", "ORG", "National Guard"),
        N("Kyiv", "GPE"), N("London", "GPE"), N("Vladimir Putin", "PERSON"),
        N("Germany", "GPE"), N("France", "GPE"), N("Vilnius", "GPE"),
        N("Ministry of Defence (Ukraine)", "ORG", "Ministry of Defense of Ukraine",
          "Ukrainian Defense Ministry"),
        N("Kharkiv Oblast", "GPE", "Kharkiv"), N("Khmelnytskyi Oblast", "GPE", "Khmelnytskyi"),
        N("Martin Fornusek", "PERSON"),
    ),
    "f05-france24-cuba-embassies": (
        C("Cuba", "GPE"), C("United States", "GPE"), C("Barack Obama", "PERSON"),
        C("Raúl Castro", "PERSON", "Raul Castro"),
        C("Bruno Rodríguez Parrilla", "PERSON", "Bruno Rodriguez", "Bruno Rodríguez"),
        C("John Kerry", "PERSON"), C("United States Department of State", "ORG"),
        C("State Sponsors of Terrorism list", "LAW", "State Sponsors of Terrorism"),
        N("United States Congress", "ORG", "Congress", "US Congress"),
        N("Republican Party (United States)", "ORG", "Republican Party"),
        N("Washington, D.C.", "GPE"), N("Havana", "GPE"), N("Fidel Castro", "PERSON"),
        N("United States embargo against Cuba", "LAW"), N("France 24", "MEDIA"),
        N("Agence France-Presse", "ORG"), N("Associated Press", "ORG"), N("Panama", "GPE"),
    ),
    "f07-dw-lithuania-brigade": (
        C("Germany", "GPE"), C("Lithuania", "GPE"),
        C("Bundeswehr", "ORG", "German Armed Forces"), C("Boris Pistorius", "PERSON"),
        C("Arvydas Anušauskas", "PERSON", "Arvydas Anusauskas"), C("NATO", "ORG"),
        C("Gitanas Nausėda", "PERSON", "Gitanas Nauseda"),
        N("Vilnius", "GPE"), N("Russia", "GPE"), N("Kaliningrad Oblast", "GPE", "Kaliningrad"),
        N("Belarus", "GPE"), N("Wagner Group", "ORG"), N("Berlin", "GPE"),
        N("Deutsche Welle", "MEDIA", "DW"), N("Teri Schultz", "PERSON"), N("Brussels", "GPE"),
    ),
    "f11-euronews-belgrade-pristina": (
        C("Serbia", "GPE"), C("Kosovo", "GPE"), C("European Union", "ORG"),
        C("Aleksandar Vučić", "PERSON", "Aleksandar Vucic"), C("Albin Kurti", "PERSON"),
        C("Josep Borrell", "PERSON"), C("Miroslav Lajčák", "PERSON", "Miroslav Lajcak"),
        N("NATO", "ORG"), N("Brussels", "GPE"), N("North Macedonia", "GPE"), N("Ohrid", "GPE"),
        N("Belgrade", "GPE"), N("Pristina", "GPE"),
    ),
    "f12-ap-uefa-serbia-fine": (
        C("UEFA", "ORG"),
        C("Football Association of Serbia", "ORG", "Serbian FA", "Serbian Football Association"),
        N("Serbia", "GPE"), N("England", "GPE"), N("Nyon", "GPE"), N("Switzerland", "GPE"),
        N("Associated Press", "ORG"), N("Gelsenkirchen", "GPE"), N("Croatia", "GPE"),
        N("Albania", "GPE"), N("Mirlind Daku", "PERSON"), N("Hamburg", "GPE"),
        N("Kosovo", "GPE"), N("Football Federation of Kosovo", "ORG"), N("FIFA", "ORG"),
        N("Balkans", "LOC"), N("Belgrade", "GPE"), N("Jude Bellingham", "PERSON"),
        N("Dragan Stojković", "PERSON", "Dragan Stojkovic"),
    ),
    "g02-eu-council-russia-rollover": (
        C("Council of the European Union", "ORG", "Council of the EU", "EU Council"),
        C("Russia", "GPE"), C("Ukraine", "GPE"), C("European Union", "ORG"),
        C("Hungary", "GPE"), C("European Council", "ORG"),
        N("Central Bank of Russia", "ORG", "Bank of Russia"), N("SWIFT", "ORG"),
        N("Budapest", "GPE"), N("European Commission", "ORG"),
        N("Official Journal of the European Union", "MEDIA"),
        N("Ministry of Foreign Affairs (Russia)", "ORG"),
    ),
    "g06-statedept-sdf-integration": (
        C("United States", "GPE"), C("Syrian Democratic Forces", "ORG", "SDF"),
        C("Syria", "GPE"), C("Ahmed al-Sharaa", "PERSON"), C("Mazloum Abdi", "PERSON"),
        C("Islamic State", "ORG", "ISIS", "ISIL"), C("Turkey", "GPE"),
        N("Damascus", "GPE"), N("United States Department of State", "ORG"),
        N("Kurdistan Workers' Party", "ORG", "PKK"), N("Ankara", "GPE"), N("Russia", "GPE"),
        N("Bashar al-Assad", "PERSON"), N("Latakia Governorate", "GPE", "Latakia"),
        N("Tartus Governorate", "GPE", "Tartus"), N("Marco Rubio", "PERSON"),
        N("Combined Joint Task Force – Operation Inherent Resolve", "ORG",
          "Global Coalition to Defeat Daesh", "Global Coalition to Defeat ISIS"),
    ),
    "g10-un-press-mali-veto": (
        C("United Nations Security Council", "ORG"), C("Mali", "GPE"), C("France", "GPE"),
        C("United Arab Emirates", "GPE"), C("Russia", "GPE"), C("United States", "GPE"),
        C("Wagner Group", "ORG"), N("China", "GPE"), N("Algiers", "GPE"),
        N("United Nations", "ORG"),
    ),
    "i01-live-asean-summit": (
        C("ASEAN", "ORG", "Association of Southeast Asian Nations"),
        C("Timor-Leste", "GPE", "East Timor"), C("Thailand", "GPE"), C("Cambodia", "GPE"),
        C("Malaysia", "GPE"), C("Anwar Ibrahim", "PERSON"),
        C("Xanana Gusmão", "PERSON", "Xanana Gusmao"), C("Donald Trump", "PERSON"),
        C("United States", "GPE"), C("Anutin Charnvirakul", "PERSON"), C("Hun Manet", "PERSON"),
        C("Myanmar", "GPE"), N("Kuala Lumpur", "GPE"), N("Petronas Towers", "FAC"),
        N("Kuala Lumpur International Airport", "FAC"), N("Brazil", "GPE"),
        N("Luiz Inácio Lula da Silva", "PERSON", "Luiz Inacio Lula da Silva", "Lula"),
        N("Washington, D.C.", "GPE"), N("Caracas", "GPE"),
    ),
    "i02-cnn-arab-league-syria": (
        C("Arab League", "ORG"), C("Syria", "GPE"), C("Central Bank of Syria", "ORG"),
        C("Hamad bin Jassim bin Jaber Al Thani", "PERSON", "Hamad bin Jassim Al Thani",
          "Hamad bin Jassim"),
        C("Lebanon", "GPE"), C("Iraq", "GPE"), C("United States", "GPE"),
        C("European Union", "ORG"), C("Turkey", "GPE"), C("Bashar al-Assad", "PERSON"),
        C("Ahmet Davutoğlu", "PERSON", "Ahmet Davutoglu"), N("Qatar", "GPE"),
        N("Cairo", "GPE"), N("CNN", "MEDIA"), N("Washington, D.C.", "GPE"),
        N("Damascus", "GPE"), N("Ankara", "GPE"), N("United Nations", "ORG"),
        N("Mohammed Jamjoom", "PERSON"),
    ),
    "i06-wire-belarus-suspension": (
        C("European Union", "ORG"), C("Belarus", "GPE"), C("Alexander Lukashenko", "PERSON"),
        C("United States", "GPE"),
        N("Organization for Security and Co-operation in Europe", "ORG", "OSCE",
          "Organisation for Security and Co-operation in Europe"),
        N("Brussels", "GPE"), N("Minsk", "GPE"), N("Mikalai Statkevich", "PERSON",
                                                  "Nikolai Statkevich"),
        N("Ukraine", "GPE"), N("Minsk agreements", "LAW", "Minsk II"),
        N("Viasna Human Rights Centre", "ORG", "Viasna"),
        N("Ministry of Foreign Affairs (Belarus)", "ORG"), N("Soviet Union", "GPE"),
    ),
    "i08-nm-dm-transfer-ban": (
        C("Real Madrid CF", "ORG", "Real Madrid"),
        C("Court of Arbitration for Sport", "ORG", "CAS"), C("FIFA", "ORG"),
        C("Atlético Madrid", "ORG", "Atletico Madrid"), N("Zinedine Zidane", "PERSON"),
        N("Rafael Benítez", "PERSON", "Rafael Benitez"), N("Chelsea F.C.", "ORG", "Chelsea"),
        N("Eden Hazard", "PERSON"), N("AS Monaco FC", "ORG", "Monaco"),
        N("Kylian Mbappé", "PERSON", "Kylian Mbappe"), N("FC Barcelona", "ORG", "Barcelona"),
        N("Arda Turan", "PERSON"), N("Aleix Vidal", "PERSON"), N("La Liga", "ORG"),
        N("Club América", "ORG", "Club America"), N("Álvaro Morata", "PERSON", "Alvaro Morata"),
        N("Spain", "GPE"), N("France", "GPE"), N("Daily Mail", "MEDIA", "Sportsmail"),
    ),
    "i11-nm-german-coalition": (
        C("Germany", "GPE"),
        C("Social Democratic Party of Germany", "ORG", "SPD", "Social Democrats"),
        C("Christian Democratic Union of Germany", "ORG", "CDU", "Christian Democratic Union"),
        C("Christian Social Union in Bavaria", "ORG", "CSU"), C("Friedrich Merz", "PERSON"),
        C("Bundestag", "ORG"), C("Alternative for Germany", "ORG", "AfD"),
        N("Berlin", "GPE"), N("Europe", "LOC"), N("Bavaria", "GPE"), N("Ukraine", "GPE"),
        N("Kyiv", "GPE"), N("Lars Klingbeil", "PERSON"), N("Paris", "GPE"), N("Warsaw", "GPE"),
        N("Olaf Scholz", "PERSON"), N("Federation of German Industries", "ORG", "BDI"),
    ),
    "i12-nm-idex-trade-fair": (
        C("United Arab Emirates", "GPE"), C("Tawazun Council", "ORG"),
        C("EDGE Group", "ORG", "EDGE"), N("IDEX", "ORG", "International Defence Exhibition"),
        N("Abu Dhabi", "GPE"), N("Abu Dhabi National Exhibition Centre", "FAC", "ADNEC"),
        N("United Arab Emirates Armed Forces", "ORG"), N("Brazil", "GPE"),
        N("Indonesia", "GPE"), N("Italy", "GPE"), N("Turkey", "GPE"), N("China", "GPE"),
        N("South Korea", "GPE"), N("Israel", "GPE"), N("United States", "GPE"), N("Africa", "LOC"), N("Asia", "LOC"),
        N("London", "GPE"),
    ),
}

ENTITIES_AR: dict[str, tuple[Ent, ...]] = {
    "ar-v02-beijing-saudi-iran-deal": (
        C("Saudi Arabia", "GPE"), C("Iran", "GPE"), C("China", "GPE"),
        C("Musaed Al-Aiban", "PERSON", "Musaad bin Mohammed Al-Aiban", "Musaed al-Aiban"),
        C("Ali Shamkhani", "PERSON"), C("Wang Yi", "PERSON"), C("Xi Jinping", "PERSON"),
        N("Supreme National Security Council", "ORG",
          "Supreme National Security Council (Iran)"),
        N("Chinese Communist Party", "ORG", "Communist Party of China"),
        N("Beijing", "GPE"), N("Xinhua News Agency", "MEDIA", "Xinhua"), N("Riyadh", "GPE"),
        N("Tehran", "GPE"), N("Mashhad", "GPE"), N("Nimr al-Nimr", "PERSON"),
        N("Baghdad", "GPE"), N("Muscat", "GPE"), N("Iraq", "GPE"), N("Oman", "GPE"),
        N("United Arab Emirates", "GPE"), N("Qatar", "GPE"), N("United States", "GPE"),
    ),
    "ar-v03-erdogan-cairo-visit": (
        C("Recep Tayyip Erdoğan", "PERSON"), C("Abdel Fattah el-Sisi", "PERSON"),
        C("Egypt", "GPE"), C("Turkey", "GPE"), N("Cairo", "GPE"),
        N("Anadolu Agency", "MEDIA", "Anadolu"), N("Heliopolis Palace", "FAC"),
        N("Doha", "GPE"), N("Gaza Strip", "LOC", "Gaza"), N("Libya", "GPE"),
        N("Ankara", "GPE"), N("Mediterranean Sea", "LOC", "Eastern Mediterranean",
                              "Mediterranean"),
        N("Mohamed Morsi", "PERSON"), N("Sameh Shoukry", "PERSON"),
        N("Mevlüt Çavuşoğlu", "PERSON", "Mevlut Cavusoglu"),
    ),
    "ar-v05-sudan-us-sanctions-firms": (
        C("United States", "GPE"), C("Sudanese Armed Forces", "ORG", "Sudanese army"),
        C("Rapid Support Forces", "ORG", "RSF"),
        C("United States Department of the Treasury", "ORG"),
        C("Defense Industries System", "ORG", "Defence Industries System"),
        C("Sudan Master Technology", "ORG"),
        C("Al Junaid Multi Activities Co", "ORG", "Al Junaid", "Al-Junaid"),
        C("Tradive General Trading", "ORG"),
        C("Mohamed Hamdan Dagalo", "PERSON", "Hemedti"), C("Antony Blinken", "PERSON"),
        C("Sudan", "GPE"), N("BBC News Arabic", "MEDIA", "BBC Arabic", "BBC"),
        N("Washington, D.C.", "GPE"), N("Riyadh", "GPE"), N("Jeddah", "GPE"),
        N("Jeddah Declaration", "LAW"), N("Khartoum", "GPE"), N("United Nations", "ORG"),
        N("Egypt", "GPE"), N("Chad", "GPE"), N("Saudi Arabia", "GPE"),
    ),
    "ar-v06-libya-elections-army-unification": (
        C("High National Elections Commission", "ORG",
          "High National Elections Commission (Libya)"),
        C("Libya", "GPE"), C("House of Representatives (Libya)", "ORG"),
        C("Saif al-Islam Gaddafi", "PERSON"), C("Khalifa Haftar", "PERSON"),
        C("Government of National Unity (Libya)", "ORG", "Government of National Unity"),
        C("Abdul Hamid Dbeibeh", "PERSON", "Abdul Hamid Dbeibah"), C("United Nations Security Council", "ORG"),
        N("5+5 Joint Military Commission", "ORG"), N("Tripoli", "GPE"),
        N("France 24", "MEDIA"), N("Geneva", "GPE"), N("United Nations", "ORG"),
        N("Wagner Group", "ORG"), N("Russia", "GPE"), N("Turkey", "GPE"),
        N("Stephanie Williams", "PERSON"), N("Syria", "GPE"),
    ),
    "ar-v08-sdf-integration-deal": (
        C("Ahmed al-Sharaa", "PERSON"), C("Syrian Democratic Forces", "ORG", "SDF"),
        C("Mazloum Abdi", "PERSON"), C("Syria", "GPE"), C("United States", "GPE"),
        N("Damascus", "GPE"), N("Asharq Al-Awsat", "MEDIA"), N("Qamishli", "GPE"),
        N("Raqqa", "GPE"), N("France", "GPE"), N("Turkey", "GPE"),
        N("Ministry of National Defense (Turkey)", "ORG", "Ministry of National Defence (Turkey)"),
        N("People's Defense Units", "ORG", "YPG"), N("Islamic State", "ORG", "ISIS"),
        N("al-Hol camp", "FAC", "Al-Hol refugee camp"),
        N("Autonomous Administration of North and East Syria", "GPE"),
    ),
    "ar-v11-turkey-brics-application": (
        C("Turkey", "GPE"), C("BRICS", "ORG"),
        C("Ömer Çelik", "PERSON", "Omer Celik"), C("Recep Tayyip Erdoğan", "PERSON"),
        C("NATO", "ORG"), C("European Union", "ORG"),
        N("Justice and Development Party (Turkey)", "ORG", "AKP", "AK Party",
          "Justice and Development Party"),
        N("Ankara", "GPE"), N("Anadolu Agency", "MEDIA"), N("Brazil", "GPE"),
        N("Russia", "GPE"), N("India", "GPE"), N("China", "GPE"), N("South Africa", "GPE"),
        N("Istanbul", "GPE"), N("Egypt", "GPE"), N("Iran", "GPE"),
        N("United Arab Emirates", "GPE"), N("Ethiopia", "GPE"), N("Saudi Arabia", "GPE"),
        N("Kazan", "GPE"), N("Moscow", "GPE"), N("Ukraine", "GPE"), N("Sweden", "GPE"),
        N("Vladimir Putin", "PERSON"),
    ),
    "ar-v14-russia-sudan-naval-base": (
        C("Sudan", "GPE"), C("Russia", "GPE"), C("Sergey Lavrov", "PERSON"),
        C("Ali Youssef", "PERSON", "Ali Youssef Ahmed al-Sharif"),
        C("Russian Navy", "ORG"), N("Moscow", "GPE"), N("RT (TV network)", "MEDIA", "RT",
                                                         "RT Arabic"),
        N("Red Sea", "LOC"), N("Khartoum", "GPE"), N("Port Sudan", "GPE"),
        N("Rapid Support Forces", "ORG"), N("United Nations Security Council", "ORG"),
        N("United Kingdom", "GPE"), N("Africa", "LOC"), N("Syria", "GPE"),
        N("Bashar al-Assad", "PERSON"), N("Russian naval facility in Tartus", "FAC"),
        N("United States", "GPE"),
        N("Abdel Fattah al-Burhan", "PERSON"),
    ),
    "ar-v17-saudi-league-penalties": (
        C("Saudi Arabian Football Federation", "ORG"),
        C("Al-Ittihad Club", "ORG", "Al-Ittihad", "Ittihad FC", "Al-Ittihad Club (Jeddah)"),
        C("Al Nassr FC", "ORG", "Al Nassr", "Al-Nassr"),
        C("Saudi Pro League", "ORG", "Roshn Saudi League"),
        N("Al-Fayha FC", "ORG", "Al-Fayha"), N("Al Hilal SFC", "ORG", "Al Hilal", "Al-Hilal"),
        N("Cristiano Ronaldo", "PERSON"), N("Neymar", "PERSON"), N("Karim Benzema", "PERSON"),
        N("China", "GPE"), N("Japan", "GPE"), N("Spain", "GPE"), N("United Kingdom", "GPE"),
        N("Republic of Ireland", "GPE", "Ireland"), N("Roberto Mancini", "PERSON"),
        N("Costa Rica", "GPE"), N("South Korea", "GPE"), N("Europe", "LOC"), N("Asia", "LOC"),
        N("Riyadh", "GPE"), N("Sky News Arabia", "MEDIA"), N("Saudi Arabia", "GPE"),
        N("Italy", "GPE"),
    ),
    "ar-w01-uae-indonesia-defence-wam": (
        C("United Arab Emirates", "GPE"), C("Indonesia", "GPE"), N("Abu Dhabi", "GPE"),
        N("Emirates News Agency", "MEDIA"), N("Qasr Al Watan", "FAC"),
        N("United Arab Emirates University", "ORG"), N("Joko Widodo", "PERSON"),
        N("Mohamed bin Zayed Al Nahyan", "PERSON", "Mohamed bin Zayed"),
        N("Southeast Asia", "LOC"), N("Persian Gulf", "LOC", "Gulf"), N("Asia", "LOC"),
    ),
    "ar-w03-houthi-arms-network-passive": (
        C("United States", "GPE"), C("Houthis", "ORG", "Houthi movement", "Ansar Allah"),
        C("Yemen", "GPE"), C("United States Department of the Treasury", "ORG"),
        C("Office of Foreign Assets Control", "ORG", "OFAC"),
        C("Sa'id al-Jamal", "PERSON", "Said al-Jamal", "Saeed al-Jamal"),
        N("Specially Designated Global Terrorist", "LAW"),
        N("Foreign Terrorist Organization", "LAW", "Foreign Terrorist Organization designation"),
        N("Red Sea", "LOC"), N("Gulf of Aden", "LOC"), N("Hong Kong", "GPE"),
        N("United Arab Emirates", "GPE"), N("Iran", "GPE"),
        N("Mohammed Abdulsalam", "PERSON", "Mohammed Abdul Salam"),
        N("Gaza Strip", "LOC", "Gaza"), N("Donald Trump", "PERSON"), N("Joe Biden", "PERSON"),
        N("United Kingdom", "GPE"), N("Cape of Good Hope", "LOC"), N("Suez Canal", "FAC"),
        N("Egypt", "GPE"), N("Washington, D.C.", "GPE"),
    ),
    "ar-w06-egypt-brics-mena": (
        C("Egypt", "GPE"), C("BRICS", "ORG"), C("Ethiopia", "GPE"), C("Iran", "GPE"),
        C("United Arab Emirates", "GPE"), C("Saudi Arabia", "GPE"), C("Argentina", "GPE"),
        N("Brazil", "GPE"), N("Russia", "GPE"), N("India", "GPE"), N("China", "GPE"),
        N("South Africa", "GPE"), N("Cairo", "GPE"),
        N("Middle East News Agency", "MEDIA", "MENA"),
        N("Ministry of Foreign Affairs (Egypt)", "ORG"), N("New Development Bank", "ORG"),
        N("Johannesburg", "GPE"), N("Javier Milei", "PERSON"), N("Riyadh", "GPE"),
        N("Cairo University", "ORG"),
    ),
    "ar-w07-eu-extends-russia-kuna": (
        C("Council of the European Union", "ORG", "Council of the EU", "EU Council"),
        C("European Union", "ORG"), C("Russia", "GPE"), C("Ukraine", "GPE"),
        C("Hungary", "GPE"), C("Josep Borrell", "PERSON"), C("Iran", "GPE"),
        C("Vladimir Putin", "PERSON"), C("Sergey Lavrov", "PERSON"),
        N("Brussels", "GPE"), N("Kuwait News Agency", "MEDIA", "KUNA"), N("SWIFT", "ORG"),
        N("Moscow Kremlin", "ORG", "Kremlin"), N("Moscow", "GPE"), N("Crimea", "LOC"),
        N("Ministry of Foreign Affairs (Russia)", "ORG"), N("Asia", "LOC"),
    ),
    "ar-w09-turkish-troops-doha": (
        C("Turkey", "GPE"), C("Qatar", "GPE"),
        C("Grand National Assembly of Turkey", "ORG", "Turkish parliament"),
        C("Fikri Işık", "PERSON", "Fikri Isik"), C("Recep Tayyip Erdoğan", "PERSON"),
        C("Saudi Arabia", "GPE"), C("United Arab Emirates", "GPE"), C("Bahrain", "GPE"),
        C("Egypt", "GPE"), N("Kuwait", "GPE"),
        N("Sabah Al-Ahmad Al-Jaber Al-Sabah", "PERSON", "Sabah al-Ahmad al-Jaber al-Sabah"),
        N("United States", "GPE"), N("Doha", "GPE"), N("Al Jazeera", "MEDIA", "Al Jazeera Net"),
        N("Al Rayyan", "GPE"), N("Ministry of Defence (Qatar)", "ORG"),
        N("Qatar Armed Forces", "ORG"), N("Persian Gulf", "LOC", "Gulf", "Arabian Gulf"),
        N("Ottoman Empire", "GPE"), N("Ankara", "GPE"), N("Europe", "LOC"),
    ),
    "ar-w10-iraq-electoral-alliance": (
        C("National Wisdom Movement", "ORG", "Hikma Movement", "al-Hikma"),
        C("Ammar al-Hakim", "PERSON"),
        C("National State Forces Alliance", "ORG", "Alliance of National State Forces"),
        C("Haider al-Abadi", "PERSON"), C("State of Law Coalition", "ORG"),
        C("Nouri al-Maliki", "PERSON"), C("Coordination Framework", "ORG"),
        C("Sadrist Movement", "ORG"), C("Iraq", "GPE"),
        N("Independent High Electoral Commission", "ORG"),
        N("Council of Representatives of Iraq", "ORG", "Iraqi parliament"),
        N("Baghdad", "GPE"), N("Alsumaria", "MEDIA", "Al Sumaria"), N("Basra", "GPE"),
        N("Najaf", "GPE"), N("Karbala", "GPE"),
    ),
    "ar-w12-aramco-korea-mous": (
        C("Saudi Aramco", "ORG", "Aramco"), C("South Korea", "GPE"),
        C("Hyundai Heavy Industries", "ORG"), C("S-Oil", "ORG"), C("POSCO", "ORG"),
        C("Amin H. Nasser", "PERSON", "Amin Nasser"), N("Dhahran", "GPE"),
        N("Al Eqtisadiah", "MEDIA"), N("Seoul", "GPE"), N("Ras Al-Khair", "GPE"),
        N("Ulsan", "GPE"), N("Ministry of Investment (Saudi Arabia)", "ORG"),
        N("Saudi Arabia", "GPE"), N("Riyadh", "GPE"),
        N("Saudi Exchange", "ORG", "Tadawul", "Saudi Stock Exchange"),
    ),
}


CASES = cases_from((("en", [*EN5, *EN6, *EN8], ENTITIES_EN),
                    ("ar", [*AR5, *AR6], ENTITIES_AR)))
_BY_ID = {c.id: c for c in CASES}


# --- tests -------------------------------------------------------------------------------------

# Stricter than the first held-out set (which allows one miss or one wrong link in ten): every
# core entity found and no wrong link, so that each gap left is named here with its reason
# (strict: a fix must take the mark off).
KNOWN_RECALL_GAPS: dict[str, str] = {
    "ar-v14-russia-sudan-naval-base":
        "'البحرية الروسية' alone is kept ambiguous, like 'الجيش الروسي': unresolved it names Russia, "
        "the state the event extractor needs as actor; linking the navy as well needs both links",
}
KNOWN_PRECISION_GAPS: dict[str, str] = {
    "ar-v17-saudi-league-penalties":
        "'الأسواق الآسيوية والأوروبية' (European markets) is read as the EU: the Arabic adjective "
        "is the EU's demonym (test_kb_data), and joined by 'و' to another adjective the phrase "
        "escapes not_names",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_RECALL_GAPS))
def test_core_entities_found(case: Case) -> None:
    s = score(case)
    assert not s.missed_entities, f"missed core entities: {s.missed_entities}"


@pytest.mark.parametrize("case", params(CASES, KNOWN_PRECISION_GAPS))
def test_no_wrong_links(case: Case) -> None:
    s = score(case)
    assert not s.false_entities, f"wrong links: {s.false_entities}"


def test_heldout2_entity_set_shape() -> None:
    # thirty annotated articles, half per language, every id present in the event modules
    assert len(ENTITIES_EN) == len(ENTITIES_AR) == 15
    assert set(_BY_ID) == set(ENTITIES_EN) | set(ENTITIES_AR)
    for c in CASES:
        assert len(c.text.split()) >= 240, c.id
        names = [e.name for e in c.entities]
        assert len(names) == len(set(names)), c.id
        assert all(e.type in ENTITY_TYPES for e in c.entities), c.id
        assert any(e.core for e in c.entities), c.id


# --- what the set found, as rules a user would notice (sentences written for these tests) -------

def _linked(text: str, lang: str, day: date = date(2025, 5, 1)) -> set[str]:
    return {e.name for e in analyze(text, lang=lang, published=day).entities if e.linked}


US_DEMOCRATS = "Democratic Party (United States)"
ISLAMIC_REPUBLICS = {"Iran", "Pakistan", "Afghanistan", "Mauritania"}


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [
    # a party's name built from "Democrat(ic)" is not the US party
    ("en", "In Berlin the Social Democrats and the Christian Democratic Union agreed to govern "
           "together.", {"Christian Democratic Union of Germany"}, {US_DEMOCRATS}),
    ("en", "The SPD and the CSU blocked the proposal, and the AfD walked out of the chamber.",
     {"Social Democratic Party of Germany", "Christian Social Union in Bavaria",
      "Alternative for Germany"}, {US_DEMOCRATS}),
    ("en", "Social Democrats lost ground in Stockholm and Copenhagen.", set(), {US_DEMOCRATS}),
    ("en", "Japan's Liberal Democratic Party picked a new leader on Saturday.",
     {"Liberal Democratic Party (Japan)"}, {US_DEMOCRATS}),
    ("en", "Democrats in Congress voted against the spending bill.",
     {US_DEMOCRATS}, set()),
    ("ar", "وقع الاتحاد الديمقراطي المسيحي والحزب الاشتراكي الديمقراطي الألماني اتفاق الائتلاف.",
     {"Christian Democratic Union of Germany", "Social Democratic Party of Germany"},
     {US_DEMOCRATS}),
    # a club or a federation whose name holds a country or a capital is not that place
    ("en", "Club America beat Monterrey in the final.", {"Club América"}, {"United States"}),
    ("en", "Fans of Red Star Belgrade were barred from the away game.", {"Red Star Belgrade"},
     {"Belgrade", "Serbia"}),
    ("en", "Serbia's football federation was fined after the match.",
     {"Football Association of Serbia"}, set()),
    ("ar", "غرمت لجنة الانضباط نادي النصر، وأوقفت لاعبا من النصر مباراتين.", {"Al Nassr FC"},
     set()),
    ("ar", "احتفل الجنود بالنصر بعد انتهاء المعركة.", set(), {"Al Nassr FC"}),
    ("ar", "انتقل المدافع من نادي الهلال إلى نادي الاتحاد الموسم الماضي.",
     {"Al Hilal SFC", "Al-Ittihad Club"}, {"European Union"}),
    # a regional body spelt the British way is the body, not the continent
    ("en", "Observers from the Organisation for Security and Co-operation in Europe criticised "
           "the count.", {"Organization for Security and Co-operation in Europe"}, {"Europe"}),
    # "the Islamic Republic": four states are called so; it links only with the state named
    ("en", "The Islamic Republic announced new measures on Monday.", set(), ISLAMIC_REPUBLICS),
    ("ar", "قالت باكستان إن الجمهورية الإسلامية ستجري الانتخابات في موعدها.", {"Pakistan"},
     {"Iran"}),
    # leaders, companies and rights groups the knowledge base lacked
    ("en", "Timorese Prime Minister Xanana Gusmao met Cambodia's Hun Manet and Thailand's Anutin "
           "Charnvirakul.", {"Xanana Gusmão", "Hun Manet", "Anutin Charnvirakul"}, set()),
    ("en", "The Tawazun Council awarded EDGE Group a missile order.",
     {"Tawazun Council", "EDGE Group"}, set()),
    ("en", "Prices were on the edge of collapse.", set(), {"EDGE Group"}),
    ("en", "The Viasna human rights centre said hundreds remain in prison.",
     {"Viasna Human Rights Centre"}, set()),
    # a common name links after a title, also across the portfolio and the nationality
    ("ar", "وقال وزير الخارجية السوداني علي يوسف إن بلاده ترفض أي تدخل.",
     {"Ali Youssef Ahmed al-Sharif", "Sudan"}, set()),
    ("ar", "وقال علي يوسف، وهو تاجر في السوق، إن الأسعار ارتفعت.", set(),
     {"Ali Youssef Ahmed al-Sharif"}),
    # a body's generic name links with its parent organisation named; a bare code does not
    ("en", "The Security Council met after the UN chief warned of famine.",
     {"United Nations Security Council", "United Nations"}, set()),
    ("en", "The UN said the tanker IMO 9312345 was seen off the coast.", {"United Nations"},
     {"International Maritime Organization"}),
    ("en", "Delegates at the General Assembly of Interpol admitted two members, and the UN welcomed "
           "it; the General Assembly also elected a president.", {"Interpol General Assembly"},
     {"United Nations General Assembly"}),
    # a generic body's name inside an office title is that state's body
    ("ar", "قال رئيس حكومة الوحدة الوطنية إن الانتخابات ستجرى في موعدها.",
     {"Government of National Unity (Libya)"}, set()),
])
def test_heldout2_entity_rule(lang: str, text: str, present: set[str], absent: set[str]) -> None:
    found = _linked(text, lang)
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not (absent & found), f"wrong {absent & found}"


def test_islamic_republic_is_iran_when_the_article_names_iran() -> None:
    text = "Iran rejected the offer, and the Islamic Republic's envoy left the talks."
    iran = [e for e in analyze(text, lang="en", published=date(2025, 5, 1)).entities
            if e.name == "Iran"]
    assert [m.text for m in iran[0].mentions] == ["Iran", "Islamic Republic"]


if __name__ == "__main__":
    sys.exit(report(CASES))
