"""The recovery sheet: the recovery code on paper, with what it is for, as a PDF."""

from __future__ import annotations

from typing import BinaryIO, TypedDict

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import fonts


class SheetText(TypedDict):
    title: str
    file: str
    intro: list[str]
    code: str
    hex: str
    how: list[str]


TEXT: dict[str, SheetText] = {
    "fr": {
        "title": "Feuille de secours Musette",
        "file": "Fichier\u00a0: ",
        "intro": [
            "Ce code ouvre votre musette si vous oubliez votre phrase de passe,",
            "ou si le fichier de clés est perdu. Gardez cette feuille à l'abri,",
            "loin de l'ordinateur. Quiconque possède ce code peut lire votre musette.",
        ],
        "code": "Code de secours",
        "hex": "Le même code, pour un outil SQLCipher 4 (PRAGMA key = \"x'…'\")\u00a0:",
        "how": [
            "Pour l'utiliser\u00a0: ouvrez Musette, choisissez «\u00a0J'ai oublié ma phrase de passe\u00a0»,",
            "puis recopiez le code. Les tirets et les espaces n'ont pas d'importance.",
        ],
    },
    "en": {
        "title": "Musette recovery sheet",
        "file": "File: ",
        "intro": [
            "This code opens your Musette file if you forget your passphrase,",
            "or if its key file is lost. Keep this sheet safe, away from the",
            "computer. Anyone holding this code can read your Musette file.",
        ],
        "code": "Recovery code",
        "hex": "The same code, for a SQLCipher 4 tool (PRAGMA key = \"x'…'\"):",
        "how": [
            'To use it: open Musette, choose "I forgot my passphrase",',
            "then type the code. Dashes and spaces do not matter.",
        ],
    },
}


def write(
    stream: BinaryIO, *, code: str, hex_key: str, file_name: str, language: str = "fr"
) -> None:
    """Draw the sheet; the same inputs give the same bytes (no dates, no author)."""
    fonts.register()
    words = TEXT[language]
    # initialFontName keeps Helvetica (never embedded) out of the file; the stubs
    # wrongly type it as a float.
    canvas = Canvas(
        stream,
        pagesize=A4,
        invariant=True,
        pageCompression=1,
        initialFontName=fonts.REGULAR,  # type: ignore[arg-type]
    )
    canvas.setTitle(words["title"])
    canvas.setAuthor("")
    canvas.setCreator("Musette")
    canvas.setProducer("Musette")
    width, height = A4
    x = 25 * mm
    y = height - 30 * mm
    canvas.setFont(fonts.BOLD, 22)
    canvas.drawString(x, y, words["title"])
    y -= 12 * mm
    canvas.setFont(fonts.REGULAR, 12)
    canvas.drawString(x, y, words["file"] + file_name)
    y -= 10 * mm
    for line in words["intro"]:
        canvas.drawString(x, y, line)
        y -= 6 * mm
    y -= 8 * mm
    canvas.setFont(fonts.BOLD, 14)
    canvas.drawString(x, y, words["code"])
    y -= 12 * mm
    groups = code.split("-")
    canvas.setFont(fonts.BOLD, 20)
    for start in range(0, len(groups), 4):
        # Fixed columns: the groups line up even in a proportional font.
        for column, group in enumerate(groups[start : start + 4]):
            canvas.drawString(x + column * 32 * mm, y, group)
        y -= 11 * mm
    y -= 6 * mm
    canvas.setFont(fonts.REGULAR, 10)
    canvas.drawString(x, y, words["hex"])
    y -= 6 * mm
    canvas.setFont(fonts.REGULAR, 10)
    canvas.drawString(x, y, hex_key)
    y -= 14 * mm
    canvas.setFont(fonts.REGULAR, 12)
    for line in words["how"]:
        canvas.drawString(x, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
