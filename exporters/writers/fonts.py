"""The fonts PDFs embed, and which one draws each character.

- Fira Sans (fontpkg-fira-sans, OFL, static TTFs) for Latin — Vietnamese, Polish,
  Czech, Turkish and Romanian included — Greek and Cyrillic. Its zero is a plain
  oval: Atkinson Hyperlegible, the app's screen font, slashes it, which reads as
  "Ø" on paper ("2Ø18").
- IBM Plex Sans Arabic (fontpkg-ibm-plex-sans-arabic, OFL, static TTFs; Noto Sans
  Arabic's package only has a variable font, which reportlab draws at one weight):
  Arabic, Persian and Urdu letters, shaped through HarfBuzz.
- Everything else (Hebrew, Armenian, Georgian, Chinese, Japanese, Korean…) from
  the system's fonts, found through fontconfig, TrueType outlines only (reportlab
  cannot embed CFF fonts), embedded and subsetted like the others — never
  reportlab's CID fonts, which are not embedded and which `pdftotext` cannot read.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class Face:
    """One family as reportlab knows it: a regular and a bold name."""

    regular: str
    bold: str
    shaped: bool  # drawn through HarfBuzz: joined letters, right-to-left words

    def name(self, bold: bool) -> str:
        return self.bold if bold else self.regular


BASE = Face("FiraSans", "FiraSans-Bold", shaped=False)
ARABIC = Face("IBMPlexSansArabic", "IBMPlexSansArabic-Bold", shaped=True)
REGULAR = BASE.regular
BOLD = BASE.bold

# Faces for other uses than running text: monospaced, serif, historical hands (Rashi),
# display cuts; chosen only when nothing else draws the character.
_UNSUITED = ("mono", "serif", "italic", "oblique", "rashi", "display", "looped", "condensed")
_lock = threading.Lock()  # exports run on workers; reportlab's font registry is global
_system_faces: list[tuple[Face, frozenset[int]]] = []


def register() -> None:
    """Register the packaged faces with reportlab (once)."""
    if BOLD in pdfmetrics.getRegisteredFontNames():
        return
    import fontpkg_fira_sans as fira

    with _lock:
        _register(BASE.regular, fira.ROOT / "files" / "FiraSans-Regular.ttf")
        _register(BASE.bold, fira.ROOT / "files" / "FiraSans-Bold.ttf")


def _arabic() -> None:
    """Register the Arabic faces the first time a character needs them (8 ms saved otherwise)."""
    if ARABIC.bold in pdfmetrics.getRegisteredFontNames():
        return
    import fontpkg_ibm_plex_sans_arabic as plex

    with _lock:
        _register(ARABIC.regular, plex.ROOT / "files" / "IBMPlexSansArabic-Regular.ttf")
        _register(ARABIC.bold, plex.ROOT / "files" / "IBMPlexSansArabic-Bold.ttf")


def _register(name: str, path: Path, index: int = 0) -> TTFont:
    if name in pdfmetrics.getRegisteredFontNames():
        known = pdfmetrics.getFont(name)
        assert isinstance(known, TTFont)
        return known
    # Every face may be shaped: reportlab shapes a paragraph through HarfBuzz only when
    # its style asks (scripts.shaped_style, for the paragraphs that hold Arabic, Indic
    # or Khmer letters) and its own font is shapable — Latin alone is drawn unshaped.
    font = TTFont(name, str(path), subfontIndex=index, shapable=True)
    pdfmetrics.registerFont(font)
    return font


@functools.cache
def base_characters() -> frozenset[str]:
    """Every character the base face draws, and the spaces and line breaks between them."""
    register()
    return frozenset(map(chr, _covered(BASE.regular))) | frozenset(" \n\t")


@functools.cache
def _covered(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


@functools.lru_cache(maxsize=8192)
def face_for(char: str) -> Face | None:
    """The face that draws this character, or None when no font at hand can."""
    register()
    code = ord(char)
    if code in _covered(BASE.regular):
        return BASE
    _arabic()
    if code in _covered(ARABIC.regular):
        return ARABIC
    with _lock:
        for face, covered in _system_faces:
            if code in covered:
                return face
        found = _from_fontconfig(code)
        if found is not None:
            _system_faces.append(found)
            return found[0]
    return None


def invisible(char: str) -> bool:
    """Spaces and format marks (bidi marks, zero-width joiners): nothing to draw."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc")


def _from_fontconfig(code: int) -> tuple[Face, frozenset[int]] | None:
    """A system font that draws `code`, preferring regular sans faces (Noto first)."""
    if shutil.which("fc-list") is None:
        return None  # Windows and macOS: only the packaged faces
    try:
        listing = subprocess.run(
            ["fc-list", "--format", "%{file}\t%{index}\t%{style[0]}\t%{fontformat}\n",
             f":charset={code:x}"],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    candidates = []
    for line in listing.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or parts[3] != "TrueType":  # CFF outlines cannot be embedded
            continue
        path, index, style = Path(parts[0]), int(parts[1] or 0), parts[2].lower()
        file_name = path.name.lower()
        rank = (
            style not in ("regular", "book", "normal", "medium"),
            any(word in file_name for word in _UNSUITED),
            "sans" not in file_name,
            "noto" not in file_name,
            path.name,
        )
        candidates.append((rank, path, index))
    for _, path, index in sorted(candidates):
        name = f"sys-{path.stem}-{index}"
        try:
            regular = _register(name, path, index)
        except Exception:  # noqa: BLE001 - a font reportlab cannot read is simply not used
            continue
        bold_path = path.with_name(path.name.replace("Regular", "Bold"))
        bold = name
        if bold_path != path and bold_path.exists():
            try:
                bold = _register(f"sys-{bold_path.stem}-{index}", bold_path, index).fontName
            except Exception:  # noqa: BLE001 - the regular face then draws bold text too
                bold = name
        covered = frozenset(regular.face.charToGlyph)
        if code in covered:
            return Face(name, bold, shaped=True), covered
    return None


def covers(face: Face, char: str) -> bool:
    """Whether the face draws this character."""
    return ord(char) in _covered(face.regular)


def shaped_names() -> frozenset[str]:
    """The reportlab names of every face drawn through HarfBuzz."""
    names = {ARABIC.regular, ARABIC.bold}
    for face, _ in _system_faces:
        names |= {face.regular, face.bold}
    return frozenset(names)
