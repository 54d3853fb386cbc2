"""The floor of any `musette export cv`: only what no CV written from a musette can skip.

Import reportlab's canvas and SQLCipher, open the vault with its data key and read every
row of every table, register the two faces of the documents' font (Fira Sans: Helvetica,
the bare reference's font, cannot draw Vietnamese, Greek or Cyrillic), draw 40 lines in
them, save the PDF and fsync it. No argument parsing, no records, no layout engine.

    python bench/export_floor.py VAULT OUT.pdf     # MUSETTE_RECOVERY_CODE: the hex data key
"""

from __future__ import annotations

import os
import sys

import fontpkg_fira_sans as fira
import sqlcipher3
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas


def main(vault_path: str, out: str) -> None:
    connection = sqlcipher3.connect(f"file:{vault_path}?mode=ro", uri=True)
    connection.execute(f"PRAGMA key = \"x'{os.environ['MUSETTE_RECOVERY_CODE']}'\"")
    tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (table,) in tables.fetchall():
        connection.execute(f'SELECT * FROM "{table}"').fetchall()
    connection.close()
    for name, face in (("Fira", "Regular"), ("Fira-Bold", "Bold")):
        pdfmetrics.registerFont(TTFont(name, str(fira.ROOT / "files" / f"FiraSans-{face}.ttf")))
    canvas = Canvas(out)
    canvas.setFont("Fira-Bold", 16)
    canvas.drawString(72, 770, "Nguyễn Thị Minh Khai")
    canvas.setFont("Fira", 10)
    for line in range(40):
        canvas.drawString(72, 740 - 16 * line, "Responsable d’entrepôt — stocks, équipe, sécurité")
    canvas.showPage()
    canvas.save()
    with open(out, "rb") as written:
        os.fsync(written.fileno())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
