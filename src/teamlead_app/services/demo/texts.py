"""The Dutch texts of the demo's conversation history (history.py): answers, summaries,
working notes, responses, agreements and their follow-ups; goal_texts.py has the POP and
goal texts.

Plain shop-floor Dutch as a foreman and his people would write it. Never anything about
health (tests/services/test_demo_history.py checks every text with the app's own health-word
warning). Placeholders are filled per person: {machine} (the machine of his kind of work),
{senior} (a senior colleague, the kennisdrager first) and {prep} (a werkvoorbereider); see
demo_agenda.words_for.
"""

from __future__ import annotations

from datetime import date

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
GROUPS = {
    "CNC-operator": "cnc",
    "Verspaner": "cnc",
    "Lasser": "las",
    "Kantbankoperator": "plaat",
    "Laseroperator": "plaat",
    "Werkvoorbereider": "kantoor",
    "Kwaliteitscontroleur": "kantoor",
}
MACHINES = {
    "cnc": "CNC-freesbank",
    "las": "lasrobot",
    "plaat": "kantbank",
    "montage": "hydraulische pers",
    "kantoor": "3D-meetmachine",
}

# Answers by question of the shipped maandgesprek and inwerk templates; {machine}, {senior}
# and {prep} are filled per person. Plain shop-floor Dutch, never about health.
ANSWERS: dict[str, tuple[str, ...]] = {
    "Hoe gaat het met je?": (
        "Goed, druk met de nieuwe order voor de voedingsindustrie",
        "Prima, lekker aan het werk",
        "Gaat wel, veel overwerk de laatste weken",
        "Goed. De nieuwe serie loopt lekker",
        "Druk, maar het gaat",
        "Goed, blij dat de {machine} weer draait",
    ),
    "Waar loop je tegenaan?": (
        "De {machine} staat vaak stil door gereedschap",
        "Tekeningen komen soms te laat van werkvoorbereiding",
        "Materiaal ligt niet op tijd klaar",
        "Veel spoedorders tussendoor, dan blijft het gewone werk liggen",
        "Niet zoveel eigenlijk",
        "Meetmiddelen zijn vaak zoek",
        "De overdracht van de vroege dienst is rommelig",
    ),
    "Kan ik nog wat voor je doen?": (
        "Zorgen dat het gereedschap op orde is",
        "Nee, het is goed zo",
        "Eerder laten weten welke orders eraan komen",
        "Duidelijkheid over de planning van volgende week",
        "Een tweede meetklok bij de {machine}",
    ),
    "Wat gaat er goed? Wat gaat er minder?": (
        "Samenwerking in de ploeg gaat goed; de overdracht minder",
        "Goed: minder afkeur. Minder: veel kleine series",
        "Het omstellen gaat sneller; de planning blijft onrustig",
        "Goed contact met {senior}; soms te weinig tijd om iets uit te zoeken",
    ),
    "Wat heb je deze maand geleerd?": (
        "Het omstellen van de {machine} voor een nieuw product",
        "Werken met de nieuwe meetklok",
        "Een tekening van een grote samenstelling lezen",
        "Van {senior} een handigere volgorde bij het opspannen",
        "Hoe een werkbon met de klant wordt afgehandeld",
    ),
    "Hoe staat het met de afspraken en doelen van vorige keer?": (
        "Afspraken van vorige keer zijn gedaan",
        "Loopt nog, zie de afspraken",
        "Meelopen is gepland",
        "Bijna klaar, nog één ding",
    ),
    "Wat is je volgende stap? (zelfstandiger, klantcontact, nieuwe machine, collega inwerken)": (
        "Zelfstandig omstellen",
        "Meer klantcontact",
        "De {machine} leren",
        "Een nieuwe collega inwerken",
        "Eerst dit goed onder de knie krijgen",
    ),
    "Wat heb je daarvoor nodig?": (
        "Tijd om te oefenen naast de productie",
        "Iemand die de eerste weken meekijkt, liefst {senior}",
        "Een cursus via het O&O-fonds",
        "Wat meer ruimte in de planning",
    ),
    "Wat is anders dan je verwachtte?": (
        "Meer meten en controleren dan ik dacht",
        "Het tempo ligt hoger",
        "Ik mag sneller zelf aan de slag dan ik dacht",
    ),
    "Wat heb je deze week geleerd?": (
        "De basis van tekening lezen",
        "Veilig werken aan de {machine}",
        "Waar alles ligt in de werkplaats",
    ),
    "Wat is nog onduidelijk?": (
        "Hoe de urenregistratie werkt",
        "Wie ik bel bij een storing",
        "Niets op dit moment",
    ),
    "Weet je bij wie je terecht kunt?": ("Ja, bij {senior}", "Ja, bij {senior} en bij jou"),
    "Hoe gaat het met je buddy?": (
        "Goed, {senior} legt rustig uit",
        "Prima, we werken de hele week samen",
    ),
}
SUMMARIES = (
    "Gaat goed; druk met de nieuwe serie.",
    "Wil meer variatie in het werk; kijken naar een tweede machine.",
    "Loopt tegen de planning aan; samen bekeken wat er beter kan.",
    "Tevreden over het werk en de samenwerking in de ploeg.",
    "Wachttijd bij de {machine} besproken; werkvoorbereiding zoekt een oplossing.",
    "Leert snel; volgende stap is zelfstandig omstellen.",
    "Drukke periode; het overwerk stopt na deze week.",
    "Vraagt om duidelijkheid over de planning van de komende weken.",
)
INWERK_SUMMARIES = (
    "Eerste weken gaan goed; {senior} begeleidt.",
    "Went snel; veiligheid en werkplek doorgenomen.",
    "Verwachtingen besproken; het vak valt mee, het tempo is wennen.",
)
NOTES = (
    "Wil graag meer variatie; terugkomen bij de planning van het derde kwartaal.",
    "Overweegt een opleiding; budget navragen bij HR.",
    "Was wat stil; volgende keer beginnen over het werk aan de {machine}.",
    "Wrijving met de late dienst over de overdracht; in het werkoverleg bespreken.",
    "Zou een goede buddy zijn voor een nieuwe collega.",
    "Verlofwens in de bouwvak doorgeven aan de planning.",
)
RESPONSES = (
    "Eens met het verslag.",
    "Ik wil er nog bij zeggen dat de planning echt beter moet.",
    "Graag de cursus vóór de zomer.",
    "Akkoord, en bedankt voor het meedenken.",
)
AGREEMENTS = (
    ("medewerker", "Leert de {machine} omstellen onder begeleiding van {senior}"),
    ("medewerker", "Tekening lezen oefenen met {prep}"),
    ("medewerker", "Loopt een ochtend mee met de kwaliteitscontrole"),
    ("medewerker", "Schrijft een maand lang de omsteltijden van de {machine} bij"),
    ("medewerker", "Werkt de werkinstructie voor de {machine} bij"),
    ("medewerker", "Doet mee aan de toolbox over heffen en tillen"),
    ("medewerker", "Vult de urenregistratie dagelijks in"),
    ("leidinggevende", "Veiligheidsschoenen bestellen"),
    ("leidinggevende", "VCA-herhaling aanvragen vóór {due}"),
    ("leidinggevende", "Nieuwe meetklok bestellen voor de {machine}"),
    ("leidinggevende", "Navragen bij planning of de order voor de voedingsindustrie verschuift"),
    ("leidinggevende", "Offerte opvragen bij het O&O-fonds voor de opleiding"),
    ("beiden", "Samen de taakverdeling in de ploeg doornemen"),
    ("beiden", "Na twee weken evalueren hoe het omstellen gaat"),
    ("beiden", "Samen een opleidingsplan voor het komende halfjaar maken"),
)
DONE_NOTES = ("Gedaan.", "Is geregeld.", "", "Afgerond; {senior} heeft meegekeken.")
OPEN_NOTES = (
    "Nog niet aan toegekomen door de drukte.",
    "Loopt nog; volgende maand terugkomen.",
    "Wacht op inkoop.",
)
DROP_NOTES = ("Niet meer nodig.", "Vervalt: andere oplossing gevonden.")
MOVE_WEIGHTS = (("operationele_drukte", 70), ("afwezig", 15), ("verlof", 15))
CANCELS = (
    ("operationele_drukte", ""),
    ("operationele_drukte", ""),
    ("afwezig", ""),
    ("afwezig", ""),
    ("anders", "Storing bij een klant; gesprek vervalt deze maand"),
)


def group_of(function: str) -> str:
    """The kind of work behind a function: cnc, las, plaat, montage or kantoor."""
    return GROUPS.get(function, "montage")


def dutch_day(day: date) -> str:
    """ "1 maart": a date inside a sentence."""
    return f"{day.day} {MONTHS_NL[day.month - 1]}"
