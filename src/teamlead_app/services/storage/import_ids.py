"""The ids the app keeps inside JSON text, rewritten for `server import-sqlite`
(services/storage/server_import.py): a draft's payload (agreement ids, follow-ups'
`agreement_id`, progress lines' `goal_id`, the goal notes' keys), a signed snapshot (agreement
and goal ids) and a pairing's focus (skill and goal ids). An id not in the mapping stays."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# table -> {id in the file: id on the server}
Ids = dict[str, dict[int, int]]


def json_with_new_ids(text: str, ids: Ids) -> str:
    """The ids the app keeps inside JSON text, rewritten; text that is no JSON stays."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return text
    if not isinstance(value, dict):
        return text
    new = _ids_in(value, ids)
    return json.dumps(new, ensure_ascii=False, sort_keys=True)


def _one(ids: Ids, table: str) -> Callable[[Any], Any]:
    def get(old: Any) -> Any:
        try:
            return ids.get(table, {}).get(int(old), old)
        except (TypeError, ValueError):
            return old

    return get


def _ids_in(value: dict[str, Any], ids: Ids) -> dict[str, Any]:
    agreement, goal, skill = _one(ids, "agreement"), _one(ids, "goal"), _one(ids, "skill")
    out = dict(value)
    for item in _dicts(out.get("agreements")):
        if item.get("id") is not None:
            item["id"] = agreement(item["id"])
    for item in _dicts(out.get("follow_ups")):
        if item.get("agreement_id") is not None:
            item["agreement_id"] = agreement(item["agreement_id"])
    for item in _dicts(out.get("goal_progress")):
        if item.get("goal_id") is not None:
            item["goal_id"] = goal(item["goal_id"])
    if isinstance(out.get("goal_notes"), dict):
        out["goal_notes"] = {str(goal(k)): v for k, v in out["goal_notes"].items()}
    goals = out.get("goals")
    if isinstance(goals, list):
        out["goals"] = [
            {**g, "id": goal(g.get("id"))} if isinstance(g, dict) else goal(g) for g in goals
        ]
    if isinstance(out.get("skills"), list):
        out["skills"] = [skill(s) for s in out["skills"]]
    return out


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
