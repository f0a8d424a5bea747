"""Dutch and English labels for the stored codes (kinds, statuses, categories), used by the UI,
the reports and the CLI alike so that a code is always called the same."""

from __future__ import annotations

from teamlead_app.i18n import language

_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "employee_kind": {
        "medewerker": ("Medewerker", "Employee"),
        "junior": ("Junior", "Junior"),
        "stagiair": ("Stagiair", "Intern"),
        "bbl": ("BBL-leerling", "Apprentice (BBL)"),
        "zij_instromer": ("Zij-instromer", "Side-entrant"),
    },
    "stage": {
        "starter": ("Starter", "Starter"),
        "medior": ("Medior", "Medior"),
        "senior": ("Senior", "Senior"),
    },
    "cadence": {
        "monthly": ("Maandelijks", "Monthly"),
        "weeks": ("Om de zoveel weken", "Every few weeks"),
        "paused": ("Gepauzeerd", "Paused"),
    },
    "conversation_kind": {
        "maandgesprek": ("Maandgesprek", "Monthly one-on-one"),
        "functionering": ("Functioneringsgesprek", "Performance review"),
        "ontwikkel": ("Ontwikkelgesprek (POP)", "Development conversation (POP)"),
        "inwerk": ("Inwerkgesprek", "Onboarding check-in"),
        "informeel": ("Informeel gesprek", "Informal talk"),
    },
    "conversation_status": {
        "planned": ("Gepland", "Planned"),
        "held": ("Gevoerd", "Held"),
        "cancelled": ("Geannuleerd", "Cancelled"),
    },
    # What the lead sees (services/conversations/status.py derives it).
    "conversation_state": {
        "planned": ("Gepland", "Planned"),
        "moved": ("Verplaatst", "Moved"),
        "held": ("Gevoerd", "Held"),
        "signed": ("Afgerond (ondertekend)", "Completed (signed)"),
        "missed": ("Gemist", "Missed"),
        "cancelled": ("Geannuleerd", "Cancelled"),
    },
    "signoff": {
        "gezien": ("Gezien", "Seen"),
        "akkoord": ("Akkoord", "Agreed"),
    },
    "signoff_method": {
        "paper": ("Op papier", "On paper"),
        "screen": ("Op het scherm", "On screen"),
    },
    "agreement_owner": {
        "medewerker": ("Medewerker", "Employee"),
        "leidinggevende": ("Leidinggevende", "Lead"),
        "beiden": ("Beiden", "Both"),
    },
    "agreement_status": {
        "open": ("Open", "Open"),
        "done": ("Gedaan", "Done"),
        "dropped": ("Vervallen", "Dropped"),
    },
    # Why a conversation was cancelled. Never "ziek": the nature of an illness is not recorded.
    "cancel_reason": {
        "afwezig": ("Afwezig", "Absent"),
        "operationele_drukte": ("Operationele drukte", "Operational pressure"),
        "uit_dienst": ("Uit dienst", "Left the company"),
        "anders": ("Anders", "Other"),
    },
    # Why a conversation was moved (optional).
    "move_reason": {
        "operationele_drukte": ("Operationele drukte", "Operational pressure"),
        "afwezig": ("Afwezig", "Absent"),
        "verlof": ("Verlof", "Leave"),
        "anders": ("Anders", "Other"),
    },
    # What became of an earlier agreement in a later conversation.
    "followup_status": {
        "open": ("Nog open", "Still open"),
        "done": ("Gedaan", "Done"),
        "dropped": ("Vervallen", "Dropped"),
    },
    "pop_status": {
        "none": ("Geen POP", "No POP"),
        "draft": ("Concept", "Draft"),
        "agreed": ("Afgesproken", "Agreed"),
        "evaluated": ("Geëvalueerd", "Evaluated"),
    },
    "goal_category": {
        "demanding": ("Meer veeleisende opdrachten", "More demanding assignments"),
        "cross_department": ("Afdelingsoverstijgende projecten", "Cross-department projects"),
        "independence": (
            "Meer zelfstandigheid of klantcontact",
            "More independence or customer contact",
        ),
        "responsibility": (
            "Meer verantwoordelijkheid in een (deel)proces",
            "More responsibility in a (sub)process",
        ),
        "employability": ("Bredere inzetbaarheid", "Broader employability"),
        "guiding": ("Collega's begeleiden of aansturen", "Guiding or directing colleagues"),
        "soft_skills": ("Soft skills", "Soft skills"),
        "certificate": ("Certificaat of opleiding", "Certificate or course"),
    },
    "goal_status": {
        "open": ("Open", "Open"),
        "in_progress": ("Bezig", "In progress"),
        "achieved": ("Bereikt", "Achieved"),
        "stopped": ("Gestopt", "Stopped"),
        "postponed": ("Uitgesteld", "Postponed"),
    },
    "support_kind": {
        "training": ("Opleiding", "Training"),
        "time": ("Tijd", "Time"),
        "budget": ("Budget", "Budget"),
        "coaching": ("Coaching", "Coaching"),
        "meelopen": ("Meelopen", "Shadowing"),
        "rotation": ("Roulatie", "Rotation"),
        "buddy": ("Buddy", "Buddy"),
        "other": ("Anders", "Other"),
    },
}


_LABELS["export_action"] = {
    "roster": ("Teamoverzicht", "Team roster"),
    "summary": ("Gespreksverslag", "Conversation summary"),
    "prep": ("Voorbereidingsblad", "Preparation sheet"),
    "calendar": ("Agenda (.ics)", "Calendar (.ics)"),
    "pop": ("POP-formulier", "POP form"),
    "pop_prep": ("Voorbereiding POP-gesprek", "POP conversation preparation"),
    "overview": ("Jaaroverzicht POP", "Yearly POP overview"),
    "person": ("Inzage-export", "Access export"),
    "delete": ("Verwijderd (bewaartermijn)", "Deleted (retention)"),
    "purge": ("Oude back-ups opgeruimd", "Old backups pruned"),
    "restore": ("Back-up teruggezet", "Backup restored"),
}


# Skills matrix and certificates.
_LABELS["skill_group"] = {
    "machine": ("Machines", "Machines"),
    "process": ("Processen en stations", "Processes and stations"),
    "topic": ("Technische onderwerpen", "Technical topics"),
    "sector": ("Branchekennis", "Sector knowledge"),
    "soft": ("Vaardigheden met mensen", "Soft skills"),
}
_LABELS["iluo_level"] = {
    "-": ("Niet opgeleid", "Not trained"),
    "I": ("In opleiding", "In training"),
    "L": ("Onder begeleiding", "Supervised"),
    "U": ("Zelfstandig", "Independent"),
    "O": ("Kan opleiden", "Can teach"),
}
_LABELS["certificate_status"] = {
    "valid": ("Geldig", "Valid"),
    "expiring": ("Verloopt binnenkort", "Expiring soon"),
    "expired": ("Verlopen", "Expired"),
    "no_expiry": ("Verloopt niet", "Does not expire"),
}
_LABELS["coverage"] = {
    "red": ("Rood", "Red"),
    "amber": ("Oranje", "Amber"),
    "green": ("Groen", "Green"),
}
_LABELS["export_action"]["matrix"] = ("Vakmanschapsmatrix", "Skills matrix")
_LABELS["rotation_status"] = {
    "gepland": ("Gepland", "Planned"),
    "bezig": ("Bezig", "In progress"),
    "afgerond": ("Afgerond", "Completed"),
    "afgebroken": ("Afgebroken", "Stopped"),
}
# "Niet voor mij" is a valid result (domain §3.9), not a failure.
_LABELS["rotation_outcome"] = {
    "doorgaan": ("Doorgaan", "Continue"),
    "nog_niet": ("Nog niet", "Not yet"),
    "niet_voor_mij": ("Niet voor mij", "Not for me"),
    "afgebroken": ("Afgebroken", "Stopped"),
}
_LABELS["export_action"]["rotations"] = ("Roulatieschema", "Rotation schedule")
_LABELS["export_action"]["competence"] = ("Bewijs van bekwaamheid", "Proof of competence")

# Buddy and mentor pairings.
_LABELS["pairing_kind"] = {
    "buddy": ("Buddy", "Buddy"),
    "mentor": ("Mentor", "Mentor"),
    "leermeester": ("Leermeester / praktijkopleider", "Workplace trainer"),
    "trainingsmaatje": ("Trainingsmaatje", "Training buddy"),
    "reverse": ("Omgekeerd koppel", "Reverse pairing"),
    "rotation_host": ("Gastheer bij roulatie", "Rotation host"),
}
_LABELS["pairing_status"] = {
    "voorgesteld": ("Voorgesteld", "Proposed"),
    "actief": ("Actief", "Active"),
    "afgerond": ("Afgerond", "Completed"),
    "gestopt": ("Gestopt", "Stopped"),
}
_LABELS["leader_role"] = {
    "leider": ("Leidinggevende", "Leader"),
    "ploegleider": ("Ploegleider", "Shift leader"),
    "meewerkend_voorman": ("Meewerkend voorman", "Working foreman"),
}
_LABELS["export_action"]["pairing"] = ("Koppelafspraak", "Pairing agreement")
_LABELS["export_action"]["onboarding"] = ("Inwerkplan", "Onboarding plan")


def label(group: str, code: str | None) -> str:
    """The label of `code` in the current language; the code itself if unknown."""
    if code is None:
        return ""
    pair = _LABELS[group].get(code)
    if pair is None:
        return code
    return pair[1] if language() == "en" else pair[0]


def choices(group: str) -> list[tuple[str, str]]:
    """(code, label) pairs in their defined order, for pick lists."""
    return [(code, label(group, code)) for code in _LABELS[group]]


def code_for(group: str, text: str) -> str | None:
    """The code whose code or Dutch/English label matches `text` (case-insensitive)."""
    wanted = text.strip().casefold()
    for code, (nl, en) in _LABELS[group].items():
        if wanted in (code.casefold(), nl.casefold(), en.casefold()):
            return code
    return None
