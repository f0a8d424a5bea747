"""The data behind the demo company (domain.md §7): Dutch first names by generation, surnames
with the tussenvoegsel kept apart, towns, kinds of team and the slot template of a foreman's
team of 22, with the two small draws on it (a name, a team's slots). company.py plans with these."""

from __future__ import annotations

import random
from typing import NamedTuple

COMPANY_NAMES = (
    "Metaalbewerking Van den Berg B.V.",
    "Machinefabriek De Vries B.V.",
    "Ter Horst Metaal & Montage B.V.",
    "Constructiebedrijf Visser & Zn. B.V.",
)

# The seed portraits and the colleagues with Polish or Turkish roots [002]; they test é, Ł, ś, ı.
# First names only for Léon and Jean-Paul: they get a drawn Dutch surname.
PORTRAIT_FIRST_NAMES = ("Léon", "Jean-Paul")
ROOTS_NAMES = (("Łukasz", "Wiśniewski"), ("Mehmet", "Yılmaz"))

# (first name, surname) of colleagues with roots elsewhere, drawn now and then in large teams.
INTERNATIONAL = (
    ("Piotr", "Nowak"),
    ("Tomasz", "Kowalczyk"),
    ("Marek", "Zieliński"),
    ("Emre", "Demir"),
    ("Hakan", "Kaya"),
    ("Burak", "Şahin"),
    ("Kemal", "Öztürk"),
    ("Ahmet", "Çelik"),
)

# Men's names by generation, so a BBL apprentice is a Daan and a senior a Gerrit.
MEN = {
    "starter": ("Daan", "Luuk", "Thijs", "Sem", "Jesse", "Milan", "Lars", "Bram", "Tim", "Ruben"),
    "medior": (
        "Mark",
        "Dennis",
        "Bas",
        "Niels",
        "Erik",
        "Sander",
        "Jeroen",
        "Rick",
        "Stefan",
        "Martijn",
        "Wouter",
        "Joost",
        "Koen",
        "Jasper",
    ),
    "senior": ("Jan", "Kees", "Henk", "Gerrit", "Wim", "Hans", "Ruud", "Peter", "Frank", "Rob"),
}
WOMEN = {
    "starter": ("Lisa", "Anouk", "Sanne", "Femke", "Iris"),
    "medior": ("Sanne", "Marieke", "Anouk", "Ilse", "Linda"),
    "senior": ("Marieke", "Esther", "Linda", "Monique"),
}

# (tussenvoegsel, achternaam): stored apart, sorted on the surname without the tussenvoegsel.
SURNAMES = (
    ("de", "Jong"),
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Dekker"),
    ("de", "Wit"),
    ("van der", "Meer"),
    ("", "Kok"),
    ("de", "Haan"),
    ("ter", "Horst"),
    ("", "Hoekstra"),
    ("van de", "Ven"),
    ("van", "Leeuwen"),
    ("", "Bos"),
    ("", "Brouwer"),
    ("de", "Graaf"),
    ("van der", "Linden"),
    ("", "Willems"),
    ("", "Postma"),
    ("'t", "Hart"),
    ("van den", "Broek"),
    ("", "Schouten"),
    ("", "Kramer"),
    ("", "Huisman"),
    ("van", "Vliet"),
    ("", "Hendriks"),
)

TOWNS = (
    "Apeldoorn",
    "Deventer",
    "Zwolle",
    "Enschede",
    "Hengelo",
    "Almelo",
    "Helmond",
    "Eindhoven",
    "Tilburg",
    "Veenendaal",
    "Ede",
    "Amersfoort",
    "Drachten",
    "Heerenveen",
    "Emmen",
    "Assen",
    "Doetinchem",
    "Oss",
    "Venlo",
    "Roosendaal",
    "Goes",
    "Alkmaar",
    "Hardenberg",
    "Meppel",
    "Kampen",
    "Harderwijk",
    "Tiel",
    "Nijverdal",
)


class TeamKind(NamedTuple):
    """A kind of team: its base name, the functions behind the roles main/second/third/fourth
    of the slot template, and the topic of its kennisdrager ("petje")."""

    name: str
    main: str
    second: str
    third: str
    fourth: str
    specialism: str


TEAM_KINDS = (
    TeamKind(
        "Productie Verspaning",
        "CNC-operator",
        "Lasser",
        "Kantbankoperator",
        "Laseroperator",
        "CAM-programmeren",
    ),
    TeamKind("Assemblage", "Monteur", "Basismonteur", "Lasser", "Kantbankoperator", "hydrauliek"),
    TeamKind(
        "Service & Installatie",
        "Servicetechnicus",
        "Monteur",
        "Basismonteur",
        "Monteur",
        "warmtepomp",
    ),
    TeamKind(
        "Lasafdeling", "Lasser", "Verspaner", "Kantbankoperator", "Laseroperator", "TIG-lassen"
    ),
    TeamKind(
        "Plaatbewerking", "Kantbankoperator", "Laseroperator", "Lasser", "CNC-operator", "zetten"
    ),
    TeamKind("Machinebouw", "Monteur", "CNC-operator", "Lasser", "Verspaner", "pneumatiek"),
    TeamKind("Staalconstructie", "Lasser", "Monteur", "Kantbankoperator", "Laseroperator", "RVS"),
    TeamKind("Onderhoud", "Servicetechnicus", "Monteur", "Basismonteur", "Monteur", "PLC"),
    TeamKind("Eindmontage", "Monteur", "Basismonteur", "Kwaliteitscontroleur", "Lasser", "meten"),
    TeamKind("Frezerij", "CNC-operator", "Verspaner", "Kwaliteitscontroleur", "Lasser", "5-assig"),
    TeamKind(
        "Service Buitendienst", "Servicetechnicus", "Monteur", "Basismonteur", "Monteur", "laadpaal"
    ),
)

# Roles that are the same function in every kind of team.
FIXED_ROLES = {
    "montage": "Monteur",
    "basis": "Basismonteur",
    "prep": "Werkvoorbereider",
    "quality": "Kwaliteitscontroleur",
}


class Slot(NamedTuple):
    """One place in a team: a role (a function via TeamKind/FIXED_ROLES), a kind of employee,
    an optional story tag and a fixed stage ("" = drawn to fit the 20/50/30 mix)."""

    role: str
    kind: str = "medewerker"
    tag: str = ""
    stage: str = ""


# The team of 22 of §7 in order of priority: a smaller team keeps the first N places, so even a
# team of five has its kennisdrager, a welder, a monteur, a press-brake operator and an apprentice.
# Tags are the codes in company.py (TAG_*).
TEAM_OF_22 = (
    Slot("main", tag="kennisdrager", stage="senior"),
    Slot("second"),
    Slot("montage"),
    Slot("third"),
    Slot("main", kind="bbl"),
    Slot("prep"),
    Slot("main"),
    Slot("montage", tag="wil_werkvoorbereiding"),
    Slot("second"),
    Slot("quality"),
    Slot("basis"),
    Slot("main", kind="junior"),
    Slot("third"),
    Slot("third", kind="zij_instromer"),
    Slot("montage", kind="bbl"),
    Slot("prep", kind="stagiair"),
    Slot("main"),
    Slot("second"),
    Slot("fourth", tag="uitzendkracht"),
    Slot("montage"),
    Slot("main"),
    Slot("fourth"),
)

# Places beyond 22, repeated as needed: mostly skilled staff, now and then a newcomer.
EXTRA_SLOTS = (
    Slot("main"),
    Slot("second"),
    Slot("montage"),
    Slot("third"),
    Slot("main"),
    Slot("montage"),
    Slot("fourth"),
    Slot("main", kind="junior"),
    Slot("second"),
    Slot("prep"),
    Slot("main", kind="bbl"),
    Slot("quality"),
)


def team_slots(size: int) -> list[Slot]:
    """The first `size` places of the team of 22, then the extra places over and over."""
    slots = list(TEAM_OF_22[:size])
    extra = max(0, size - len(TEAM_OF_22))
    return slots + [EXTRA_SLOTS[i % len(EXTRA_SLOTS)] for i in range(extra)]


class NameDrawer:
    """Draws (first name, tussenvoegsel, surname) for a stage; avoids the same full name twice
    while the pool allows it (large companies do have two Jan de Jongs)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[tuple[str, str, str]] = set()

    def draw(self, stage: str, *, female: bool = False, first: str = "") -> tuple[str, str, str]:
        name = ("", "", "")
        for _ in range(8):
            if not first and not female and self.rng.random() < 0.05:
                given, last = self.rng.choice(INTERNATIONAL)
                name = (given, "", last)
            else:
                pool = WOMEN[stage] if female else MEN[stage]
                tussenvoegsel, last = self.rng.choice(SURNAMES)
                name = (first or self.rng.choice(pool), tussenvoegsel, last)
            if name not in self.used:
                break
        self.used.add(name)
        return name
