"""The one error an importer raises, with its reason in French and English."""

from __future__ import annotations

# reason -> (French, English); {file}, {line} and {detail} are filled in.
_WORDS: dict[str, tuple[str, str]] = {
    "too_big": (
        "{file} est trop gros pour être importé ({detail}).",
        "{file} is too big to import ({detail}).",
    ),
    "unreadable": (
        "{file} ne peut pas être lu : {detail}.",
        "{file} cannot be read: {detail}.",
    ),
    "encoding": (
        "{file} n'est pas un texte UTF-8{where}.",
        "{file} is not UTF-8 text{where}.",
    ),
    "json_syntax": (
        "{file} n'est pas du JSON valide{where} : {detail}.",
        "{file} is not valid JSON{where}: {detail}.",
    ),
    "json_number": (
        "{file} contient un nombre refusé{where} : {detail}.",
        "{file} contains a refused number{where}: {detail}.",
    ),
    "json_duplicate": (
        "{file} donne deux fois la clé « {detail} » dans le même objet.",
        '{file} gives the key "{detail}" twice in the same object.',
    ),
    "json_depth": (
        "{file} est imbriqué trop profondément pour être un CV.",
        "{file} is nested too deeply to be a résumé.",
    ),
    "wrong_shape": (
        "{file} n'a pas la forme attendue : {detail}.",
        "{file} does not have the expected shape: {detail}.",
    ),
    "csv_header": (
        "{file} n'a pas l'en-tête attendu (il manque {detail}).",
        "{file} does not have the expected header ({detail} missing).",
    ),
    "csv_syntax": (
        "{file} est un CSV mal formé{where} : {detail}.",
        "{file} is a malformed CSV{where}: {detail}.",
    ),
    "zip_damaged": (
        "{file} n'est pas une archive ZIP lisible ({detail}).",
        "{file} is not a readable ZIP archive ({detail}).",
    ),
    "zip_unsafe": (
        "{file} est refusé : l'archive contient {detail}.",
        "{file} is refused: the archive contains {detail}.",
    ),
    "zip_bomb": (
        "{file} est refusé : une fois décompressée, l'archive serait trop grosse ({detail}).",
        "{file} is refused: unpacked, the archive would be too big ({detail}).",
    ),
    "not_resume": (
        "{file} n'est pas un CV au format JSON Resume : aucune des rubriques attendues "
        "(basics, work, education, skills…) n'y est écrite avec les champs de ce format.",
        "{file} is not a JSON Resume résumé: none of the expected sections "
        "(basics, work, education, skills…) is written with that format's fields.",
    ),
    "not_linkedin": (
        "{file} ne ressemble pas à une archive LinkedIn : aucun des fichiers attendus "
        "(Profile.csv, Positions.csv…) ne s'y trouve.",
        "{file} does not look like a LinkedIn archive: none of the expected files "
        "(Profile.csv, Positions.csv…) is in it.",
    ),
    "xml_syntax": (
        "{file} n'est pas du XML valide{where} : {detail}.",
        "{file} is not valid XML{where}: {detail}.",
    ),
    "xml_unsafe": (
        "{file} est refusé : il contient {detail}, ce qu'un CV Europass n'a jamais "
        "(et qui peut servir à attaquer le lecteur).",
        "{file} is refused: it contains {detail}, which a Europass CV never has "
        "(and which can be used to attack the reader).",
    ),
    "not_europass": (
        "{file} n'est pas un CV Europass : il commence par « {detail} » au lieu de "
        "« SkillsPassport ».",
        '{file} is not a Europass CV: it begins with "{detail}" instead of "SkillsPassport".',
    ),
    "europass_no_cv": (
        "{file} est un document Europass sans CV (pas de partie « LearnerInfo »).",
        '{file} is a Europass document without a CV (no "LearnerInfo" part).',
    ),
    "pdf_no_europass": (
        "{file} est un PDF qui ne porte pas de CV Europass en pièce jointe : seuls les PDF "
        "enregistrés par l'éditeur Europass en ont un.",
        "{file} is a PDF that carries no Europass CV as an attachment: only PDFs saved "
        "by the Europass editor have one.",
    ),
    "image": (
        "{file} n'est pas une image de badge acceptée : {detail}.",
        "{file} is not an accepted badge image: {detail}.",
    ),
    "no_badge": (
        "{file} ne contient pas de badge Open Badges.",
        "{file} does not contain an Open Badges badge.",
    ),
    "badge_invalid": (
        "Le badge de {file} est refusé : {detail}.",
        "The badge in {file} is refused: {detail}.",
    ),
    "ad_kind": (
        "{file} n'est pas une annonce que Musette sait lire : un texte, une page HTML ou un PDF.",
        "{file} is not an ad Musette can read: a text, an HTML page or a PDF.",
    ),
    "ad_no_text": (
        "{file} ne contient pas de texte lisible (une annonce scannée ?) : "
        "copiez-collez plutôt son texte.",
        "{file} holds no readable text (a scanned ad?): copy and paste its text instead.",
    ),
}


class ImportRefused(Exception):
    """An input file that cannot be imported; nothing was written."""

    def __init__(self, file: str, reason: str, detail: str = "", *, line: int | None = None):
        if reason not in _WORDS:
            raise ValueError(f"unknown import refusal {reason!r}")
        self.file = file
        self.reason = reason
        self.detail = detail
        self.line = line
        super().__init__(self.describe("en"))

    def describe(self, language: str) -> str:
        """One sentence for the person, in French ('fr') or English."""
        french, english = _WORDS[self.reason]
        template = french if language == "fr" else english
        where = ""
        if self.line is not None:
            where = f" (ligne {self.line})" if language == "fr" else f" (line {self.line})"
        return template.format(file=self.file, detail=self.detail, where=where)
