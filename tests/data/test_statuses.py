"""The stored statuses: the StrEnums keep exactly the strings the database holds (a renamed
value would orphan every stored row), and loading them does not load SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys

from teamlead_app.data import models
from teamlead_app.data.statuses import (
    AgreementStatus,
    ConversationStatus,
    GoalStatus,
    PairingStatus,
    PopStatus,
    RotationStatus,
)


def test_the_stored_strings_stay_exactly_these() -> None:
    assert models.CONVERSATION_STATUSES == ("planned", "held", "cancelled")
    assert models.AGREEMENT_STATUSES == ("open", "done", "dropped")
    assert models.POP_STATUSES == ("draft", "agreed", "evaluated")
    assert models.GOAL_STATUSES == ("open", "in_progress", "achieved", "stopped", "postponed")
    assert models.ROTATION_STATUSES == ("gepland", "bezig", "afgerond", "afgebroken")
    assert models.PAIRING_STATUSES == ("voorgesteld", "actief", "afgerond", "gestopt")
    statuses = (AgreementStatus, ConversationStatus, GoalStatus, PairingStatus, PopStatus)
    for enum in (*statuses, RotationStatus):
        assert all(member == member.value and str(member) == member.value for member in enum)


def test_the_statuses_load_without_sqlalchemy() -> None:
    code = "import sys, teamlead_app.data.statuses; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
