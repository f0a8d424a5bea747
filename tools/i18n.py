#!/usr/bin/env python3
"""Translations of the Qt UI. Source strings are English; `resources/i18n/teamlead_nl.ts` holds
the Dutch, in git. Verbs:
  build    compile every .ts to .qm (run by the set-up)
  update   rescan src/teamlead_app/ui with lupdate (keeps existing translations)
  missing  print the unfinished Dutch entries as JSON {context: {source: ""}}
  apply F  fill in translations from a JSON file of that shape
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
NL_TS = I18N / "teamlead_nl.ts"
UI = ROOT / "src" / "teamlead_app" / "ui"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: run inside the project's .venv")
    return found


def build() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> None:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(NL_TS),
        ],
        check=True,
    )
    tree = ET.parse(NL_TS)
    tree.getroot().set("language", "nl_NL")
    tree.getroot().set("sourcelanguage", "en")
    tree.write(NL_TS, encoding="utf-8", xml_declaration=True)


def _messages():  # type: ignore[no-untyped-def]
    tree = ET.parse(NL_TS)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield tree, name, message


def missing() -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for _tree, context, message in _messages():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            result.setdefault(context, {})[message.findtext("source") or ""] = ""
    return result


def apply(path: Path) -> None:
    wanted: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    tree = ET.parse(NL_TS)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = wanted.get(name, {}).get(source) or wanted.get("*", {}).get(source)
            if text:
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.text = text
                translation.attrib.pop("type", None)
    tree.write(NL_TS, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> None:
    verb = argv[0] if argv else ""
    if verb == "build":
        build()
    elif verb == "update":
        update()
    elif verb == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=1))
    elif verb == "apply" and len(argv) == 2:
        apply(Path(argv[1]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
