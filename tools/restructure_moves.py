"""Re-runnable restructure of `teamlead_app.services` (issue 10, "a house that shows its domain").

Holds the mapping old flat module -> new module in a package by area, and old (module, symbol)
-> new module for what moved out of a module (the report input types to `teamlead_app.records`,
the halves of the split long modules). Running it

1. `git mv`s every old flat module that still exists to its new place (and writes the package
   `__init__.py` files that are missing), and
2. rewrites the imports in every .py file under src/, tests/, benchmarks/ and tools/:
   `from teamlead_app.services.x import Y`, `from teamlead_app.services import x`,
   `import teamlead_app.services.x`, `x.Y` where `x` is a module whose `Y` moved, and the dotted
   strings `teamlead_app.services.x...` (mock.patch targets, registries), then runs ruff
   (isort + format) on the files it changed.

`x.Y` is rewritten only when the new home of `x` no longer has `Y`: the first half of a split
module re-exports what callers used as `module.name`, and the facades (conversations.use_cases,
development.goals, development.pop) keep re-exporting the records types in their `__all__`.
A `(module, "name")` pair handed to monkeypatch/patch.object for a moved name is reported
(`!!`), not rewritten.

Running it again changes nothing; after a merge it moves the old imports of new files along.
After a merge:

- a new flat module `services/foo.py` from another branch stays where it is (its imports are
  rewritten); add `"foo": "<package>.foo"` to MODULE_MOVES and run again (tests/
  test_architecture.py fails while a flat module is left in services/);
- a new dataclass that a report reads belongs in teamlead_app.records: move it by hand and add
  its `(old module, name)` to SYMBOL_MOVES (the architecture test fails on a report that
  imports a service);
- both `services/x.py` and its new place existing means git did not see the rename: the
  script says so; merge the two by hand.

    python tools/restructure_moves.py [--dry-run] [--no-git] [PATH ...]

Not part of the package: the lead may delete it once every branch is merged.
"""

from __future__ import annotations

import argparse
import ast
import functools
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "src" / "teamlead_app" / "services"
BASE = "teamlead_app.services"
RECORDS = "teamlead_app.records"

# The packages of services/, each with the line(s) its __init__.py says about itself.
PACKAGES: dict[str, str] = {
    "common": "Building blocks every area uses: the data-affecting settings, autosaved drafts,\n"
    "the health-word list and the lock step of signed records.",
    "people": "People and teams: the people list, teams and functions, names and employment,\n"
    "the person's timeline, and importing people from an HR export.",
    "conversations": "The monthly one-on-ones: planning (one, or a whole month), cadence,\n"
    "holding, saving, moving and cancelling, templates, days off, and the overview page.",
    "development": "Development: the POP (persoonlijk ontwikkelingsplan), development goals with\n"
    "steps and progress, and the lead's private signals.",
    "skills": "Craftsmanship: the skills matrix (ILUO levels with history), coverage, knowledge\n"
    "holders, certificates, and importing a foreman's Excel matrix.",
    "rotations": "Job rotation: stations, planned rotations with their conflicts, evaluation,\n"
    "the planner grid and suggestions that fill a gap.",
    "pairings": "Buddies and mentors: pairings with their rules, suggestions and check-ins,\n"
    "leaders and buddy training, hand-over when a mentor leaves, and a newcomer's onboarding.",
    "privacy": "Personal data rights (AVG): the access export (inzage) and the retention period\n"
    "with deletion.",
    "exports": "What feeds the printed and exported files: each module gathers a report's data\n"
    "(teamlead_app.records) and hands it to teamlead_app.reports; files.py writes and logs them.",
    "storage": "The database file: opening and checking it, backups and restoring one, and the\n"
    "export log.",
    "demo": "The demo company generator: a believable firm with a year of history, kept apart\n"
    "from the business rules.",
}

RECORDS_DOC = (
    "The plain data the reports read (frozen dataclasses and the small pure rules on them),\n"
    "by area. Imports neither teamlead_app.services nor teamlead_app.reports, so both can import "
    "it."
)

# old flat module (services/<old>.py) -> new module, relative to teamlead_app.services
MODULE_MOVES: dict[str, str] = {
    # common
    "settings": "common.settings",
    "drafts": "common.drafts",
    "sensitive": "common.sensitive",
    "signed_versions": "common.signed_versions",
    # people
    "people": "people.employees",
    "names": "people.names",
    "employment": "people.employment",
    "timeline": "people.timeline",
    "importing": "people.importing",
    "import_source": "people.import_source",
    # conversations
    "conversations": "conversations.use_cases",
    "conversation_checks": "conversations.checks",
    "conversation_hold": "conversations.hold",
    "conversation_moves": "conversations.moves",
    "conversation_queries": "conversations.queries",
    "conversation_rules": "conversations.rules",
    "conversation_save": "conversations.save",
    "conversation_status": "conversations.status",
    "conversation_views": f"{RECORDS}.conversations",
    "cadence": "conversations.cadence",
    "planning": "conversations.month_plan",
    "templates": "conversations.templates",
    "template_defaults": "conversations.template_defaults",
    "days_off": "conversations.days_off",
    "overview": "conversations.overview",
    # development
    "goals": "development.goals",
    "goal_queries": "development.goal_queries",
    "goal_rules": "development.goal_rules",
    "goal_save": "development.goal_save",
    "goal_timeline": "development.goal_timeline",
    "pop": "development.pop",
    "pop_moments": "development.pop_moments",
    "pop_queries": "development.pop_queries",
    "signals": "development.signals",
    "pop_texts": "development.pop_texts",
    "overview_counts": "conversations.overview_counts",  # new on main after this branch started
    "overview_limits": "conversations.overview_limits",  # idem
    # skills
    "skills": "skills.levels",
    "skill_coverage": "skills.coverage",
    "skill_alerts": "skills.alerts",
    "skill_timeline": "skills.timeline",
    "certificates": "skills.certificates",
    "knowledge": "skills.knowledge",
    "matrix_import": "skills.matrix_import",
    "matrix_sheet": "skills.matrix_sheet",
    # rotations
    "rotations": "rotations.schedule",
    "rotation_rules": "rotations.rules",
    "rotation_rules_batch": "rotations.rules_batch",
    "rotation_planner": "rotations.planner",
    "rotation_recent": "rotations.recent",
    "rotation_suggestions": "rotations.suggestions",
    "rotation_edits": "rotations.edits",  # new on main after this branch started
    # pairings
    "pairings": "pairings.pairings",
    "pairing_rules": "pairings.rules",
    "pairing_suggestions": "pairings.suggestions",
    "pairing_people": "pairings.leaders",
    "pairing_handover": "pairings.handover",
    "onboarding": "pairings.onboarding",
    "onboarding_plan": "pairings.onboarding_plan",  # new on main after this branch started
    "onboarding_views": "pairings.onboarding_views",  # idem
    "pairing_alerts": "pairings.alerts",  # idem
    "year_overview_pairings": "exports.year_overview_pairings",  # idem
    "demo_onboarding": "demo.onboarding",  # idem
    # privacy
    "privacy": "privacy.access",
    "privacy_pairings": "privacy.pairings",
    "privacy_skills": "privacy.skills",
    "retention": "privacy.retention",
    # exports (report data)
    "exports": "exports.roster",
    "conversation_exports": "exports.conversations",
    "pop_exports": "exports.pop",
    "rotation_exports": "exports.rotations",
    "matrix_exports": "exports.matrix",
    "pairing_exports": "exports.pairing_card",
    "calendar": "exports.calendar",
    "year_overview": "exports.year_overview",
    "year_overview_skills": "exports.year_overview_skills",
    "year_overview_views": f"{RECORDS}.year_overview",
    "export_files": "exports.files",
    # storage
    "storage": "storage.database",
    "backups": "storage.backups",
    "restore": "storage.restore",
    "export_log": "storage.export_log",
    # demo
    "demo": "demo.company",
    "demo_agenda": "demo.agenda",
    "demo_development": "demo.development",
    "demo_goal_texts": "demo.goal_texts",
    "demo_goals": "demo.goals",
    "demo_history": "demo.history",
    "demo_names": "demo.names",
    "demo_pairings": "demo.pairings",
    "demo_rotations": "demo.rotations",
    "demo_skills": "demo.skills",
    "demo_steps": "demo.steps",
    "demo_texts": "demo.texts",
}

# (old flat module, symbol) -> new full module: what moved out of a module. The report input
# types went to teamlead_app.records; the long modules were split by hand along their seams.
SYMBOL_MOVES: dict[tuple[str, str], str] = {
    # the report input types and the small pure rules they read -> teamlead_app.records
    ("signed_versions", "CONVERSATION"): f"{RECORDS}.signed",
    ("signed_versions", "POP"): f"{RECORDS}.signed",
    ("signed_versions", "Content"): f"{RECORDS}.signed",
    ("signed_versions", "VersionView"): f"{RECORDS}.signed",
    ("signed_versions", "VersionInfo"): f"{RECORDS}.signed",
    ("signed_versions", "snapshot_lines"): f"{RECORDS}.signed",
    ("conversation_status", "ConversationState"): f"{RECORDS}.conversation_state",
    ("conversation_status", "STATES"): f"{RECORDS}.conversation_state",
    ("conversation_status", "month_start"): f"{RECORDS}.conversation_state",
    ("conversation_status", "is_missed"): f"{RECORDS}.conversation_state",
    ("conversation_status", "conversation_state"): f"{RECORDS}.conversation_state",
    ("template_defaults", "RETIRED_QUESTIONS"): f"{RECORDS}.conversations",
    ("template_defaults", "is_agreements_question"): f"{RECORDS}.conversations",
    ("conversation_rules", "MOVE_WARNING_AT"): f"{RECORDS}.conversations",
    ("goal_queries", "ACTIVE_STATUSES"): f"{RECORDS}.development",
    ("goal_queries", "FINAL_STATUSES"): f"{RECORDS}.development",
    ("goal_queries", "StepView"): f"{RECORDS}.development",
    ("goal_queries", "ProgressView"): f"{RECORDS}.development",
    ("goal_queries", "GoalView"): f"{RECORDS}.development",
    ("goal_queries", "ActiveGoal"): f"{RECORDS}.development",
    ("pop_queries", "SupportItem"): f"{RECORDS}.development",
    ("pop_queries", "PopDraft"): f"{RECORDS}.development",
    ("pop_queries", "EvaluationMoment"): f"{RECORDS}.development",
    ("pop_queries", "PopView"): f"{RECORDS}.development",
    ("pop_exports", "PopFormData"): f"{RECORDS}.development",
    ("pop_exports", "PopPrepData"): f"{RECORDS}.development",
    ("conversation_exports", "SummaryData"): f"{RECORDS}.conversation_reports",
    ("conversation_exports", "OpenAgreement"): f"{RECORDS}.conversation_reports",
    ("conversation_exports", "NextConversation"): f"{RECORDS}.conversation_reports",
    ("conversation_exports", "LastConversation"): f"{RECORDS}.conversation_reports",
    ("conversation_exports", "PrepData"): f"{RECORDS}.conversation_reports",
    ("conversation_queries", "ScorePoint"): f"{RECORDS}.conversation_reports",
    ("privacy", "AccessData"): f"{RECORDS}.privacy",
    ("exports", "RosterPerson"): f"{RECORDS}.roster",
    ("exports", "RosterTeam"): f"{RECORDS}.roster",
    ("exports", "RosterData"): f"{RECORDS}.roster",
    ("certificates", "CertificateView"): f"{RECORDS}.skills",
    ("skill_coverage", "MIN_QUALIFIED"): f"{RECORDS}.skills",
    ("skill_coverage", "CoverageRow"): f"{RECORDS}.skills",
    ("skill_coverage", "MatrixPerson"): f"{RECORDS}.skills",
    ("skill_coverage", "MatrixCell"): f"{RECORDS}.skills",
    ("skill_coverage", "MatrixView"): f"{RECORDS}.skills",
    ("skill_coverage", "EMPTY_CELL"): f"{RECORDS}.skills",
    ("skills", "LEVEL_RANK"): f"{RECORDS}.skills",
    ("matrix_exports", "MatrixSection"): f"{RECORDS}.skills",
    ("matrix_exports", "MatrixExportData"): f"{RECORDS}.skills",
    ("rotations", "RotationView"): f"{RECORDS}.rotations",
    ("rotation_exports", "ScheduleRow"): f"{RECORDS}.rotations",
    ("rotation_exports", "ScheduleData"): f"{RECORDS}.rotations",
    ("rotation_exports", "AcquiredSkill"): f"{RECORDS}.rotations",
    ("rotation_exports", "CompetenceData"): f"{RECORDS}.rotations",
    ("pairings", "CheckinView"): f"{RECORDS}.pairings",
    ("onboarding_views", "TalkView"): f"{RECORDS}.onboarding",
    ("onboarding_views", "TaskView"): f"{RECORDS}.onboarding",
    ("onboarding_views", "BuddyLine"): f"{RECORDS}.onboarding",
    ("onboarding_views", "OnboardingPlanView"): f"{RECORDS}.onboarding",
    ("onboarding_views", "OnboardingPdfData"): f"{RECORDS}.onboarding",
    ("pairings", "PairingView"): f"{RECORDS}.pairings",
    ("pairing_exports", "PairingCardData"): f"{RECORDS}.pairings",
    # the same types where a facade module re-exports them (its __all__)
    ("conversations", "MOVE_WARNING_AT"): f"{RECORDS}.conversations",
    ("conversations", "AgreementDraft"): f"{RECORDS}.conversations",
    ("conversations", "AgreementView"): f"{RECORDS}.conversations",
    ("conversations", "AnswerView"): f"{RECORDS}.conversations",
    ("conversations", "CarriedAgreement"): f"{RECORDS}.conversations",
    ("conversations", "ConversationDraft"): f"{RECORDS}.conversations",
    ("conversations", "ConversationState"): f"{RECORDS}.conversation_state",
    ("conversations", "ConversationView"): f"{RECORDS}.conversations",
    ("conversations", "FollowUpDraft"): f"{RECORDS}.conversations",
    ("conversations", "FollowUpView"): f"{RECORDS}.conversations",
    ("conversations", "GoalProgressDraft"): f"{RECORDS}.conversations",
    ("conversations", "MoveView"): f"{RECORDS}.conversations",
    ("conversations", "ScorePoint"): f"{RECORDS}.conversation_reports",
    ("goals", "ACTIVE_STATUSES"): f"{RECORDS}.development",
    ("goals", "FINAL_STATUSES"): f"{RECORDS}.development",
    ("goals", "ActiveGoal"): f"{RECORDS}.development",
    ("goals", "GoalView"): f"{RECORDS}.development",
    ("goals", "ProgressView"): f"{RECORDS}.development",
    ("goals", "StepView"): f"{RECORDS}.development",
    ("pop", "EvaluationMoment"): f"{RECORDS}.development",
    ("pop", "PopDraft"): f"{RECORDS}.development",
    ("pop", "PopView"): f"{RECORDS}.development",
    ("pop", "SupportItem"): f"{RECORDS}.development",
    # the long modules, split by hand along their seams (tests/test_architecture.py: <= 400);
    # the first half re-exports what a caller used as `module.name`
    ("people", "TeamView"): f"{BASE}.people.teams",
    ("people", "TeamDraft"): f"{BASE}.people.teams",
    ("people", "DEFAULT_FUNCTIONS"): f"{BASE}.people.teams",
    ("people", "list_teams"): f"{BASE}.people.teams",
    ("people", "validate_team"): f"{BASE}.people.teams",
    ("people", "find_or_create_team"): f"{BASE}.people.teams",
    ("people", "save_team"): f"{BASE}.people.teams",
    ("people", "resolve_team"): f"{BASE}.people.teams",
    ("people", "list_functions"): f"{BASE}.people.teams",
    ("people", "MAX_NAME"): f"{BASE}.people.employee_form",
    ("people", "MAX_FUNCTION"): f"{BASE}.people.employee_form",
    ("people", "EmployeeDraft"): f"{BASE}.people.employee_form",
    ("people", "validate_employee"): f"{BASE}.people.employee_form",
    ("rotations", "RotationFormView"): f"{BASE}.rotations.stations",
    ("rotations", "StationDraft"): f"{BASE}.rotations.stations",
    ("rotations", "StationView"): f"{BASE}.rotations.stations",
    ("rotations", "list_forms"): f"{BASE}.rotations.stations",
    ("rotations", "save_form"): f"{BASE}.rotations.stations",
    ("rotations", "save_station"): f"{BASE}.rotations.stations",
    ("rotations", "list_stations"): f"{BASE}.rotations.stations",
    ("rotations", "ACTIVE_STATUSES"): f"{RECORDS}.rotations",
    ("importing", "ImportProblem"): f"{BASE}.people.import_cells",
    ("planning", "GAP_MINUTES"): f"{BASE}.conversations.month_agenda",
    ("demo", "TAG_KENNISDRAGER"): f"{BASE}.demo.context",
    ("demo", "TAG_WANTS_PREP"): f"{BASE}.demo.context",
    ("demo", "TAG_TEMP"): f"{BASE}.demo.context",
    ("demo", "TAG_FORMER_BAKER"): f"{BASE}.demo.context",
    ("demo", "TAG_WEEK_6"): f"{BASE}.demo.context",
    ("demo", "DemoTeam"): f"{BASE}.demo.context",
    ("demo", "DemoPerson"): f"{BASE}.demo.context",
    ("demo", "DemoContext"): f"{BASE}.demo.context",
    ("demo", "HistoryStep"): f"{BASE}.demo.context",
    ("demo_history", "answer_rows"): f"{BASE}.demo.agenda",
    ("privacy", "about_texts"): f"{BASE}.privacy.access_record",
    ("privacy", "access_data"): f"{BASE}.privacy.access_record",
    ("rotations", "RotationDraft"): f"{BASE}.rotations.draft",
    ("rotations", "validate_rotation"): f"{BASE}.rotations.draft",
}

SKIP = {Path(__file__).resolve()}


def full(new: str) -> str:
    """A MODULE_MOVES value as a full module name (values starting "teamlead_app." are full)."""
    return new if new.startswith("teamlead_app.") else f"{BASE}.{new}"


NEW_TO_OLD = {full(new): old for old, new in MODULE_MOVES.items()}
OLD_FULL = {f"{BASE}.{old}": old for old in MODULE_MOVES}
NEW_MODULES = set(NEW_TO_OLD)


def _old_of(module: str) -> str | None:
    """The old flat name of a services module given in old or new spelling, else None."""
    if module in NEW_TO_OLD:
        return NEW_TO_OLD[module]
    return OLD_FULL.get(module)


_PACKAGE_FULL = {full(p) for p in PACKAGES}


@functools.cache
def _bound_names(module: str) -> frozenset[str]:
    """The names a module binds at its top level (defined or imported), read with ast."""
    path = ROOT / "src" / (module.replace(".", "/") + ".py")
    if not path.is_file():
        return frozenset()
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return frozenset(names)


def _target(old: str, symbol: str) -> str:
    return SYMBOL_MOVES.get((old, symbol), full(MODULE_MOVES[old]))


def _split(module: str) -> tuple[str, str]:
    head, _, tail = module.rpartition(".")
    return head, tail


# ---------------------------------------------------------------- moving files


def move_files(dry_run: bool, use_git: bool) -> list[str]:
    done = []
    inits = {SERVICES / package: doc for package, doc in PACKAGES.items()}
    inits[ROOT / "src" / "teamlead_app" / "records"] = RECORDS_DOC
    for folder, doc in inits.items():
        init = folder / "__init__.py"
        if not init.exists():
            done.append(f"create {init.relative_to(ROOT)}")
            if not dry_run:
                init.parent.mkdir(exist_ok=True)
                init.write_text(f'"""{doc}"""\n', encoding="utf-8")
                if use_git:
                    subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
    for old, new in MODULE_MOVES.items():
        source = SERVICES / f"{old}.py"
        target = ROOT / "src" / (full(new).replace(".", "/") + ".py")
        if not source.is_file():
            continue
        if target.exists():
            print(f"!! both {source} and {target} exist: merge them by hand", file=sys.stderr)
            continue
        done.append(f"move {source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
        if dry_run:
            continue
        if use_git:
            subprocess.run(["git", "mv", str(source), str(target)], cwd=ROOT, check=True)
        else:
            shutil.move(source, target)
    return done


# ---------------------------------------------------------------- rewriting imports


class Rewriter:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.tree = ast.parse(text)
        self.edits: list[tuple[int, int, int, int, str]] = []  # (l1, c1, l2, c2, new)
        self.import_lines: set[int] = set()
        self.bound: dict[str, str] = {}  # local name -> old module
        self.extra: dict[str, set[str]] = defaultdict(set)  # module -> symbols to import
        self.warnings: list[str] = []

    def _replace_node(self, node: ast.stmt, new_text: str) -> None:
        assert node.end_lineno is not None and node.end_col_offset is not None
        self.edits.append(
            (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, new_text)
        )
        self.import_lines.update(range(node.lineno, node.end_lineno + 1))

    @staticmethod
    def _names(names: list[tuple[str, str | None]]) -> str:
        return ", ".join(n if a is None else f"{n} as {a}" for n, a in names)

    def _from_line(self, module: str, names: list[tuple[str, str | None]]) -> str:
        return f"from {module} import {self._names(names)}"

    def run(self) -> str:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                self._import_from(node)
            elif isinstance(node, ast.Import):
                self._import(node)
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                self._attribute(node)
            if isinstance(node, ast.Call) and len(node.args) >= 2:
                first, second = node.args[0], node.args[1]
                if (
                    isinstance(first, ast.Name)
                    and first.id in self.bound
                    and isinstance(second, ast.Constant)
                    and (self.bound[first.id], second.value) in SYMBOL_MOVES
                ):
                    self.warnings.append(
                        f"line {node.lineno}: patches {first.id}.{second.value}, which moved"
                    )
        text = self._apply()
        text = self._dotted(text)
        if self.extra:
            text = self._add_imports(text)
        return text

    def _import_from(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module == BASE or module in _PACKAGE_FULL:
            self._import_modules(node, module)
            return
        old = _old_of(module)
        if old is None:
            return
        groups: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for alias in node.names:
            groups[_target(old, alias.name)].append((alias.name, alias.asname))
        lines = [self._from_line(target, names) for target, names in groups.items()]
        new_text = f"\n{' ' * node.col_offset}".join(lines)
        if lines != [self._from_line(module, [(a.name, a.asname) for a in node.names])]:
            self._replace_node(node, new_text)

    def _import_modules(self, node: ast.ImportFrom, module: str) -> None:
        """`from teamlead_app.services import x` or `from teamlead_app.services.pkg import x`."""
        lines = []
        changed = False
        for alias in node.names:
            dotted = f"{module}.{alias.name}"
            local = alias.asname or alias.name
            if dotted in NEW_MODULES:  # already the new spelling
                self.bound[local] = NEW_TO_OLD[dotted]
                lines.append(self._from_line(module, [(alias.name, alias.asname)]))
                continue
            if module == BASE and alias.name in MODULE_MOVES:
                head, tail = _split(full(MODULE_MOVES[alias.name]))
                self.bound[local] = alias.name
                lines.append(self._from_line(head, [(tail, None if tail == local else local)]))
                changed = True
                continue
            if module in _PACKAGE_FULL and module in OLD_FULL:
                # `from teamlead_app.services.people import X`: X is a symbol of the old module
                old = OLD_FULL[module]
                lines.append(
                    self._from_line(_target(old, alias.name), [(alias.name, alias.asname)])
                )
                changed = True
                continue
            lines.append(self._from_line(module, [(alias.name, alias.asname)]))
        if changed:
            merged: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
            for line in lines:
                head, _, rest = line[len("from ") :].partition(" import ")
                for part in rest.split(", "):
                    name, _, asname = part.partition(" as ")
                    merged[head].append((name, asname or None))
            out = [self._from_line(head, names) for head, names in merged.items()]
            self._replace_node(node, f"\n{' ' * node.col_offset}".join(out))

    def _import(self, node: ast.Import) -> None:
        names = []
        changed = False
        for alias in node.names:
            old = OLD_FULL.get(alias.name) if alias.name not in NEW_MODULES else None
            if old is not None:
                names.append((full(MODULE_MOVES[old]), alias.asname))
                changed = True
            else:
                names.append((alias.name, alias.asname))
        if changed:
            self._replace_node(node, "import " + self._names(names))

    def _attribute(self, node: ast.Attribute) -> None:
        assert isinstance(node.value, ast.Name)
        old = self.bound.get(node.value.id)
        if old is None or (old, node.attr) not in SYMBOL_MOVES:
            return
        target = SYMBOL_MOVES[(old, node.attr)]
        if target == full(MODULE_MOVES[old]) or node.attr in _bound_names(full(MODULE_MOVES[old])):
            return  # the module still has it (uses or re-exports it): `x.Y` keeps working
        assert node.end_lineno is not None and node.end_col_offset is not None
        self.edits.append(
            (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, node.attr)
        )
        self.extra[target].add(node.attr)

    def _apply(self) -> str:
        lines = list(self.lines)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        text = self.text

        def pos(line: int, col: int) -> int:
            # ast columns are utf-8 byte offsets
            raw = lines[line - 1].encode("utf-8")[:col].decode("utf-8")
            return offsets[line - 1] + len(raw)

        for l1, c1, l2, c2, new in sorted(self.edits, reverse=True):
            text = text[: pos(l1, c1)] + new + text[pos(l2, c2) :]
        return text

    def _dotted(self, text: str) -> str:
        """`teamlead_app.services.x[.Y]` outside import statements (strings, comments)."""
        pattern = re.compile(r"teamlead_app\.services\.(\w+)(?:\.(\w+))?(?:\.(\w+))?")

        def fix(match: re.Match[str]) -> str:
            first, second, third = match.group(1), match.group(2), match.group(3)
            if (
                first in PACKAGES
                and second is not None
                and f"{BASE}.{first}.{second}" in NEW_MODULES
            ):
                old = NEW_TO_OLD[f"{BASE}.{first}.{second}"]
                if third is not None and (old, third) in SYMBOL_MOVES:
                    return f"{SYMBOL_MOVES[(old, third)]}.{third}"
                return match.group(0)
            if first not in MODULE_MOVES:
                return match.group(0)
            if second is not None and (first, second) in SYMBOL_MOVES:
                rest = f".{third}" if third else ""
                return f"{SYMBOL_MOVES[(first, second)]}.{second}{rest}"
            tail = "".join(f".{part}" for part in (second, third) if part)
            return f"{full(MODULE_MOVES[first])}{tail}"

        out = []
        for line in text.splitlines(keepends=True):
            out.append(
                line if line.lstrip().startswith(("from ", "import ")) else pattern.sub(fix, line)
            )
        return "".join(out)

    def _add_imports(self, text: str) -> str:
        tree = ast.parse(text)
        last = 0
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                last = node.end_lineno or node.lineno
        lines = text.splitlines(keepends=True)
        new = [
            f"from {module} import {', '.join(sorted(names))}\n"
            for module, names in self.extra.items()
        ]
        return "".join(lines[:last] + new + lines[last:])


def rewrite(path: Path, dry_run: bool) -> tuple[bool, list[str]]:
    text = path.read_text(encoding="utf-8")
    if "teamlead_app.services" not in text and "teamlead_app import services" not in text:
        return False, []
    rewriter = Rewriter(text)
    new = rewriter.run()
    if new != text and not dry_run:
        path.write_text(new, encoding="utf-8")
    return new != text, rewriter.warnings


def python_files(paths: list[str]) -> list[Path]:
    if paths:
        roots = [Path(p).resolve() for p in paths]
    else:
        roots = [ROOT / part for part in ("src", "tests", "benchmarks", "tools")]
    files: list[Path] = []
    for root in roots:
        files += [root] if root.is_file() else sorted(root.rglob("*.py"))
    return [f for f in files if f.resolve() not in SKIP and ".venv" not in f.parts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "paths", nargs="*", help="files or folders (default: src tests benchmarks tools)"
    )
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--no-git", action="store_true", help="move files without git mv")
    args = parser.parse_args(argv)
    for line in move_files(args.dry_run, not args.no_git):
        print(line)
    changed = []
    for path in python_files(args.paths):
        did, warnings = rewrite(path, args.dry_run)
        if did:
            changed.append(path)
            print(f"rewrote {path.relative_to(ROOT)}")
        for warning in warnings:
            print(f"!! {path.relative_to(ROOT)}: {warning}", file=sys.stderr)
    ruff = ROOT / ".venv" / "bin" / "ruff"
    if changed and not args.dry_run and ruff.exists():
        names = [str(p) for p in changed]
        subprocess.run(
            [str(ruff), "check", "--fix", "--select", "I001,F401", "-q", *names], cwd=ROOT
        )
        subprocess.run([str(ruff), "format", "-q", *names], cwd=ROOT)
    print(f"{len(changed)} files rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
