"""The colours and marks of the skills matrix, shared by the screen, the XLSX and the PDF so
the foreman sees the same grid everywhere. Letters always carry the meaning; colours help."""

from __future__ import annotations

# (background, text) per ILUO level: pale to dark as the skill grows.
LEVEL_COLOURS = {
    "-": ("#ffffff", "#6b7680"),
    "I": ("#f6c9cc", "#5e1219"),
    "L": ("#ffe08a", "#4d3800"),
    "U": ("#a9dcb5", "#123d21"),
    "O": ("#2f7d4d", "#ffffff"),
}
COVERAGE_COLOURS = {
    "red": ("#c62828", "#ffffff"),
    "amber": ("#f2a93b", "#1b1b1b"),
    "green": ("#3d8b57", "#ffffff"),
}
# Printed after the count in black and white: "1 !!" red, "2 !" amber, "3" green.
COVERAGE_MARKS = {"red": " !!", "amber": " !", "green": ""}
HOLDER_MARK = "*"


def level_text(level: str) -> str:
    """The letter as printed: "–" for not trained."""
    return "–" if level == "-" else level
