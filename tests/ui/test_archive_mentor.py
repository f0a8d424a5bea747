"""Archiving someone who still guides colleagues: the dialog lists the open pairings and asks
to stop them (with a reason) or hand them over; OK waits until that is answered; a refused
hand-over (the new mentor leads the mentee's team) is shown and nothing is archived. UI texts
are the English sources: the tests load no translator."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.dialogs.archive_dialog import ArchiveDialog
from tests.services.pairing_helpers import company

LEAVES = date(2026, 4, 1)


def _dialog(qtbot: QtBot, ctx: ServiceContext, who: int) -> ArchiveDialog:
    row = people.get_employee(ctx, who).row
    dialog = ArchiveDialog(None, ctx, row)
    qtbot.addWidget(dialog)
    dialog.date_out.set_date(LEAVES)
    return dialog


def test_a_mentor_is_not_archived_without_an_answer_for_the_pairings(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    c = company(ctx)
    saved = pairings.save_pairing(
        ctx, PairingDraft(c.senior, c.apprentice, date(2026, 3, 2), "leermeester", status="actief")
    )
    dialog = _dialog(qtbot, ctx, c.senior)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.box.isVisibleTo(dialog)
    assert (
        "Sem Bakker (Leermeester / praktijkopleider, Actief)"
        in dialog.box.findChildren(type(dialog.note))[0].text()
    )
    assert not ok.isEnabled() and "Give a reason" in dialog.error.text()
    dialog.hand.setChecked(True)
    assert not ok.isEnabled() and "Choose who takes over" in dialog.error.text()
    dialog.successor.setCurrentIndex(dialog.successor.findData(c.leader))
    assert ok.isEnabled()
    dialog._save()  # the leader of the apprentice's team: refused by the rules
    assert "ploegleider" in dialog.error.text()
    assert people.get_employee(ctx, c.senior).row.date_out_of_service is None
    dialog.successor.setCurrentIndex(dialog.successor.findData(c.colleague))
    dialog._save()
    assert people.get_employee(ctx, c.senior).row.date_out_of_service == LEAVES
    assert pairings.get_pairing(ctx, saved.id).status == "gestopt"
    [new] = [p for p in pairings.list_pairings(ctx, c.apprentice) if p.status == "actief"]
    assert new.mentor_id == c.colleague


def test_someone_who_guides_nobody_sees_no_pairing_question(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    c = company(ctx)
    dialog = _dialog(qtbot, ctx, c.welder)
    assert not dialog.box.isVisibleTo(dialog)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog._save()
    assert people.get_employee(ctx, c.welder).row.date_out_of_service == LEAVES
