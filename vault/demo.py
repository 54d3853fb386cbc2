"""A realistic fictional French career, for demonstrations, screenshots and tests."""

from __future__ import annotations

from .model import (
    Certification,
    Community,
    Contact,
    CpfReading,
    Education,
    Experience,
    Interaction,
    Note,
    Organisation,
    Person,
    Project,
    ProjectStep,
    Record,
    Reminder,
    RightScheme,
    Situation,
    Skill,
    SkillEvidence,
)
from .vault import Vault

ESCO = "http://data.europa.eu/esco/skill/"

# (label, ESCO id or "", level 1-4, category)
_SKILLS: tuple[tuple[str, str, int, str], ...] = (
    ("gérer les stocks d'un entrepôt", "5d2e82cc-5943-4218-a459-a1956fad2b63", 4, "skill"),
    ("utiliser un chariot élévateur", "28cb374e-6261-4133-8371-f9a5470145da", 4, "skill"),
    ("règles de gestion des stocks", "5aaf2780-04d7-4bbf-8b06-af36eafe8eba", 3, "knowledge"),
    (
        "tenir à jour des bases de données logistiques",
        "0af529ff-a95d-419b-ab2a-335f6894a966",
        3,
        "skill",
    ),
    ("appliquer des normes de qualité", "236526e2-d5a8-436b-91d1-47e5d431e7ea", 3, "skill"),
    ("planifier la constitution d'une équipe", "045df803-cbab-40a9-9ac0-3c4a81ab4b2c", 3, "skill"),
    (
        "planifier des procédures pour des opérations de manutention de la cargaison",
        "080b0153-36ae-43f6-b3c3-c1fe6fd8f1de",
        3,
        "skill",
    ),
    ("utiliser un tableur", "1973c966-f236-40c9-b2d4-5d71a89019be", 3, "skill"),
    ("interagir verbalement en anglais", "0ee9e985-0ee5-4a73-8a12-78b53b261bb2", 2, "language"),
    ("préparer des activités d'audit", "095fdace-1cc3-4e80-b37b-268fe297904a", 2, "skill"),
    ("prévoir les risques opérationnels", "1c08d63d-1c5e-4b9b-ad3e-f7ba7debb2d1", 2, "skill"),
    ("vérifier des expéditions", "0b3ee7c8-dc29-48de-a54b-2c91560161a4", 4, "skill"),
    ("décharger une cargaison", "042f91e3-cccc-4d51-b635-bb14ffe90cfc", 4, "skill"),
    ("charger une cargaison", "048affec-04db-4bd5-b7a6-c666d16c0fef", 4, "skill"),
    ("Animer le quart d'heure sécurité", "", 3, "skill"),
    ("Logiciel de gestion d'entrepôt (WMS Reflex)", "", 4, "skill"),
    ("SAP, module MM", "", 2, "skill"),
    ("Construire les plannings d'équipe", "", 3, "skill"),
    ("Accueillir et intégrer les intérimaires", "", 3, "transversal"),
    ("Sauveteur secouriste du travail (SST)", "", 3, "skill"),
    ("Écoute et médiation", "", 3, "transversal"),
    ("Tenir la trésorerie d'une association", "", 2, "skill"),
)

# A minimal, valid one-page PDF ("Attestation de formation"), written by hand so
# that the demo depends on nothing but the vault.
_PDF_TEXT = b"BT /F1 18 Tf 72 720 Td (Attestation de formation - Management d'equipe) Tj ET"


def _tiny_pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(_PDF_TEXT) + _PDF_TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_LETTER = """Sophie Lefèvre
Lyon, le 3 novembre 2026

Objet : candidature au poste de responsable QHSE

Madame, Monsieur,

Après dix-huit ans dans la logistique, dont six à encadrer une équipe de
vingt-cinq personnes, je souhaite mettre mon expérience de terrain au service
de la qualité, de la sécurité et de l'environnement.
""".encode()


def demo_records() -> list[Record]:
    """Every record of the demo career, evidence links included."""
    jobs = [
        Experience(
            kind="job",
            title="Préparatrice de commandes",
            organisation="Entrepôts du Rhône",
            location="Vénissieux",
            start_date="2008-09",
            end_date="2012-03",
            description="Préparation de commandes multi-références, chargement des camions.",
        ),
        Experience(
            kind="job",
            title="Cheffe d'équipe logistique",
            organisation="LogiSud",
            location="Saint-Priest",
            start_date="2012-04",
            end_date="2018-08",
            description="Encadrement de 12 caristes et préparateurs, plannings, inventaires.",
        ),
        Experience(
            kind="job",
            title="Responsable d'entrepôt adjointe",
            organisation="Transports Valmont",
            location="Corbas",
            start_date="2018-09",
            description="25 personnes, 18 000 m², pilotage des indicateurs qualité et sécurité.",
        ),
        Experience(
            kind="volunteering",
            title="Trésorière bénévole",
            organisation="Association Solidarité Croix-Rousse",
            location="Lyon",
            start_date="2016-01",
            description="Comptes, budget annuel et collecte alimentaire de printemps.",
        ),
        Experience(
            kind="civic",
            title="Membre du CSE, commission santé, sécurité et conditions de travail",
            organisation="Transports Valmont",
            start_date="2021-01",
            end_date="2024-12",
        ),
    ]
    trainings = [
        Education(
            kind="degree",
            title="BTS Gestion des transports et logistique associée",
            institution="Lycée La Martinière Diderot",
            field_of_study="Logistique",
            level="5",
            start_date="2006-09",
            end_date="2008-06",
        ),
        Education(
            kind="training",
            title="Management d'équipe de proximité",
            institution="AFPA Lyon",
            start_date="2019-03",
            end_date="2019-06",
            description="105 heures, financées par le CPF.",
        ),
    ]
    certifications = [
        Certification(
            name="CACES R489 catégories 1A, 3 et 5",
            issuer="Organisme testeur certifié",
            issued_on="2022-05-12",
            expires_on="2027-05-12",
        ),
        Certification(
            name="Sauveteur secouriste du travail",
            issuer="INRS",
            issued_on="2025-02-04",
            expires_on="2027-02-04",
        ),
    ]
    skills = [
        Skill(label=label, esco_uri=ESCO + esco if esco else "", level=level, category=category)
        for label, esco, level, category in _SKILLS
    ]
    evidence = [
        SkillEvidence(skill_id=skills[0].id, record_id=jobs[2].id, note="Inventaire annuel 2024"),
        SkillEvidence(skill_id=skills[1].id, record_id=certifications[0].id),
        SkillEvidence(skill_id=skills[5].id, record_id=trainings[1].id),
        SkillEvidence(skill_id=skills[21].id, record_id=jobs[3].id),
    ]
    project = Project(
        title="Devenir responsable QHSE en logistique",
        target_occupation="responsable qualité, hygiène, sécurité, environnement",
        status="active",
        description=(
            "Passer de l'exploitation à la qualité et la sécurité, dans la région lyonnaise."
        ),
        target_date="2028-06",
    )
    steps = [
        ProjectStep(
            project_id=project.id,
            title="Bilan de compétences",
            due_on="2027-01-31",
            status="doing",
            funding="CPF",
            position=1,
        ),
        ProjectStep(
            project_id=project.id,
            title="Licence pro QHSE en alternance",
            due_on="2027-09-01",
            funding="Projet de transition professionnelle",
            position=2,
        ),
        ProjectStep(
            project_id=project.id,
            title="Enquête métier auprès de deux responsables QHSE",
            due_on="2026-12-20",
            position=3,
        ),
    ]
    organisations = [
        Organisation(name="Transports Valmont", kind="company", city="Corbas"),
        Organisation(name="Association Solidarité Croix-Rousse", kind="association", city="Lyon"),
    ]
    contacts = [
        Contact(
            given_name="Karim",
            family_name="Haddad",
            organisation="Transports Valmont",
            role="Directeur de site",
        ),
        Contact(
            given_name="Élodie",
            family_name="Marchand",
            organisation="Évolution Pro",
            role="Conseillère en évolution professionnelle",
        ),
        Contact(
            given_name="Thomas",
            family_name="Girard",
            organisation="Groupe Lumen",
            role="Responsable QHSE",
        ),
        Contact(given_name="Awa", family_name="Diallo", role="Ancienne collègue, cheffe d'équipe"),
    ]
    return [
        Person(
            given_name="Sophie",
            family_name="Lefèvre",
            birth_date="1988-04-17",
            email="sophie.lefevre@example.org",
            phone="06 12 34 56 78",
            city="Lyon",
            postcode="69004",
            country="France",
            headline="Responsable d'entrepôt adjointe, en route vers la QHSE",
            summary="Dix-huit ans de logistique, du quai au pilotage d'un site de 25 personnes.",
        ),
        *jobs,
        *trainings,
        *certifications,
        *skills,
        *evidence,
        project,
        *steps,
        *organisations,
        *contacts,
        Community(name="Réseau des anciens du BTS GTLA", kind="alumni"),
        Interaction(
            contact_id=contacts[1].id,
            occurred_on="2026-10-14",
            channel="rendez-vous",
            summary="Premier entretien CEP : piste QHSE, bilan de compétences conseillé.",
        ),
        Interaction(
            contact_id=contacts[2].id,
            occurred_on="2026-11-05",
            channel="téléphone",
            summary="Enquête métier : journée type, certifications utiles (ISO 45001).",
        ),
        Situation(
            status="employee_private",
            working_time_percent=100,
            employer_size="50_to_249",
            since="2018-08",
            noted_on="2026-10-01",
        ),
        CpfReading(read_on="2026-10-01", balance_cents=312_000, note="Lu sur moncompteformation"),
        RightScheme(scheme="cep", status="in_progress", started_on="2026-10-14"),
        RightScheme(scheme="bilan_competences", status="to_explore"),
        RightScheme(scheme="ptp", status="to_explore"),
        Reminder(title="Entretien de parcours professionnel", due_on="2027-03-15"),
        Note(
            title="Idée",
            body="Demander à Karim un retour écrit sur l'inventaire 2024.",
            occurred_on="2026-11-12",
        ),
    ]


def fill(vault: Vault) -> None:
    """Write the demo career into an open vault, in one transaction."""
    from . import documents, records

    with vault.transaction() as conn:
        for record in demo_records():
            records.add(conn, record)
        documents.add_document(
            conn, "attestation-management.pdf", _tiny_pdf(), note="Attestation de fin de formation"
        )
        documents.add_document(
            conn, "lettre-motivation-qhse.txt", _LETTER, note="Brouillon de lettre"
        )
