"""One access rule per table of the company database, for the lead and the HR roles
(applied by data/server_roles.py). Deny by default: a table without a rule here gets no grant
at all, so a lead or HR cannot read it, and tests/data/test_server_roles.py fails until the
table has its line. Adding a table means adding one line to RULES.

The conditions are SQL row-level-security expressions; `teamlead_access.*` are the set-up's
STABLE SECURITY DEFINER functions. On the large tables a condition is a set hashed once per
statement (`IN (SELECT ...)`) or a primary-key look-up; the per-row function author_ok(...)
only on the small ones (drafts, check-ins, signed versions, the export log).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

A = "teamlead_access"
WRITE = ("INSERT", "UPDATE", "DELETE")
LOG_YEARS = 2  # = services/privacy/retention.py EXPORT_LOG_YEARS (a test keeps them equal)


@dataclass(frozen=True)
class Rule:
    # What a lead reads (None: nothing) and what a lead changes (USING for UPDATE/DELETE;
    # None: no writes); `check` is what a written row must satisfy (default: `write`).
    lead_read: str | None
    lead_write: str | None = None
    check: str | None = None
    lead_verbs: tuple[str, ...] = WRITE
    # What HR reads (None: nothing) and may add (None: nothing; HR never changes a row).
    hr_read: str | None = "true"
    hr_insert: str | None = None
    # Columns a role never reads from the table itself (a lead reads the own ones through
    # teamlead_access.private_notes(id) / score(id)).
    lead_hidden: tuple[str, ...] = ()
    hr_hidden: tuple[str, ...] = ()
    # What a lead deletes, when narrower than what they change (None: as `lead_write`).
    lead_delete: str | None = None


# Stands for the rule's own table in a condition (filled in by data/server_roles.py), so a
# column of the outer row is never taken for a like-named column of a sub-select.
TABLE = "<table>"
# The people a lead sees are the rows the employee rule leaves them (a plain scan of a
# thousand rows, hashed once per statement: cheaper than a function returning the set).
MINE = f"{TABLE}.employee_id IN (SELECT e.id FROM employee e)"
MY_TEAMS = f"team_id IN (SELECT {A}.my_teams())"


def person() -> Rule:
    """A row of one person: the leads of the person's team read and change it."""
    return Rule(MINE, MINE)


def child(column: str, parent: str) -> Rule:
    """A row hanging off another protected row: visible (and writable) with its parent. One
    primary-key look-up per row (under the parent's rule), not `IN (SELECT id FROM parent)`,
    which reads every visible parent row for each statement: ten years of conversations
    for the three moves of this week's talks (1.4 s of the overview at 1,000 people)."""
    condition = f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {TABLE}.{column})"
    return Rule(condition, condition)


def company(lead_adds: bool = False) -> Rule:
    """A company-wide list: everyone reads it, the administrator changes it. `lead_adds`: a
    lead may add a row (never change or delete one), e.g. a new function typed in the
    person form or a new version of a conversation form (versions are never changed)."""
    if lead_adds:
        return Rule("true", "true", lead_verbs=("INSERT",))
    return Rule("true")


def team_list() -> Rule:
    """A company list with team-own rows: everyone reads it; a lead changes only the rows of
    their own team(s), the company-wide rows (team NULL) only the administrator."""
    return Rule("true", MY_TEAMS)


# Rows hanging off another protected row: table -> (its column, the parent table).
CHILDREN: dict[str, tuple[str, str]] = {
    "conversation_answer": ("conversation_id", "conversation"),
    "conversation_move": ("conversation_id", "conversation"),
    "agreement_followup": ("agreement_id", "agreement"),
    "pop_support": ("pop_id", "pop"),
    "goal_step": ("goal_id", "goal"),
    "goal_progress": ("goal_id", "goal"),
    "certificate_scan": ("certificate_id", "certificate"),
}
_CONVERSATION_SEEN = f"{MINE} OR id IN (SELECT {A}.my_authored('conversation'))"
_OWN_DRAFT = f"{MINE} AND {A}.author_ok('draft', id)"
_SIGNED_SEEN = f"{MINE} AND (kind <> 'conversation' OR {A}.author_ok('conversation', record_id))"
_PAIR = (
    f"{TABLE}.mentee_id IN (SELECT e.id FROM employee e) "
    f"OR {TABLE}.mentor_id IN (SELECT e.id FROM employee e)"
)
_IN_PAIRING = f"EXISTS (SELECT 1 FROM pairing p WHERE p.id = {TABLE}.pairing_id)"
_OWN_CHECKIN = f"{A}.author_ok('pairing_checkin', id)"

RULES: dict[str, Rule] = {
    # --- the company's lists and set-up ---------------------------------------------------
    "alembic_version": company(),
    "setting": company(),
    "team": company(),
    "job_function": company(lead_adds=True),
    "template_version": company(lead_adds=True),
    "certificate_type": company(),
    "rotation_form": company(),
    "function_skill": company(),
    "skill": team_list(),
    "station": team_list(),
    "station_skill": Rule(
        "true",
        f"EXISTS (SELECT 1 FROM station s WHERE s.id = {TABLE}.station_id AND s.{MY_TEAMS})",
    ),
    # --- the people and everything hanging off them ---------------------------------------
    # A lead sees the people of their own team(s); a person without a team: HR and the
    # administrator only.
    "employee": Rule(MY_TEAMS, MY_TEAMS),
    # The team's whole shared history, also what an earlier lead wrote; the private note and
    # the score through teamlead_access.private_notes(id) / score(id), for their author only.
    # The author also keeps reading their own conversations after a hand-over.
    "conversation": Rule(
        _CONVERSATION_SEEN,
        _CONVERSATION_SEEN,
        check=MINE,
        lead_hidden=("private_notes", "score"),
        hr_hidden=("private_notes", "score"),
        # The new lead continues the shared part of an earlier lead's talk, but deleting it
        # (its private note with it) is for its author.
        lead_delete=f"{A}.author_ok('conversation', id) AND ({_CONVERSATION_SEEN})",
    ),
    # Unsaved text: its author's only, never HR's.
    "draft": Rule(_OWN_DRAFT, _OWN_DRAFT, check=MINE, hr_read=None),
    # A signed conversation's content holds the score and is read by its author only.
    "signed_version": Rule(
        _SIGNED_SEEN,
        _SIGNED_SEEN,
        check=MINE,
        hr_hidden=("snapshot_json",),
    ),
    "agreement": person(),
    "pop": person(),
    "goal": person(),
    "skill_level": person(),
    "person_skill": person(),
    "certificate": person(),
    "rotation": person(),
    "team_leader": person(),
    "buddy_training": person(),
    "onboarding_item": person(),
    **{table: child(column, parent) for table, (column, parent) in CHILDREN.items()},
    "pairing": Rule(_PAIR, _PAIR),
    "pairing_checkin": Rule(
        f"{_IN_PAIRING} AND (shared OR {_OWN_CHECKIN})",
        _IN_PAIRING,
        hr_read="shared",
    ),
    # Who exported what: each user reads and adds their own lines; HR reads all of them
    # (HR answers the access requests) and adds its own (the yearly overview saved). A lead
    # deletes only their own lines past the log's retention (EXPORT_LOG_YEARS in
    # services/privacy/retention.py); nobody but the administrator changes a line.
    # (Every line records who wrote it, the administrator's too; the check while a lead's
    # line is being added sees no author yet, hence author_ok.)
    # The talk summaries the database keeps itself (schema 0008, by triggers running as the
    # owner): read with the people or teams they count, written by nobody. Counts only.
    "employee_talks": Rule(MINE),
    "talk_month": Rule(MINE),
    "team_month": Rule(MY_TEAMS),
    # The overview cards' state (schema 0010) is kept on a SQLite file only; a server computes
    # the cards directly. The lead's private prompts per person: nobody reads these.
    "person_day": Rule(None, hr_read=None),
    "person_day_team": Rule(None, hr_read=None),
    "person_day_dirty": Rule(None, hr_read=None),
    "person_day_stamp": Rule(None, hr_read=None),
    # The craftsmanship card's state of one day (schema 0011): a cache the SQLite file keeps;
    # a server computes the card live and nobody reads or writes these there.
    "skill_day": Rule(None, hr_read=None),
    "skill_day_state": Rule(None, hr_read=None),
    "skill_dirty": Rule(None, hr_read=None),
    "certificate_day": Rule(None, hr_read=None),
    "certificate_dirty": Rule(None, hr_read=None),
    "export_log": Rule(
        f"{A}.author_ok('export_log', id)",
        f"{A}.author_ok('export_log', id) AND at < now() - interval '{LOG_YEARS} years'",
        check="true",
        lead_verbs=("INSERT", "DELETE"),
        hr_insert="true",
    ),
}


def for_table(rule: Rule, table: str) -> Rule:
    """The rule with TABLE filled in."""

    def fill(condition: str | None) -> str | None:
        return None if condition is None else condition.replace(TABLE, table)

    return replace(
        rule,
        lead_read=fill(rule.lead_read),
        lead_write=fill(rule.lead_write),
        check=fill(rule.check),
        hr_read=fill(rule.hr_read),
        hr_insert=fill(rule.hr_insert),
        lead_delete=fill(rule.lead_delete),
    )


# Tables whose inserts record their author (teamlead_access.author), by a trigger.
AUTHORED = ("conversation", "draft", "pairing_checkin", "export_log")
# Rows of one person (their employee_id) that a lead of the person's team writes.
BY_PERSON = tuple(table for table, rule in RULES.items() if rule == person())
