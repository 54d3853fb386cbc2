"""Input files the way real exports write them, built by the tests (and the benchmarks)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

CONNECTIONS_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n\n'
)


def csv_text(header: list[str], rows: list[list[str]], preamble: str = "") -> str:
    out = io.StringIO()
    out.write(preamble)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def linkedin_files(
    *, positions: int = 3, connections: int = 4, french: bool = False
) -> dict[str, str]:
    """The CSV files of a member's archive: Profile, Positions, Connections and the rest."""
    month = "août" if french else "Aug"
    files = {
        "Profile.csv": csv_text(
            [
                "First Name",
                "Last Name",
                "Maiden Name",
                "Address",
                "Birth Date",
                "Headline",
                "Summary",
                "Industry",
                "Zip Code",
                "Geo Location",
                "Twitter Handles",
                "Websites",
                "Instant Messengers",
            ],
            [
                [
                    "Karim",
                    "Benali",
                    "",
                    "12 rue des Lilas",
                    "Mar 14, 1988",
                    "Chef d'équipe logistique",
                    "Quinze ans d'entrepôt, de quai et d'équipe.",
                    "Transports",
                    "69007",
                    "Lyon, Auvergne-Rhône-Alpes, France",
                    "",
                    "",
                    "",
                ]
            ],
        ),
        "Email Addresses.csv": csv_text(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [["karim.benali@example.org", "Yes", "Yes", "1/2/20, 10:00 AM"]],
        ),
        "Positions.csv": csv_text(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                [
                    "Entrepôts du Rhône",
                    "Chef d'équipe",
                    "Équipe de 12 caristes.",
                    "Lyon",
                    f"{month} 2018",
                    "",
                ],
                [
                    "Transports Martin",
                    "Cariste",
                    "CACES 1, 3, 5.",
                    "Vénissieux",
                    "Mar 2012",
                    "Jul 2018",
                ],
            ]
            + [
                [f"Intérim {n}", f"Préparateur {n}", "", "", "Jan 2010", "Feb 2010"]
                for n in range(max(0, positions - 2))
            ],
        ),
        "Education.csv": csv_text(
            ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
            [["AFPA Lyon", "2011", "2012", "", "Titre professionnel Agent magasinier", ""]],
        ),
        "Skills.csv": csv_text(
            ["Name"], [["Gestion des stocks"], ["Conduite de chariot"], ["Gestion des stocks"]]
        ),
        "Languages.csv": csv_text(
            ["Name", "Proficiency"],
            [
                ["Arabe", "Native or bilingual proficiency"],
                ["Anglais", "Limited working proficiency"],
            ],
        ),
        "Certifications.csv": csv_text(
            ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"],
            [["CACES R489 catégorie 3", "", "AFPA", "Jun 2019", "Jun 2024", "R489-123"]],
        ),
        "Projects.csv": csv_text(
            ["Title", "Description", "Url", "Started On", "Finished On"],
            [["Réorganisation du quai", "Moins 20 % d'attente.", "", "Jan 2021", "Jun 2021"]],
        ),
        "Recommendations_Received.csv": csv_text(
            ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
            [
                [
                    "Hélène",
                    "Roux",
                    "Entrepôts du Rhône",
                    "Directrice de site",
                    "Karim a transformé l'équipe de nuit.",
                    "07/14/21, 10:15 AM",
                    "VISIBLE",
                ],
                [
                    "Paul",
                    "Nguyen",
                    "Ailleurs SA",
                    "Client",
                    "Toujours fiable.",
                    "03/02/19, 9:00 AM",
                    "VISIBLE",
                ],
            ],
        ),
        "Endorsement_Received_Info.csv": csv_text(
            [
                "Endorsement Date",
                "Skill Name",
                "Endorser First Name",
                "Endorser Last Name",
                "Endorser Public Url",
                "Endorsement Status",
            ],
            [
                ["2022/01/05 10:00:00 UTC", "Gestion des stocks", "Hélène", "Roux", "", "ACCEPTED"],
                ["2022/02/05 10:00:00 UTC", "Management", "Paul", "Nguyen", "", "ACCEPTED"],
            ],
        ),
        "Connections.csv": csv_text(
            [
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On",
            ],
            [
                [
                    f"Prénom{n}",
                    f"Nom{n}",
                    f"https://www.linkedin.com/in/nom{n}",
                    "",
                    "Entrepôts du Rhône",
                    "Cariste",
                    "12 mars 2023" if french else "12 Mar 2023",
                ]
                for n in range(connections)
            ],
            preamble=CONNECTIONS_PREAMBLE,
        ),
    }
    return files


def write_zip(path: Path, files: dict[str, str | bytes], *, folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            archive.writestr(folder + name, data)
    return path


def big_resume(entries: int) -> dict[str, Any]:
    """A JSON Resume with `entries` items spread over its sections."""
    quarter = entries // 4
    return {
        "basics": {"name": "Camille Durand", "email": "camille@example.org"},
        "work": [
            {
                "name": f"Entreprise {n}",
                "position": f"Poste {n}",
                "startDate": f"{1990 + n % 30}-0{1 + n % 9}",
                "summary": "Accueil, vente et gestion de caisse. " * 3,
                "highlights": ["Un", "Deux"],
            }
            for n in range(quarter)
        ],
        "education": [
            {"institution": f"École {n}", "studyType": f"Diplôme {n}"} for n in range(quarter)
        ],
        "skills": [
            {"name": f"Compétence {n}", "level": "Advanced", "keywords": ["a", "b"]}
            for n in range(quarter)
        ],
        "references": [
            {"name": f"Réf {n} Nom", "reference": "Très fiable."}
            for n in range(entries - 3 * quarter)
        ],
    }


def dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)
