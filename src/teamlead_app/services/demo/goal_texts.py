"""The Dutch texts of the demo's POPs and development goals (development.py,
goals.py): goals with their why, success criterion and small steps, the three-year view
in the employee's own plain words, strengths, support and progress lines.

Placeholders are filled per person (demo_agenda.words_for): {machine}, {senior}, {prep},
{quality}, {lead}, {self} (the person), {junior} (a starter in the team), {specialism} (the
kennisdrager's topic) and {function}. Never anything about health.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Idea:
    """A development goal as a foreman and his man would write it, with its small steps
    (what, who); `who` is a {slot} for a colleague or a named outside party."""

    what: str
    why: str
    category: str
    criterion: str
    support: str
    steps: tuple[tuple[str, str], ...]


GOALS = {
    "cnc": (
        Idea(
            "Zelfstandig de CNC-freesbank omstellen",
            "Nu wacht ik bij elke nieuwe serie op een collega; dat kost tijd.",
            "employability",
            "Stelt drie nieuwe series zelf om; het eerste stuk is in één keer goed.",
            "Oefentijd naast de productie",
            (
                ("Meekijken bij het omstellen van een nieuwe serie", "{senior}"),
                ("Zelf omstellen onder begeleiding", "{senior}"),
                ("Drie series zelfstandig omstellen", "{self}"),
            ),
        ),
        Idea(
            "Kleine wijzigingen zelf doen in de CAM-software",
            "Dan hoeft niet elke aanpassing via werkvoorbereiding.",
            "demanding",
            "Past een programma aan en het eerste stuk is goed.",
            "Basistraining CAM bij de leverancier",
            (
                ("Basistraining CAM volgen", "Leverancier CAM-software"),
                ("Samen een programma wijzigen", "{prep}"),
                ("Zelf een wijziging doorvoeren en laten controleren", "{quality}"),
            ),
        ),
        Idea(
            "Eerste-stuk-controle zelf doen met de 3D-meetmachine",
            "Scheelt wachten op de kwaliteitscontrole in de late dienst.",
            "responsibility",
            "Vijf meetrapporten zonder correcties van de kwaliteitscontrole.",
            "",
            (("Uitleg van de meetmachine", "{quality}"), ("Vijf metingen samen", "{quality}")),
        ),
    ),
    "las": (
        Idea(
            "Lascertificaat TIG behalen",
            "Voor de RVS-orders in de voedingsindustrie hebben we meer TIG-lassers nodig.",
            "certificate",
            "Certificaat ISO 9606-1 voor TIG op zak.",
            "Opleiding en examen, deels via het O&O-fonds",
            (
                ("Oefenen op proefstukken RVS", "{senior}"),
                ("Praktijkexamen aanvragen", "{lead}"),
                ("Examen TIG afleggen", "Examinator lasinstituut"),
            ),
        ),
        Idea(
            "De lasrobot leren programmeren",
            "Als {senior} er niet is, staat de robot stil.",
            "employability",
            "Leert zelf een nieuw product in en de robot draait een hele dienst.",
            "Twee dagen training bij de leverancier",
            (
                ("Training bij de leverancier", "Leverancier lasrobot"),
                ("Samen een product inleren", "{senior}"),
                ("Zelfstandig een serie draaien", "{self}"),
            ),
        ),
        Idea(
            "Lasnaden zelf visueel keuren",
            "Minder afkeur en minder wachten op de kwaliteitscontrole.",
            "responsibility",
            "Keurt een week lang zelf; de steekproef van de kwaliteitscontrole vindt niets.",
            "",
            (("Keuringscriteria doornemen", "{quality}"), ("Een week samen keuren", "{quality}")),
        ),
    ),
    "plaat": (
        Idea(
            "Zelfstandig de kantbank omstellen",
            "Gereedschapswissels kosten nu veel wachttijd.",
            "employability",
            "Stelt de kantbank om voor een nieuwe order zonder hulp.",
            "Oefentijd op rustige middagen",
            (
                ("Omstellen onder begeleiding", "{senior}"),
                ("Zelf omstellen, {senior} controleert", "{senior}"),
                ("Drie orders zelfstandig", "{self}"),
            ),
        ),
        Idea(
            "De lasersnijder leren bedienen",
            "Dan kan ik inspringen als de laseroperator er niet is.",
            "employability",
            "Draait een dienst alleen op de lasersnijder.",
            "",
            (("Meedraaien met de laseroperator", "{senior}"), ("Een week zelf draaien", "{self}")),
        ),
        Idea(
            "Plaatdelen leren nesten",
            "Minder restmateriaal en minder wachten op werkvoorbereiding.",
            "demanding",
            "Nest zelf een order met minder dan tien procent restmateriaal.",
            "",
            (("Uitleg van de nestsoftware", "{prep}"), ("Drie orders samen nesten", "{prep}")),
        ),
    ),
    "montage": (
        Idea(
            "Werkbonnen zelf afhandelen met de klant",
            "Klanten willen bij de oplevering één aanspreekpunt.",
            "independence",
            "Handelt vijf werkbonnen af zonder dat {lead} hoeft te bellen.",
            "",
            (
                ("Meegaan met {senior} bij een oplevering", "{senior}"),
                ("Zelf een werkbon afhandelen met {senior} erbij", "{senior}"),
                ("Vijf werkbonnen zelfstandig", "{self}"),
            ),
        ),
        Idea(
            "Hydraulische schema's leren lezen",
            "Storingen aan de persen kan ik nu niet zelf oplossen.",
            "demanding",
            "Vindt een storing met het schema erbij zonder hulp.",
            "Cursus hydrauliek",
            (
                ("Cursus hydrauliek volgen", "Opleider OOM"),
                ("Samen een storing zoeken", "{senior}"),
            ),
        ),
        Idea(
            "Een machine zelfstandig opbouwen en testen",
            "Op weg naar zelfstandig monteur.",
            "responsibility",
            "Bouwt een complete machine op en test die volgens de checklist.",
            "",
            (("Opbouw volgen met tekening en checklist", "{senior}"), ("Zelf opbouwen", "{self}")),
        ),
    ),
    "kantoor": (
        Idea(
            "De weekplanning van de werkplaats zelf maken",
            "Dan kan ik de planning overnemen als {lead} er niet is.",
            "responsibility",
            "Maakt vier weken de planning; geen order te laat door de planning.",
            "",
            (("Meekijken bij de planning", "{lead}"), ("Zelf plannen, {lead} kijkt mee", "{lead}")),
        ),
        Idea(
            "Klantgesprekken over levertijden zelf voeren",
            "Klanten bellen nu steeds naar {lead}.",
            "soft_skills",
            "Voert een maand lang zelf de gesprekken over levertijden.",
            "Training klantgesprekken",
            (
                ("Meeluisteren bij klantgesprekken", "{lead}"),
                ("Zelf bellen en nabespreken", "{lead}"),
            ),
        ),
        Idea(
            "Nee leren zeggen tegen spoedorders",
            "Nu schuift alles op als er een spoedorder komt.",
            "soft_skills",
            "Spoedorders gaan alleen nog via de planning.",
            "",
            (("Afspraken over spoedorders maken met verkoop", "{lead}"),),
        ),
    ),
}
# For everyone, and for goals raised in a monthly talk outside a POP.
COMMON_GOALS = (
    Idea(
        "Heftruckcertificaat halen",
        "Dan hoef ik niet te wachten tot de expeditie tijd heeft.",
        "certificate",
        "Certificaat heftruck behaald.",
        "Cursus van een dag",
        (("Cursus heftruck inplannen", "{lead}"), ("Cursus en examen", "Opleider heftruck")),
    ),
    Idea(
        "De overdracht aan de volgende dienst beter doen",
        "Er gaat nu informatie verloren tussen de diensten.",
        "soft_skills",
        "Een maand lang elke dienst een ingevulde overdrachtslijst.",
        "",
        (("Overdrachtslijst maken", "{self}"), ("De lijst een maand gebruiken", "{self}")),
    ),
    Idea(
        "Een nieuwe collega inwerken",
        "Ik ken het werk en wil het graag doorgeven.",
        "guiding",
        "De nieuwe collega doet na zes weken de basistaken zelf.",
        "Buddytraining van een dag",
        (("Buddytraining volgen", "Opleider OOM"), ("Zes weken samen werken", "{junior}")),
    ),
)
GUIDING = Idea(
    "Kennis van {specialism} overdragen aan {junior}",
    "Nu weet alleen ik hoe het zit; als ik er niet ben, staat het stil.",
    "guiding",
    "{junior} doet de gewone klussen in {specialism} zelf.",
    "Elke vrijdagmiddag een uur",
    (
        ("Wekelijks een uur samen aan de slag", "{junior}"),
        ("Werkinstructie schrijven", "{self}"),
        ("{junior} doet het, ik kijk mee", "{junior}"),
    ),
)
WORK_PREP = Idea(
    "Uitproberen of werkvoorbereiding iets voor mij is",
    "Ik wil meer met tekeningen en planning doen en minder tillen.",
    "cross_department",
    "Na het meelopen en een eigen werkpakket weet ik of ik verder wil.",
    "Twee dagen vrij van de montage",
    (
        ("Loopt 2 dagen mee met werkvoorbereiding", "{prep}"),
        ("Zelf een werkpakket voorbereiden", "{prep}"),
        ("Terugblik: is dit iets voor mij?", "{lead}"),
    ),
)
DIPLOMA = Idea(
    "Diploma niveau 2 halen ({function})",
    "Hoort bij mijn BBL-opleiding.",
    "certificate",
    "Proeve van bekwaamheid gehaald.",
    "Praktijkopleider en schooldagen",
    (("Werkprocessen aftekenen", "{senior}"), ("Proeve van bekwaamheid", "School")),
)
AMBITIONS = {
    "cnc": "Over drie jaar wil ik zelf de programma's maken, niet alleen de machine bedienen.",
    "las": "Ik wil alles kunnen lassen wat hier binnenkomt, ook RVS en aluminium.",
    "plaat": "Ik wil op alle machines in de plaatbewerking kunnen draaien.",
    "montage": "Eerste monteur worden en een eigen klus trekken.",
    "kantoor": "Meer de planning in, en later misschien teamleider.",
    "starter": "Eerst het vak goed leren; over drie jaar een volwaardige vakman zijn hier.",
    "senior": "Gewoon mijn werk goed blijven doen en de jongeren wat leren.",
}
PERSPECTIVES = {
    "cnc": "Kan doorgroeien naar CAM-programmeur; daar is over twee jaar iemand extra voor nodig.",
    "las": "Met TIG erbij breder inzetbaar op de RVS-orders.",
    "plaat": "Kan op termijn de plaatbewerking draaien als de vaste operator er niet is.",
    "montage": "Groeit richting zelfstandig monteur; daarna eerste monteur.",
    "kantoor": "Kan meer van de planning overnemen.",
    "starter": "Eerst de basis; na het eerste jaar kijken we samen naar de volgende stap.",
    "senior": "Belangrijk voor de ploeg; de kennis moet naar de jongeren.",
}
STRENGTHS = (
    "Nauwkeurig",
    "Rustig bij storingen",
    "Helpt collega's zonder dat je het vraagt",
    "Denkt mee over verbeteringen",
    "Betrouwbaar",
    "Snel van begrip",
)
POINTS = (
    "Tekeningen van grote samenstellingen lezen",
    "Nee zeggen als het te druk wordt",
    "De overdracht aan de volgende dienst",
    "Vragen stellen als iets niet duidelijk is",
    "Zelf de planning in de gaten houden",
)
ENERGY = (
    "Als een lastige klus in één keer goed gaat",
    "Van iets nieuws leren op de machine",
    "Van een goede ploeg",
)
SUPPORT = (
    ("training", "Opleiding via het O&O-fonds"),
    ("time", "Twee uur per week oefentijd naast de productie"),
    ("budget", "€ 1.200 voor opleiding en examen"),
    ("coaching", "Maandelijks even bijpraten met {senior}"),
    ("meelopen", "Twee dagen meelopen met {prep}"),
    ("rotation", "Drie weken op de {machine}"),
    ("buddy", "{senior} als vast aanspreekpunt"),
)
PROGRESS = (
    "Eerste keer gedaan; ging goed.",
    "Door de drukte weinig aan toegekomen.",
    "Gaat steeds beter, nog niet elke keer zonder hulp.",
    "Samen met {senior} besproken hoe het gaat.",
    "Volgende stap gepland.",
    "Bijna zover; nog één keer samen doen.",
)
POP_RESPONSES = ("Ik ben blij met de afspraken.", "Ik wil de cursus graag in het najaar doen.")
