"""The shared PDF style: escaping, long text over pages, tables, signature block, header and
footer, fonts and reproducible output. Asserts on the real PDF text (pypdf)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from teamlead_app.i18n import set_language
from teamlead_app.reports.style import (
    Column,
    ReportMeta,
    Signer,
    data_table,
    details_table,
    employee_and_lead,
    esc,
    markup,
    para,
    register_fonts,
    render_story,
    signature_block,
    title_block,
)

META = ReportMeta(
    title="Gespreksverslag",
    printed_on=date(2026, 11, 25),
    subject="Assemblage",
    company="Metaal B.V.",
    footer_note="Vertrouwelijk",
)


def pages(pdf: bytes) -> list[str]:
    """The text of each page; non-breaking spaces read as spaces."""
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def font_names(pdf: bytes) -> set[str]:
    """The embedded fonts, without their subset prefix (AAAAAA+DejaVuSans)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def long_words(count: int) -> list[str]:
    """Unique words with Dutch and Polish letters, so a lost or split word is noticed."""
    stems = ("vakmanschap", "kantbank", "Wiśniewski", "geëvalueerd", "omstellen", "Łódź")
    return [f"{stems[i % len(stems)]}{i}" for i in range(count)]


def body_words(texts: list[str], wanted: list[str]) -> list[str]:
    known = set(wanted)
    return [word for text in texts for word in text.split() if word in known]


# --- escaping ----------------------------------------------------------------------------------


def test_esc_makes_markup_literal_and_keeps_lines() -> None:
    assert esc("<b>&") == "&lt;b&gt;&amp;"
    assert esc("een\ntwee\r\ndrie") == "een<br/>twee<br/>drie"
    assert esc("a  b") == "a &nbsp;b"
    assert esc("x\x00\x0by") == "xy"
    assert esc("top 👍\ufe0f") == "top □"


def test_user_markup_prints_literally() -> None:
    evil = "<b>&</b> <img src='/etc/passwd'/> <font color=red>rood</font>"
    pdf = render_story([para(evil), markup("<b>Naam:</b> {name}", name="<i>Jan</i> & co")], META)
    text = pages(pdf)[0]
    assert evil in text
    assert "Naam: <i>Jan</i> & co" in text


def test_own_markup_uses_the_font_family() -> None:
    paragraph = markup("<b>Naam:</b> <i>{name}</i>", name="Jan")
    assert [frag.fontName for frag in paragraph.frags] == [
        "DejaVuSans-Bold",
        "DejaVuSans",
        "DejaVuSans-Oblique",
    ]


def test_dutch_polish_and_turkish_letters_survive() -> None:
    names = "Łukasz Wiśniewski, Mehmet Yılmaz, Léon, Jean-Paul, ’t Hooft, Şahin, Ștefan"
    pdf = render_story([para(names)], META)
    assert names in pages(pdf)[0]
    assert font_names(pdf) == {"DejaVuSans", "DejaVuSans-Bold"}  # embedded, no Helvetica


def test_line_breaks_are_kept() -> None:
    text = pages(render_story([para("regel een\nregel twee\n\nregel vier")], META))[0]
    assert "regel een\nregel twee\n" in text and "regel vier" in text


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    assert font_names(render_story([para("x")], META)) == {"DejaVuSans", "DejaVuSans-Bold"}


# --- long text ---------------------------------------------------------------------------------


def test_20000_characters_span_pages_without_losing_a_word() -> None:
    words = long_words(1600)
    text = " ".join(words)
    while len(text) < 20_000:
        words.append(f"extra{len(words)}")
        text = " ".join(words)
    assert len(text) >= 20_000
    texts = pages(render_story([title_block("Notitie"), para(text)], META))
    assert len(texts) >= 3
    assert body_words(texts, words) == words


def test_long_text_in_a_table_cell_splits_over_pages() -> None:
    words = long_words(1500)
    story = [
        details_table([("Naam", "Łukasz Wiśniewski"), ("Verslag", " ".join(words))]),
        data_table(
            [Column("Wat", "30%"), Column("Toelichting")],
            [["kort", "één regel"], ["lang", " ".join(words)], ["daarna", "nog een"]],
        ),
    ]
    texts = pages(render_story(story, META))
    assert body_words(texts, words) == words + words
    assert "nog een" in texts[-1]
    for text in texts:
        # The header row repeats at the top of each table page, never twice on one page.
        assert text.count("Toelichting") <= 1


# --- tables ------------------------------------------------------------------------------------


def test_data_table_structure() -> None:
    table = data_table(
        [Column("Naam", "*"), Column("Datum", 60, align="RIGHT")],
        [["Vries, Jan de", "01-03-2012"], ["Yılmaz, Mehmet", "01-03-2026"]],
    )
    assert table.repeatRows == 1
    assert len(table._cellvalues) == 3  # header + two rows
    header = table._cellvalues[0]
    assert [cell.text for cell in header] == ["Naam", "Datum"]
    assert all(isinstance(cell, Paragraph) for row in table._cellvalues for cell in row)
    commands = [cmd[0] for cmd in table._bkgrndcmds]
    assert "ROWBACKGROUNDS" in commands  # zebra striping


def test_data_table_rows_must_match_columns() -> None:
    with pytest.raises(ValueError):
        data_table([Column("Naam")], [["a", "b"]])


def test_data_table_header_repeats_on_every_page() -> None:
    rows = [[f"Persoon {i}", f"{1000 + i}"] for i in range(120)]
    texts = pages(render_story([data_table([Column("Naam"), Column("Nummer", 80)], rows)], META))
    assert len(texts) >= 3
    assert all(text.count("Nummer") == 1 for text in texts)
    assert body_words(texts, [str(1000 + i) for i in range(120)]) == [
        str(1000 + i) for i in range(120)
    ]


def test_details_table_shows_a_dash_for_empty_values() -> None:
    text = pages(render_story([details_table([("Functie", ""), ("Team", "<b>&")])], META))[0]
    assert "Functie\n–" in text
    assert "Team\n<b>&" in text


# --- signature block ---------------------------------------------------------------------


def test_signature_block_for_paper() -> None:
    block = signature_block(employee_and_lead("Mehmet Yılmaz", "Henk de Vries"), "Ondertekening")
    text = pages(render_story([block], META))[0]
    for expected in (
        "Ondertekening",
        "Medewerker",
        "Leidinggevende",
        "Mehmet Yılmaz",
        "Henk de Vries",
        "☐ Gezien",
        "☐ Akkoord",
        "Handtekening",
    ):
        assert expected in text
    assert "☒" not in text


def test_signature_block_with_a_recorded_signoff_and_hr() -> None:
    signers = [
        *employee_and_lead(
            "Łukasz Wiśniewski",
            "<b>Henk</b>",
            signoff="akkoord",
            signed_on=date(2026, 11, 25),
            method="screen",
        ),
        Signer("HR", "Anouk de Boer"),
    ]
    text = pages(render_story([signature_block(signers)], META))[0]
    assert "☐ Gezien" in text and "☒ Akkoord" in text
    assert "25-11-2026" in text and "Op het scherm" in text
    assert "<b>Henk</b>" in text and "Anouk de Boer" in text


def test_signature_block_stays_on_one_page() -> None:
    filler = para(" ".join(long_words(470)))  # ends near the foot of page 1
    block = signature_block(employee_and_lead("Jan de Vries", "Henk"))
    texts = pages(render_story([filler, block], META))
    signing = [i for i, text in enumerate(texts) if "Handtekening" in text]
    assert len(signing) == 1
    assert "Medewerker" in texts[signing[0]] and "Leidinggevende" in texts[signing[0]]


# --- page: header, footer, language, reproducibility --------------------------------------


def test_header_and_footer_on_every_page() -> None:
    texts = pages(render_story([para("een"), PageBreak(), para("twee")], META))
    assert len(texts) == 2
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van 2" in text
        assert "Metaal B.V." in text
        assert "Gespreksverslag – Assemblage" in text
        assert "Afgedrukt 25-11-2026" in text
        assert "Vertrouwelijk" in text


def test_english_footer() -> None:
    set_language("en")
    texts = pages(render_story([para("one"), PageBreak(), para("two")], META))
    assert "page 2 of 2" in texts[1] and "Printed 25-11-2026" in texts[1]


def test_header_without_company_and_with_a_very_long_one() -> None:
    bare = ReportMeta(title="Overzicht", printed_on=date(2026, 11, 25))
    text = pages(render_story([para("x")], bare))[0]
    assert "Overzicht" in text and "–" not in text
    long_name = "Installatietechniek " * 20 + "EINDE"
    meta = ReportMeta("Overzicht", date(2026, 11, 25), company=long_name)
    text = pages(render_story([para("x")], meta))[0]
    assert "…" in text and "EINDE" not in text


def test_invariant_output_is_reproducible() -> None:
    one = render_story([title_block("Titel", "sub"), para("Łukasz")], META, invariant=True)
    two = render_story([title_block("Titel", "sub"), para("Łukasz")], META, invariant=True)
    assert one == two
    assert one.startswith(b"%PDF-")


def test_landscape_pages() -> None:
    meta = ReportMeta("Breed", date(2026, 11, 25), landscape=True)
    page = PdfReader(io.BytesIO(render_story([para("x")], meta))).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
