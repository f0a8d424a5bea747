"""What a page needs from the app: the open database and a way to move around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class Navigator(Protocol):
    def show_page(self, key: str) -> None: ...
    def open_employee(self, employee_id: int) -> None: ...
    def open_conversation(self, conversation_id: int) -> None: ...
    def open_pop(self, pop_id: int) -> None: ...
    def data_changed(self) -> None: ...
    def switch_database(self, path: object) -> None: ...
    def restore_database(self, path: object) -> None: ...


@dataclass(frozen=True)
class AppContext:
    ctx: ServiceContext
    nav: Navigator
