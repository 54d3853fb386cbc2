"""Where `musette export cv` spends its time, step by step, in a fresh process.

The same calls as the command (musette_desktop/cli.py, cmd_export), unlocked with the
recovery code as the bench's row is. Each step's milliseconds go to stdout as JSON, from
the moment the interpreter starts running this file; the steps a bare reportlab process
writing a one-page canvas PDF also takes come first.

    python bench/export_steps.py VAULT OUT.pdf     # MUSETTE_RECOVERY_CODE in the environment
"""

from __future__ import annotations

import json
import sys
import time

START = time.perf_counter()
steps: dict[str, float] = {}
last = START


def step(name: str) -> None:
    global last
    now = time.perf_counter()
    steps[name] = (now - last) * 1000
    last = now


def main(vault_path: str, out: str) -> None:
    from reportlab.pdfgen.canvas import Canvas  # noqa: F401

    step("import reportlab's canvas (the bare process pays it too)")
    from musette_desktop import cli  # noqa: F401

    step("the command line's modules (vault, records as dataclasses, SQLCipher)")
    from exporters.actions import export
    from exporters.writers import cv_pdf, fonts

    step("the CV writer's modules (reportlab's platypus, paragraphs, tables)")
    from pathlib import Path

    vault = cli._open_for_reading(vault_path)  # noqa: SLF001 - the command's own opening
    step("open the vault with the recovery code (no key derivation), schema checked")
    choice = export.choice_for(vault, None)
    career = export.career_for(vault, "cv", choice)
    step("read the career, and its ESCO names in the CV's language")
    fonts.register()
    step("register the fonts (Fira Sans, two faces, parsed by reportlab)")
    laying_out = 0.0
    lay_out = cv_pdf._Builder.lay_out  # noqa: SLF001 - timed, not changed

    def timed(builder: cv_pdf._Builder) -> cv_pdf._Layout:  # noqa: SLF001
        nonlocal laying_out
        began = time.perf_counter()
        try:
            return lay_out(builder)
        finally:
            laying_out += time.perf_counter() - began

    cv_pdf._Builder.lay_out = timed  # type: ignore[method-assign]  # noqa: SLF001
    data = cv_pdf.export(career, choice)
    step("lay out and write the PDF")
    whole = steps.pop("lay out and write the PDF")
    steps["lay out the pages (twice when a last page is nearly empty)"] = laying_out * 1000
    steps["write the PDF (fonts subset, objects, compression)"] = whole - laying_out * 1000
    export.save(vault, "cv", Path(out), choice, data)
    step("save atomically, and note the share in the vault's log")
    export.untranslated(vault, choice)
    vault.close()
    step("look for texts not in the CV's language, close the vault")
    print(json.dumps(steps))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
