"""Pairings on the command line: JSON shapes, the ranked suggestions with their reasons, the
pairing card, and exit code 2 for bad input."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamlead_app.cli import main
from teamlead_app.data.db import Database
from teamlead_app.services.development import goals
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.storage.export_log import list_export_log
from tests.services.pairing_helpers import Company, company

TODAY = date.today()


def _setup(db_path: Path) -> tuple[Company, int]:
    db = Database(db_path)
    try:
        c = company(db)
        goal = goals.create_goal(db, c.apprentice, goals.GoalDraft(what="Zelf <b>& kanten"))
        saved = pairings.save_pairing(
            db,
            PairingDraft(
                c.senior,
                c.apprentice,
                TODAY - timedelta(days=30),
                kind="leermeester",
                status="actief",
                checkin_weeks=2,
                focus_skill_ids=(c.kantbank,),
                focus_goal_ids=(goal,),
            ),
        )
        pairings.add_checkin(
            db, saved.id, TODAY - timedelta(days=16), "PRIVÉ-NOTITIE", shared=False
        )
        pairings.add_checkin(db, saved.id, TODAY - timedelta(days=2), "Gedeeld 😀")
        return c, saved.id
    finally:
        db.close()


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_list_pairings_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, pid = _setup(db_path)
    capsys.readouterr()
    assert (
        main(["list", "pairings", "--employee", "Sem Bakker", "--json", "--db", str(db_path)]) == 0
    )
    [row] = _json(capsys)  # type: ignore[misc]
    assert row["id"] == pid and row["kind"] == "leermeester" and row["status"] == "actief"
    assert (row["mentor"], row["mentee"]) == ("Łukasz Wiśniewski", "Sem Bakker")
    assert row["focus_skills"] == ["Kantbank <b>&"]
    assert row["checkins"] == 2
    assert row["last_checkin"] == (TODAY - timedelta(days=2)).isoformat()
    assert main(["list", "pairings", "--status", "afgerond", "--json", "--db", str(db_path)]) == 0
    assert _json(capsys) == []


def test_suggest_buddy_json_has_ranks_and_reasons(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(db_path)
    capsys.readouterr()
    args = ["suggest", "buddy", "--employee", "Sem Bakker", "--kind", "buddy", "--json"]
    assert main([*args, "--db", str(db_path)]) == 0
    document = _json(capsys)
    assert isinstance(document, dict)
    assert document["empty_reason"] is None
    ranked = [(c["rank"], c["name"]) for c in document["candidates"]]
    # The senior guides Sem already (a recent repeat, the last fact) but is in Sem's team.
    assert ranked == [(1, "Łukasz Wiśniewski"), (2, "Ayşe Yılmaz"), (3, "Piet Jansen")]
    senior = document["candidates"][0]
    assert senior["active_mentees"] == 1 and senior["free_capacity"] is True
    assert senior["recent_repeat"] is True
    assert "Was het afgelopen jaar al mentor van Sem Bakker" in senior["reasons"]
    assert "Henk de Vries" not in [c["name"] for c in document["candidates"]]


def test_suggest_empty_list_prints_why(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(db_path)
    capsys.readouterr()
    assert main(["suggest", "buddy", "--employee", "Henk de Vries", "--db", str(db_path)]) == 0
    assert "geen leerpunten" in capsys.readouterr().out


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own usage errors
        return int(exc.code or 0)


@pytest.mark.parametrize(
    "args",
    [
        ["list", "pairings", "--status", "klaar"],
        ["list", "pairings", "--employee", "Niemand Bestaat"],
        ["suggest", "buddy", "--employee", "Sem Bakker", "--kind", "coach"],
        ["suggest", "buddy"],
        ["export", "pairing", "--pairing", "999", "--out", "{tmp}/k.pdf"],
        ["export", "pairing", "--pairing", "1", "--out", "{tmp}/k.docx"],
        ["export", "pairing", "--pairing", "een", "--out", "{tmp}/k.pdf"],
    ],
)
def test_bad_input_exits_2(db_path: Path, tmp_path: Path, args: list[str]) -> None:
    _setup(db_path)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert _exit_code([*argv, "--db", str(db_path)]) == 2
    assert not (tmp_path / "k.pdf").exists()
    assert not (tmp_path / "k.docx").exists()


def test_export_pairing_card(db_path: Path, tmp_path: Path) -> None:
    _, pid = _setup(db_path)
    out = tmp_path / "kaart.pdf"
    assert (
        main(["export", "pairing", "--pairing", str(pid), "--out", str(out), "--db", str(db_path)])
        == 0
    )
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Koppelafspraak",
        "Leermeester / praktijkopleider",
        "Łukasz Wiśniewski (Assemblage)",
        "Sem Bakker (Assemblage)",
        "BBL",
        "Elke 2 weken een korte check-in",
        "Kantbank <b>&",
        "Zelf <b>& kanten",
        "Wat de mentor doet",
        "ik weet het niet",
        "Handtekening",
        "Voor akkoord",
    ):
        assert expected in text, expected
    assert "PRIVÉ-NOTITIE" not in text and "Gedeeld" not in text
    db = Database(db_path)
    try:
        [entry] = list_export_log(db)
    finally:
        db.close()
    assert entry.action == "pairing" and "pairing=" in entry.scope
    assert "Sem" not in (entry.file_name or "")


def _onboard(db_path: Path) -> None:
    from teamlead_app.services.pairings.onboarding import onboarding_schedule
    from teamlead_app.services.pairings.onboarding_plan import (
        OnboardingDraft,
        TalkDraft,
        default_checklist,
        start_onboarding,
    )

    db = Database(db_path)
    try:
        c = company(db)
        start = date(2027, 1, 4)
        draft = OnboardingDraft(
            c.apprentice,
            start,
            tuple(TalkDraft(m.code, m.day) for m in onboarding_schedule(start)),
            (*tuple(default_checklist("bbl")), "Kluis <b>& sleutel 😀"),
            (c.kantbank, c.tig),
        )
        start_onboarding(db, draft)
        pairings.save_pairing(
            db, PairingDraft(c.senior, c.apprentice, start, "leermeester"), today=start
        )
    finally:
        db.close()


@pytest.mark.parametrize("how", [["Sem Bakker"], ["--employee", "Sem Bakker"]])
def test_export_onboarding_plan(db_path: Path, tmp_path: Path, how: list[str]) -> None:
    _onboard(db_path)
    out = tmp_path / "inwerkplan.pdf"
    assert main(["export", "onboarding", *how, "--out", str(out), "--db", str(db_path)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Inwerkplan",
        "Sem Bakker",
        "BBL-leerling",
        "Leermeester / praktijkopleider",
        "Łukasz Wiśniewski (Voorgesteld)",
        "Week 1",
        "08-01-2027",
        "Maand 12",
        "Gepland",
        "Veiligheidsinstructie en VCA-afspraken",
        "Kluis <b>& sleutel",
        "Kantbank <b>&: niveau U (zelfstandig)",
        "TIG-lassen: niveau U (zelfstandig)",
    ):
        assert expected in text, expected
    db = Database(db_path)
    try:
        [entry] = list_export_log(db)
    finally:
        db.close()
    assert entry.action == "onboarding" and "employee=" in entry.scope
    assert "Sem" not in (entry.file_name or "")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "onboarding", "--out", "{tmp}/k.pdf"],
        ["export", "onboarding", "Niemand Bestaat", "--out", "{tmp}/k.pdf"],
        ["export", "onboarding", "Henk de Vries", "--out", "{tmp}/k.pdf"],  # no plan
        ["export", "onboarding", "Sem Bakker", "--out", "{tmp}/k.docx"],
    ],
)
def test_bad_onboarding_export_exits_2(db_path: Path, tmp_path: Path, args: list[str]) -> None:
    _onboard(db_path)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert _exit_code([*argv, "--db", str(db_path)]) == 2
    assert not (tmp_path / "k.pdf").exists()
    assert not (tmp_path / "k.docx").exists()
