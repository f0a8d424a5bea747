"""The shipped conversation templates, in Dutch and English, one per conversation kind.

The monthly template follows domain.md §4.1 with the four preconditions of §3.1 (needs and
goals, link to the current work, monitoring progress, result agreements) as its sections; the
development template §4.2 and §3.2; the onboarding template §4.3. The performance review is
the usual Dutch functioneringsgesprek: two-way, about how the job goes, never about pay.
Questions marked (V) in domain.md are kept word for word.

"Afspraken: wat, wie, wanneer?" (§4.1 item 8) is not a question with an answer box: the
conversation screen has the agreements editor for it (what, who, when, status), and a second
box invited typing the agreements twice. Version 1 of the shipped templates still had it;
`RETIRED_QUESTIONS` (teamlead_app/records/conversations.py) says where, so an untouched
version 1 in an existing database can be replaced by a new version (templates.py), and
`is_agreements_question` there lets the screens and the printout skip the box wherever an
older or hand-made template still asks it (an answer typed there earlier is still shown: it is
never lost)."""

from __future__ import annotations

from dataclasses import dataclass

# (section, (question, ...)) in the order they are asked.
Sections = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class DefaultTemplate:
    name: str
    minutes: int
    sections: Sections


DEFAULT_MINUTES = {
    "maandgesprek": 30,
    "functionering": 60,
    "ontwikkel": 60,
    "inwerk": 20,
    "informeel": 15,
}

_NL: dict[str, tuple[str, Sections]] = {
    "maandgesprek": (
        "Maandgesprek",
        (
            (
                "Behoeften en doelen",
                (
                    "Hoe gaat het met je?",
                    "Waar loop je tegenaan?",
                    "Kan ik nog wat voor je doen?",
                ),
            ),
            (
                "Koppeling met het huidige werk",
                (
                    "Wat gaat er goed? Wat gaat er minder?",
                    "Wat heb je deze maand geleerd?",
                ),
            ),
            (
                "Voortgang",
                ("Hoe staat het met de afspraken en doelen van vorige keer?",),
            ),
            (
                "Resultaatafspraken",
                (
                    "Wat is je volgende stap? (zelfstandiger, klantcontact, nieuwe machine, "
                    "collega inwerken)",
                    "Wat heb je daarvoor nodig?",
                ),
            ),
        ),
    ),
    "ontwikkel": (
        "Ontwikkelgesprek (POP)",
        (
            (
                "Terugblik",
                (
                    "Hoe kijk je terug op het afgelopen jaar?",
                    "Welke doelen heb je gehaald, en welke nog niet?",
                ),
            ),
            (
                "In eigen woorden",
                (
                    "Waar krijg jij energie van?",
                    "Zit dat voldoende in je werk?",
                    "Wat wil je nog meer?",
                ),
            ),
            ("Kunnen en willen", ("Wat kun je goed? Wat wil je nog leren?",)),
            (
                "Ontwikkelpad",
                (
                    "Waar sta je over drie jaar?",
                    "Welke stappen zet je het komende jaar om daar te komen?",
                ),
            ),
            (
                "Ondersteuning",
                (
                    "Welke hulp en ondersteuning heb je hierbij nodig?",
                    "Bij welke collega wil je eens meelopen?",
                ),
            ),
            (
                "Kant van de leidinggevende",
                (
                    "Waar gaan we als bedrijf heen?",
                    "Waar staat de werknemer?",
                ),
            ),
            ("Afspraken", ("Ontwikkeldoelen en afspraken voor dit jaar: wat, wie, wanneer?",)),
        ),
    ),
    "inwerk": (
        "Inwerkgesprek",
        (
            (
                "Eerste indruk",
                ("Hoe gaat het met je?", "Wat is anders dan je verwachtte?"),
            ),
            (
                "Leren",
                ("Wat heb je deze week geleerd?", "Wat is nog onduidelijk?"),
            ),
            (
                "Begeleiding",
                ("Weet je bij wie je terecht kunt?", "Hoe gaat het met je buddy?"),
            ),
        ),
    ),
    "functionering": (
        "Functioneringsgesprek",
        (
            (
                "Het werk",
                (
                    "Hoe gaat het werk op dit moment?",
                    "Waar ben je tevreden over, en waarover minder?",
                    "Wat vind je van de inhoud en de hoeveelheid werk?",
                ),
            ),
            (
                "Samenwerking",
                (
                    "Hoe gaat de samenwerking met je collega's?",
                    "Hoe gaat de samenwerking met mij als leidinggevende?",
                ),
            ),
            (
                "Werkomstandigheden",
                (
                    "Hoe ervaar je je werkplek, de machines en het gereedschap?",
                    "Voel je je veilig bij je werk?",
                    "Hoe ervaar je de werkdruk?",
                ),
            ),
            (
                "Wat kan de leidinggevende doen",
                (
                    "Wat kan ik als leidinggevende anders of beter doen?",
                    "Wat heb je nodig om je werk goed te kunnen doen?",
                ),
            ),
        ),
    ),
    "informeel": (
        "Informeel gesprek",
        (
            (
                "Gesprek",
                ("Waar wil je het over hebben?", "Wat spreken we af?"),
            ),
        ),
    ),
}

_EN: dict[str, tuple[str, Sections]] = {
    "maandgesprek": (
        "Monthly one-on-one",
        (
            (
                "Needs and goals",
                (
                    "How are you doing?",
                    "What are you running into?",
                    "Anything I can do for you?",
                ),
            ),
            (
                "Link to the current work",
                (
                    "What goes well? What less so?",
                    "What did you learn this month?",
                ),
            ),
            (
                "Monitoring progress",
                ("How are the agreements and goals from last time going?",),
            ),
            (
                "Result agreements",
                (
                    "What is your next step? (more independent, customer contact, new machine, "
                    "training a colleague)",
                    "What do you need for it?",
                ),
            ),
        ),
    ),
    "ontwikkel": (
        "Development conversation (POP)",
        (
            (
                "Looking back",
                (
                    "How do you look back on the past year?",
                    "Which goals did you reach, and which not yet?",
                ),
            ),
            (
                "In your own words",
                (
                    "What gives you energy?",
                    "Is there enough of it in your work?",
                    "What else do you want?",
                ),
            ),
            (
                "Able and willing",
                ("What are you good at? What do you want to learn?",),
            ),
            (
                "Development path",
                (
                    "Where will you be in three years?",
                    "Which steps will you take this year to get there?",
                ),
            ),
            (
                "Support",
                (
                    "What help and support do you need for this?",
                    "Which colleague would you like to shadow?",
                ),
            ),
            (
                "The lead's side",
                (
                    "Where are we heading as a company?",
                    "Where does the employee stand?",
                ),
            ),
            ("Agreements", ("Development goals and agreements for this year: what, who, when?",)),
        ),
    ),
    "inwerk": (
        "Onboarding check-in",
        (
            (
                "First impressions",
                ("How are you doing?", "What differs from what you expected?"),
            ),
            (
                "Learning",
                ("What did you learn this week?", "What is still unclear?"),
            ),
            (
                "Guidance",
                ("Do you know who to go to?", "How is it going with your buddy?"),
            ),
        ),
    ),
    "functionering": (
        "Performance review",
        (
            (
                "The work",
                (
                    "How is the work going at the moment?",
                    "What are you satisfied with, and what less so?",
                    "What do you think of the content and the amount of work?",
                ),
            ),
            (
                "Working together",
                (
                    "How is working with your colleagues going?",
                    "How is working with me as your lead going?",
                ),
            ),
            (
                "Working conditions",
                (
                    "How do you find your workplace, the machines and the tools?",
                    "Do you feel safe in your work?",
                    "How do you experience the workload?",
                ),
            ),
            (
                "What the lead can do",
                (
                    "What could I as your lead do differently or better?",
                    "What do you need to do your work well?",
                ),
            ),
        ),
    ),
    "informeel": (
        "Informal talk",
        (
            (
                "Conversation",
                ("What would you like to talk about?", "What do we agree?"),
            ),
        ),
    ),
}


def default_template(kind: str, language: str) -> DefaultTemplate:
    """The shipped template of `kind` in `language` ("nl" or "en"; anything else gets Dutch)."""
    name, sections = (_EN if language == "en" else _NL)[kind]
    return DefaultTemplate(name=name, minutes=DEFAULT_MINUTES[kind], sections=sections)
