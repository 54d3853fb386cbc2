"""Read the data archive LinkedIn gives its members (a ZIP of CSV files) into records."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from vault.errors import InvalidRecord
from vault.model import (
    IMPORTED,
    Certification,
    Contact,
    Education,
    Experience,
    Note,
    Person,
    Provenance,
    Record,
    Skill,
)

from ..levels import level_of
from . import safe_text, safe_zip
from .dates import partial_iso
from .errors import ImportRefused
from .plan import ImportPlan, ImportWarning
from .safe_csv import cell, read_rows

SOURCE = "linkedin"

# file -> the columns it must have; any other column is welcome and kept.
FILES: dict[str, tuple[str, ...]] = {
    "Profile.csv": ("First Name", "Last Name"),
    "Email Addresses.csv": ("Email Address",),
    "PhoneNumbers.csv": ("Number",),
    "Positions.csv": ("Company Name", "Title"),
    "Education.csv": ("School Name",),
    "Skills.csv": ("Name",),
    "Certifications.csv": ("Name",),
    "Languages.csv": ("Name",),
    "Projects.csv": ("Title",),
    "Volunteering.csv": ("Role",),
    "Honors.csv": ("Title",),
    "Publications.csv": ("Name",),
    "Recommendations_Received.csv": ("First Name", "Last Name", "Text"),
    "Endorsement_Received_Info.csv": ("Skill Name",),
    "Connections.csv": ("First Name", "Last Name"),
}

_WORDS = {
    "fr": {
        "endorsements": "{skill} : {count} recommandation(s) LinkedIn",
        "no_position": "recommandation de {name} rattachée à aucun poste (entreprise « {company} » introuvable)",
    },
    "en": {
        "endorsements": "{skill}: {count} LinkedIn endorsement(s)",
        "no_position": 'recommendation from {name} attached to no position (company "{company}" not found)',
    },
}


def read(path: Path, *, language: str = "fr") -> ImportPlan:
    """The plan for one LinkedIn archive, or for the folder it was unpacked into."""
    if path.is_dir():
        contents = _read_folder(path)
    else:
        contents = safe_zip.read_members(path, FILES)
    if not contents:
        raise ImportRefused(path.name, "not_linkedin")
    tables = {}
    unread: list[ImportRefused] = []
    for name, data in contents.items():
        where = f"{path.name}/{name}"  # the archive and the file inside it
        try:
            tables[name] = read_rows(safe_text.decode(data, where), where, FILES[name])
        except ImportRefused as refused:
            if refused.reason != "csv_header":
                raise
            unread.append(refused)  # read what is recognisable, name the rest
    if not tables:
        raise unread[0]
    plan = _Builder(path.name, tables, language).plan()
    for skipped in unread:
        plan.warnings.append(ImportWarning("header", skipped.file, skipped.detail))
    # What the archive holds that Musette has no place for yet is named, never silently left.
    listed = _csv_names_in_folder(path) if path.is_dir() else safe_zip.csv_names(path)
    wanted = {name.lower() for name in FILES}
    for other in sorted(n for n in listed if n.lower() not in wanted):
        plan.warnings.append(ImportWarning("not_read", f"{path.name}/{other}"))
    return plan


def _csv_names_in_folder(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file()]


def _read_folder(folder: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for name in FILES:
        candidate = folder / name
        if candidate.is_symlink():
            raise ImportRefused(folder.name, "zip_unsafe", f"a symbolic link ({name})")
        if candidate.is_file():
            found[name] = safe_text.read_bytes(candidate)
    return found


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class _Builder:
    """Turns the archive's tables into one plan."""

    def __init__(self, file_name: str, tables: dict[str, list[dict[str, str]]], language: str):
        self.tables = tables
        self.words = _WORDS["fr" if language == "fr" else "en"]
        self.plan_ = ImportPlan(SOURCE, file_name)
        self.provenance = Provenance(IMPORTED, SOURCE, file_name)
        self.skills: dict[str, Skill] = {}
        self.positions: list[Experience] = []

    def rows(self, name: str) -> list[tuple[str, dict[str, str]]]:
        """Rows with a place name for warnings ("Positions.csv #3")."""
        return [(f"{name} #{n}", row) for n, row in enumerate(self.tables.get(name, []), 1)]

    def date(self, where: str, column: str, value: str, kept: dict[str, Any]) -> str:
        found = partial_iso(value)
        if found is None:
            self.plan_.warnings.append(ImportWarning("date", f"{where} {column}", value))
            kept[column] = value
            return ""
        return found

    def period(
        self, where: str, row: dict[str, str], first: str, last: str, kept: dict[str, Any]
    ) -> tuple[str, str]:
        """Start and end dates; an end before the start is kept aside, not imported."""
        start = self.date(where, first, cell(row, first), kept)
        end = self.date(where, last, cell(row, last), kept)
        if start and end and end[: len(start)] < start[: len(end)]:
            kept[last], end = cell(row, last), ""
        return start, end

    def left_out(self, where: str, row: dict[str, str]) -> None:
        """A row with nothing to call it by: not added, and what it held said in the report."""
        held = " · ".join(value for value in row.values() if value.strip())
        if held:
            self.plan_.warnings.append(ImportWarning("untitled", where, held))
        else:
            self.plan_.warnings.append(ImportWarning("empty", where))

    def extra(self, kept: dict[str, Any]) -> str:
        clean = {k: v for k, v in kept.items() if v}
        return json.dumps({"linkedin": clean} if clean else {}, ensure_ascii=False)

    def add(self, record: Record) -> Record:
        return self.plan_.add(record)

    def plan(self) -> ImportPlan:
        self._profile()
        self._positions()
        self._education()
        # Languages first: a name in both files keeps the language's proficiency (the
        # Skills row adds nothing more than the name).
        self._languages()
        self._skills()
        self._certifications()
        self._projects()
        self._volunteering()
        self._honors()
        self._publications()
        self._recommendations()
        self._endorsements()
        self._connections()
        return self.plan_

    def _profile(self) -> None:
        rows = self.tables.get("Profile.csv", [])
        emails = self.tables.get("Email Addresses.csv", [])
        phones = self.tables.get("PhoneNumbers.csv", [])
        if not (rows or emails or phones):
            return
        row = rows[0] if rows else {}
        kept: dict[str, Any] = {
            k: row.get(k, "")
            for k in ("Maiden Name", "Industry", "Websites", "Twitter Handles", "Geo Location")
        }
        birth = partial_iso(cell(row, "Birth Date")) or ""
        if len(birth) != 10:
            kept["Birth Date"] = cell(row, "Birth Date")
            birth = ""
        places = [p.strip() for p in cell(row, "Geo Location").split(",") if p.strip()]
        primary = [e for e in emails if cell(e, "Primary").lower() in ("yes", "oui", "true")]
        email = cell((primary or emails or [{}])[0], "Email Address")
        person = Person(
            given_name=cell(row, "First Name"),
            family_name=cell(row, "Last Name"),
            address=cell(row, "Address"),
            postcode=cell(row, "Zip Code"),
            # "Lyon, Auvergne-Rhône-Alpes, France": the city first, the country last.
            city=places[0] if places else "",
            country=places[-1] if len(places) > 1 else "",
            birth_date=birth,
            headline=cell(row, "Headline"),
            summary=cell(row, "Summary"),
            email=email if "@" in email else "",
            phone=cell(phones[0], "Number") if phones else "",
            provenance=self.provenance,
            extra=self.extra(kept),
        )
        try:
            person.validate()
        except InvalidRecord:  # an odd e-mail address: keep it aside rather than refuse the archive
            person = Person(
                given_name=person.given_name,
                family_name=person.family_name,
                headline=person.headline,
                summary=person.summary,
                provenance=self.provenance,
                extra=self.extra({**kept, "Email Address": email}),
            )
        self.add(person)

    def _positions(self) -> None:
        for where, row in self.rows("Positions.csv"):
            kept: dict[str, Any] = {}
            start, end = self.period(where, row, "Started On", "Finished On", kept)
            title = cell(row, "Title") or cell(row, "Company Name")
            if not title:
                self.left_out(where, row)
                continue
            position = Experience(
                title=title,
                organisation=cell(row, "Company Name"),
                location=cell(row, "Location"),
                description=cell(row, "Description"),
                start_date=start,
                end_date=end,
                provenance=self.provenance,
                extra=self.extra(kept),
            )
            self.positions.append(position)
            self.add(position)

    def _education(self) -> None:
        for where, row in self.rows("Education.csv"):
            kept: dict[str, Any] = {}
            start, end = self.period(where, row, "Start Date", "End Date", kept)
            school = cell(row, "School Name")
            title = cell(row, "Degree Name") or school
            if not title:
                self.left_out(where, row)
                continue
            notes = "\n\n".join(t for t in (cell(row, "Notes"), cell(row, "Activities")) if t)
            self.add(
                Education(
                    title=title,
                    institution=school,
                    start_date=start,
                    end_date=end,
                    description=notes,
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )

    def _skill(
        self, label: str, *, category: str = "skill", level: int | None = None, word: str = ""
    ) -> Skill:
        key = _norm(label)
        if key not in self.skills:
            self.skills[key] = Skill(
                label=label,
                category=category,
                level=level,
                provenance=self.provenance,
                # The person's own words for the level: documents print them as written.
                extra=self.extra({"Proficiency": word}),
            )
            self.add(self.skills[key])
        return self.skills[key]

    def _skills(self) -> None:
        for where, row in self.rows("Skills.csv"):
            label = cell(row, "Name")
            if label:
                self._skill(label)
            else:
                self.left_out(where, row)

    def _languages(self) -> None:
        for where, row in self.rows("Languages.csv"):
            label = cell(row, "Name")
            if not label:
                self.left_out(where, row)
                continue
            word = cell(row, "Proficiency")
            known = self.skills.get(_norm(label))
            if known is not None and word:
                kept = json.loads(known.extra or "{}").get("linkedin", {}).get("Proficiency", "")
                if kept != word:
                    # The same language twice, two levels: the second is named, not dropped.
                    held = f"{label} · {word}"
                    self.plan_.warnings.append(ImportWarning("repeated", where, held))
                    continue
            self._skill(label, category="language", level=level_of(word), word=word)

    def _certifications(self) -> None:
        for where, row in self.rows("Certifications.csv"):
            kept: dict[str, Any] = {}
            issued, expires = self.period(where, row, "Started On", "Finished On", kept)
            name = cell(row, "Name")
            if not name:
                self.left_out(where, row)
                continue
            self.add(
                Certification(
                    name=name,
                    issuer=cell(row, "Authority"),
                    url=cell(row, "Url"),
                    identifier=cell(row, "License Number"),
                    issued_on=issued,
                    expires_on=expires,
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )

    def _projects(self) -> None:
        for where, row in self.rows("Projects.csv"):
            kept: dict[str, Any] = {"Url": cell(row, "Url")}
            start, end = self.period(where, row, "Started On", "Finished On", kept)
            title = cell(row, "Title")
            if not title:
                self.left_out(where, row)
                continue
            self.add(
                Experience(
                    kind="personal",
                    title=title,
                    description=cell(row, "Description"),
                    start_date=start,
                    end_date=end,
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )

    def _volunteering(self) -> None:
        for where, row in self.rows("Volunteering.csv"):
            kept: dict[str, Any] = {"Cause": cell(row, "Cause")}
            start, end = self.period(where, row, "Started On", "Finished On", kept)
            title = cell(row, "Role") or cell(row, "Company Name")
            if not title:
                self.left_out(where, row)
                continue
            self.add(
                Experience(
                    kind="volunteering",
                    title=title,
                    organisation=cell(row, "Company Name"),
                    description=cell(row, "Description"),
                    start_date=start,
                    end_date=end,
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )

    def _honors(self) -> None:
        for where, row in self.rows("Honors.csv"):
            kept: dict[str, Any] = {"summary": cell(row, "Description")}
            issued = self.date(where, "Issued On", cell(row, "Issued On"), kept)
            title = cell(row, "Title")
            if not title:
                self.left_out(where, row)
                continue
            extra = json.loads(self.extra(kept))
            extra["json_resume"] = {"section": "awards"}  # printed with the awards
            self.add(
                Certification(
                    name=title,
                    issued_on=issued,
                    provenance=self.provenance,
                    extra=json.dumps(extra, ensure_ascii=False),
                )
            )

    def _publications(self) -> None:
        for where, row in self.rows("Publications.csv"):
            kept: dict[str, Any] = {"publisher": cell(row, "Publisher"), "url": cell(row, "Url")}
            published = self.date(where, "Published On", cell(row, "Published On"), kept)
            title = cell(row, "Name")
            if not title:
                self.left_out(where, row)
                continue
            extra = json.loads(self.extra(kept))
            extra["json_resume"] = {"section": "publications"}
            self.add(
                Note(
                    title=title,
                    body=cell(row, "Description"),
                    occurred_on=published,
                    provenance=self.provenance,
                    extra=json.dumps(extra, ensure_ascii=False),
                )
            )

    def _position_for(self, company: str, on: str) -> Experience | None:
        """The position a recommendation from someone at `company` most likely concerns."""
        matches = [p for p in self.positions if company and _norm(p.organisation) == _norm(company)]
        during = [
            p
            for p in matches
            if on
            and p.start_date[:7] <= on[:7]
            and (not p.end_date or on[:7] <= p.end_date[:7] + "~")
        ]
        chosen = during or matches
        return max(chosen, key=lambda p: p.start_date) if chosen else None

    def _recommendations(self) -> None:
        for where, row in self.rows("Recommendations_Received.csv"):
            text = cell(row, "Text")
            if not text:
                self.left_out(where, row)
                continue
            kept: dict[str, Any] = {"Status": cell(row, "Status")}
            on = self.date(where, "Creation Date", cell(row, "Creation Date"), kept)
            name = " ".join(p for p in (cell(row, "First Name"), cell(row, "Last Name")) if p)
            role = ", ".join(p for p in (cell(row, "Job Title"), cell(row, "Company")) if p)
            position = self._position_for(cell(row, "Company"), on)
            if position is None:
                detail = self.words["no_position"].format(name=name, company=cell(row, "Company"))
                self.plan_.warnings.append(ImportWarning("unmatched", where, detail))
            self.add(
                Note(
                    title=f"{name} ({role})" if role else name or "LinkedIn",
                    body=text,
                    occurred_on=on,
                    related_id=position.id if position else "",
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )

    def _endorsements(self) -> None:
        by_skill: dict[str, list[dict[str, str]]] = defaultdict(list)
        labels: dict[str, str] = {}
        for _, row in self.rows("Endorsement_Received_Info.csv"):
            label = cell(row, "Skill Name")
            if label:
                by_skill[_norm(label)].append(row)
                labels.setdefault(_norm(label), label)
        for key, rows in by_skill.items():
            skill = self._skill(labels[key])
            lines = []
            for row in rows:
                name = " ".join(
                    p
                    for p in (cell(row, "Endorser First Name"), cell(row, "Endorser Last Name"))
                    if p
                )
                when = partial_iso(cell(row, "Endorsement Date")) or cell(row, "Endorsement Date")
                lines.append(
                    " — ".join(p for p in (name, when, cell(row, "Endorser Public Url")) if p)
                )
            self.add(
                Note(
                    title=self.words["endorsements"].format(skill=skill.label, count=len(rows)),
                    body="\n".join(sorted(lines)),
                    related_id=skill.id,
                    provenance=self.provenance,
                )
            )

    def _connections(self) -> None:
        for where, row in self.rows("Connections.csv"):
            given, family = cell(row, "First Name"), cell(row, "Last Name")
            if not (given or family):
                self.left_out(where, row)
                continue
            kept: dict[str, Any] = {}
            connected = self.date(where, "Connected On", cell(row, "Connected On"), kept)
            kept["Connected On"] = connected or kept.get("Connected On", "")
            email = cell(row, "Email Address")
            if email and "@" not in email:
                kept["Email Address"], email = email, ""
            self.add(
                Contact(
                    given_name=given,
                    family_name=family,
                    organisation=cell(row, "Company"),
                    role=cell(row, "Position"),
                    email=email,
                    note=cell(row, "URL"),
                    provenance=self.provenance,
                    extra=self.extra(kept),
                )
            )
