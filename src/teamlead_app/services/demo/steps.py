"""The ordered registry of demo history steps (see the docstring of services/demo/company.py).

A feature that wants history in the demo company (conversations, agreements, POPs, goals)
adds one line to STEPS: "module:function", the function taking (session, DemoContext). The
order here is the order in which they run, inside the demo's single transaction, so a later
step may build on rows an earlier one made (agreements on conversations, goals on POPs).
Modules are imported only when the demo is made: no import cycles, nothing at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from teamlead_app.services.demo.context import HistoryStep

STEPS: tuple[str, ...] = (
    "teamlead_app.services.demo.history:add_history",
    "teamlead_app.services.demo.development:add_development",
    "teamlead_app.services.demo.skills:add_skills",
    "teamlead_app.services.demo.rotations:add_rotations",
    "teamlead_app.services.demo.pairings:add_pairings",
    "teamlead_app.services.demo.onboarding:add_onboarding",
)


def load_steps(refs: tuple[str, ...] | None = None) -> list[HistoryStep]:
    """The step functions of `refs` (default STEPS), in order; a wrong name fails loudly."""
    steps: list[HistoryStep] = []
    for ref in STEPS if refs is None else refs:
        module_name, _, function_name = ref.partition(":")
        function = getattr(importlib.import_module(module_name), function_name, None)
        if not callable(function):
            raise LookupError(f"demo history step {ref!r} does not name a function")
        steps.append(function)
    return steps
