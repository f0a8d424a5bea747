"""The row table model behind every list passes Qt's model tester and sorts on its keys."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy


def _model() -> RowTableModel[tuple[str, date]]:
    model: RowTableModel[tuple[str, date]] = RowTableModel(
        [
            Column("Naam", lambda r: r[0]),
            Column("Datum", lambda r: r[1].strftime("%d-%m-%Y"), sort_key=lambda r: r[1]),
        ]
    )
    model.set_rows([("Łukasz", date(2020, 3, 1)), ("Anouk", date(2019, 12, 31))])
    return model


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(_model())


def test_proxy_sorts_dates_as_dates_not_text() -> None:
    model = _model()
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Anouk", "Łukasz"]
