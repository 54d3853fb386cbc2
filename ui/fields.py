"""What the editor shows for each record type: fields, labels, kinds and help."""

from __future__ import annotations

from dataclasses import dataclass

from vault import model
from vault.model import Record

from .translated import QT_TRANSLATE_NOOP

# Choices are (stored value, French label marked for translation in context "fields").
Choices = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a record type."""

    name: str
    label: str
    # text, multiline, date, choice, int, bool, money, reference, readonly,
    # fingerprint (a did:key shown as the digits people compare)
    kind: str = "text"
    choices: Choices = ()
    help: str = ""
    reference: type[Record] | None = None
    required: bool = False
    sensitive: bool = False  # copying it clears the clipboard after 30 seconds
    only_when: tuple[str, str] | None = None  # (field, value): shown only then


_PARTIAL_DATE_HELP = QT_TRANSLATE_NOOP(
    "fields", "L'année, le mois ou le jour, comme vous voulez : 2019, 09/2019 ou 02/09/2019."
)
_DATE_HELP = QT_TRANSLATE_NOOP("fields", "Le jour complet, par exemple 15/03/2026.")

SCHEMES: Choices = (
    ("cep", QT_TRANSLATE_NOOP("fields", "Conseil en évolution professionnelle (CEP)")),
    ("bilan_competences", QT_TRANSLATE_NOOP("fields", "Bilan de compétences")),
    ("vae", QT_TRANSLATE_NOOP("fields", "Validation des acquis de l'expérience (VAE)")),
    ("ptp", QT_TRANSLATE_NOOP("fields", "Projet de transition professionnelle (PTP)")),
    ("reconversion", QT_TRANSLATE_NOOP("fields", "Période de reconversion")),
    ("entretien_parcours", QT_TRANSLATE_NOOP("fields", "Entretien de parcours professionnel")),
    ("cec", QT_TRANSLATE_NOOP("fields", "Compte d'engagement citoyen (CEC)")),
    ("c2p", QT_TRANSLATE_NOOP("fields", "Compte professionnel de prévention (C2P)")),
    ("cej", QT_TRANSLATE_NOOP("fields", "Contrat d'engagement jeune (CEJ)")),
    ("poei", QT_TRANSLATE_NOOP("fields", "Préparation opérationnelle à l'emploi (POEI)")),
    ("other", QT_TRANSLATE_NOOP("fields", "Autre dispositif")),
)
SHARE_LANGUAGES: Choices = (
    ("fr", QT_TRANSLATE_NOOP("fields", "Français")),
    ("en", QT_TRANSLATE_NOOP("fields", "Anglais")),
)
# Words for exporters.writers.cv_pdf.TEMPLATES (tests/ui/test_fields_cover_codes.py).
CV_TEMPLATES: Choices = (
    ("classique", QT_TRANSLATE_NOOP("fields", "Classique (lu par les logiciels de recrutement)")),
    ("moderne", QT_TRANSLATE_NOOP("fields", "Moderne")),
    ("colonnes", QT_TRANSLATE_NOOP("fields", "Colonnes (barre latérale)")),
    ("compact", QT_TRANSLATE_NOOP("fields", "Compact (une page)")),
)
# Words for every attestation status the credentials and actions set (same test).
ATTESTATION_STATUSES: Choices = (
    ("confirmed", QT_TRANSLATE_NOOP("fields", "Signature valide, signataire confirmé en personne")),
    ("verified", QT_TRANSLATE_NOOP("fields", "Signature valide, signataire pas encore confirmé")),
    (
        "issuer_unverifiable",
        QT_TRANSLATE_NOOP("fields", "Signature valide, émetteur non vérifiable hors ligne"),
    ),
    ("not_verified_offline", QT_TRANSLATE_NOOP("fields", "Non vérifiée hors ligne")),
    ("unsigned", QT_TRANSLATE_NOOP("fields", "Non signée")),
    (
        "sealed",
        QT_TRANSLATE_NOOP(
            "fields",
            "Sceau électronique valide, certificat non vérifié contre la liste de confiance européenne",
        ),
    ),
    ("unverified", QT_TRANSLATE_NOOP("fields", "Non vérifiée")),
    (
        "not_about_you",
        QT_TRANSLATE_NOOP("fields", "Ne vous concerne pas : elle nomme quelqu'un d'autre"),
    ),
)
SCHEME_STATUSES: Choices = (
    ("to_explore", QT_TRANSLATE_NOOP("fields", "À découvrir")),
    ("in_progress", QT_TRANSLATE_NOOP("fields", "En cours")),
    ("done", QT_TRANSLATE_NOOP("fields", "Terminé")),
    ("not_applicable", QT_TRANSLATE_NOOP("fields", "Ne me concerne pas")),
)
EXPERIENCE_KINDS: Choices = (
    ("job", QT_TRANSLATE_NOOP("fields", "Emploi")),
    ("internship", QT_TRANSLATE_NOOP("fields", "Stage")),
    ("apprenticeship", QT_TRANSLATE_NOOP("fields", "Apprentissage")),
    ("volunteering", QT_TRANSLATE_NOOP("fields", "Bénévolat")),
    ("civic", QT_TRANSLATE_NOOP("fields", "Engagement citoyen")),
    ("personal", QT_TRANSLATE_NOOP("fields", "Activité personnelle")),
)
EDUCATION_KINDS: Choices = (
    ("degree", QT_TRANSLATE_NOOP("fields", "Diplôme")),
    ("training", QT_TRANSLATE_NOOP("fields", "Formation")),
    ("course", QT_TRANSLATE_NOOP("fields", "Cours ou atelier")),
)
LEVELS: Choices = (
    ("", QT_TRANSLATE_NOOP("fields", "Non précisé")),
    ("3", QT_TRANSLATE_NOOP("fields", "Niveau 3 (CAP, BEP)")),
    ("4", QT_TRANSLATE_NOOP("fields", "Niveau 4 (baccalauréat)")),
    ("5", QT_TRANSLATE_NOOP("fields", "Niveau 5 (bac + 2)")),
    ("6", QT_TRANSLATE_NOOP("fields", "Niveau 6 (licence, bac + 3)")),
    ("7", QT_TRANSLATE_NOOP("fields", "Niveau 7 (master, bac + 5)")),
    ("8", QT_TRANSLATE_NOOP("fields", "Niveau 8 (doctorat)")),
)
SKILL_LEVELS: Choices = (
    ("", QT_TRANSLATE_NOOP("fields", "Non précisé")),
    # The word the CVs print, then what it means for the person choosing it.
    ("1", QT_TRANSLATE_NOOP("fields", "Débutant — je débute")),
    ("2", QT_TRANSLATE_NOOP("fields", "Intermédiaire — je me débrouille")),
    ("3", QT_TRANSLATE_NOOP("fields", "Avancé — je maîtrise")),
    ("4", QT_TRANSLATE_NOOP("fields", "Expert — je peux l'enseigner")),
)
CEFR_CHOICES: Choices = (
    ("", QT_TRANSLATE_NOOP("fields", "Non précisé")),
    ("A1", QT_TRANSLATE_NOOP("fields", "A1 — Je découvre")),
    ("A2", QT_TRANSLATE_NOOP("fields", "A2 — Je me débrouille dans des situations simples")),
    ("B1", QT_TRANSLATE_NOOP("fields", "B1 — Je me fais comprendre")),
    ("B2", QT_TRANSLATE_NOOP("fields", "B2 — Je travaille dans cette langue")),
    ("C1", QT_TRANSLATE_NOOP("fields", "C1 — Je m'exprime avec aisance")),
    ("C2", QT_TRANSLATE_NOOP("fields", "C2 — Comme un natif")),
)
SKILL_CATEGORIES: Choices = (
    ("skill", QT_TRANSLATE_NOOP("fields", "Savoir-faire")),
    ("knowledge", QT_TRANSLATE_NOOP("fields", "Connaissance")),
    ("language", QT_TRANSLATE_NOOP("fields", "Langue")),
    ("transversal", QT_TRANSLATE_NOOP("fields", "Compétence transversale")),
)
PROJECT_STATUSES: Choices = (
    ("idea", QT_TRANSLATE_NOOP("fields", "Idée")),
    ("active", QT_TRANSLATE_NOOP("fields", "En cours")),
    ("paused", QT_TRANSLATE_NOOP("fields", "En pause")),
    ("done", QT_TRANSLATE_NOOP("fields", "Atteint")),
    ("abandoned", QT_TRANSLATE_NOOP("fields", "Abandonné")),
)
STEP_STATUSES: Choices = (
    ("todo", QT_TRANSLATE_NOOP("fields", "À faire")),
    ("doing", QT_TRANSLATE_NOOP("fields", "En cours")),
    ("done", QT_TRANSLATE_NOOP("fields", "Fait")),
)
ORGANISATION_KINDS: Choices = (
    ("company", QT_TRANSLATE_NOOP("fields", "Entreprise")),
    ("school", QT_TRANSLATE_NOOP("fields", "École ou organisme de formation")),
    ("association", QT_TRANSLATE_NOOP("fields", "Association")),
    ("public", QT_TRANSLATE_NOOP("fields", "Service public")),
    ("other", QT_TRANSLATE_NOOP("fields", "Autre")),
)

APPLICATION_STATUSES: Choices = (
    ("to_prepare", QT_TRANSLATE_NOOP("fields", "À préparer")),
    ("sent", QT_TRANSLATE_NOOP("fields", "Envoyée")),
    ("followed_up", QT_TRANSLATE_NOOP("fields", "Relancée")),
    ("interview", QT_TRANSLATE_NOOP("fields", "Entretien")),
    ("offer", QT_TRANSLATE_NOOP("fields", "Proposition")),
    ("rejected", QT_TRANSLATE_NOOP("fields", "Refusée")),
    ("abandoned", QT_TRANSLATE_NOOP("fields", "Abandonnée")),
)
APPLICATION_EVENT_KINDS: Choices = (
    ("status", QT_TRANSLATE_NOOP("fields", "Changement d'étape")),
    ("call", QT_TRANSLATE_NOOP("fields", "Appel")),
    ("interview", QT_TRANSLATE_NOOP("fields", "Entretien")),
    ("message", QT_TRANSLATE_NOOP("fields", "Message")),
    ("meeting", QT_TRANSLATE_NOOP("fields", "Rencontre")),
)

_NOTE = FieldSpec("note", QT_TRANSLATE_NOOP("fields", "Remarque"), "multiline")

FIELDS: dict[type[Record], tuple[FieldSpec, ...]] = {
    model.Person: (
        FieldSpec("given_name", QT_TRANSLATE_NOOP("fields", "Prénom")),
        FieldSpec("family_name", QT_TRANSLATE_NOOP("fields", "Nom")),
        FieldSpec("preferred_name", QT_TRANSLATE_NOOP("fields", "Nom d'usage")),
        FieldSpec(
            "birth_date",
            QT_TRANSLATE_NOOP("fields", "Date de naissance"),
            "date",
            help=_DATE_HELP,
            sensitive=True,
        ),
        FieldSpec("email", QT_TRANSLATE_NOOP("fields", "Adresse électronique"), sensitive=True),
        FieldSpec("phone", QT_TRANSLATE_NOOP("fields", "Téléphone"), sensitive=True),
        FieldSpec("address", QT_TRANSLATE_NOOP("fields", "Adresse"), sensitive=True),
        FieldSpec("postcode", QT_TRANSLATE_NOOP("fields", "Code postal")),
        FieldSpec("city", QT_TRANSLATE_NOOP("fields", "Ville")),
        FieldSpec("country", QT_TRANSLATE_NOOP("fields", "Pays")),
        FieldSpec(
            "headline",
            QT_TRANSLATE_NOOP("fields", "Titre professionnel"),
            help=QT_TRANSLATE_NOOP(
                "fields",
                "Une ligne qui vous présente, par exemple « Aide-soignante, 10 ans en EHPAD ».",
            ),
        ),
        FieldSpec("summary", QT_TRANSLATE_NOOP("fields", "Présentation"), "multiline"),
    ),
    model.CpfReading: (
        FieldSpec(
            "read_on",
            QT_TRANSLATE_NOOP("fields", "Date du relevé"),
            "date",
            help=_DATE_HELP,
            required=True,
        ),
        FieldSpec(
            "balance_cents",
            QT_TRANSLATE_NOOP("fields", "Solde en euros"),
            "money",
            help=QT_TRANSLATE_NOOP("fields", "Le montant lu sur moncompteformation.gouv.fr."),
        ),
        FieldSpec(
            "balance_hours",
            QT_TRANSLATE_NOOP("fields", "Solde en heures"),
            "int",
            help=QT_TRANSLATE_NOOP(
                "fields", "Pour les agents publics, dont le compte est en heures."
            ),
        ),
        _NOTE,
    ),
    model.RightScheme: (
        FieldSpec("scheme", QT_TRANSLATE_NOOP("fields", "Dispositif"), "choice", SCHEMES),
        FieldSpec("status", QT_TRANSLATE_NOOP("fields", "Où j'en suis"), "choice", SCHEME_STATUSES),
        FieldSpec(
            "started_on",
            QT_TRANSLATE_NOOP("fields", "Commencé le"),
            "date",
            help=_PARTIAL_DATE_HELP,
        ),
        _NOTE,
    ),
    model.Reminder: (
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Rappel"), required=True),
        FieldSpec(
            "due_on", QT_TRANSLATE_NOOP("fields", "Pour le"), "date", help=_DATE_HELP, required=True
        ),
        FieldSpec("done", QT_TRANSLATE_NOOP("fields", "C'est fait"), "bool"),
        _NOTE,
    ),
    model.Experience: (
        FieldSpec("kind", QT_TRANSLATE_NOOP("fields", "Type"), "choice", EXPERIENCE_KINDS),
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Intitulé"), required=True),
        FieldSpec("organisation", QT_TRANSLATE_NOOP("fields", "Employeur ou structure")),
        FieldSpec("location", QT_TRANSLATE_NOOP("fields", "Lieu")),
        FieldSpec(
            "start_date", QT_TRANSLATE_NOOP("fields", "Début"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec(
            "end_date",
            QT_TRANSLATE_NOOP("fields", "Fin"),
            "date",
            help=QT_TRANSLATE_NOOP("fields", "Laissez vide si c'est en cours."),
        ),
        FieldSpec("description", QT_TRANSLATE_NOOP("fields", "Ce que j'y ai fait"), "multiline"),
        FieldSpec(
            "anonymise",
            QT_TRANSLATE_NOOP("fields", "Masquer le nom de l'employeur dans les CV anonymes"),
            "bool",
        ),
    ),
    model.Education: (
        FieldSpec("kind", QT_TRANSLATE_NOOP("fields", "Type"), "choice", EDUCATION_KINDS),
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Intitulé"), required=True),
        FieldSpec("institution", QT_TRANSLATE_NOOP("fields", "Établissement ou organisme")),
        FieldSpec("field_of_study", QT_TRANSLATE_NOOP("fields", "Domaine")),
        FieldSpec("level", QT_TRANSLATE_NOOP("fields", "Niveau"), "choice", LEVELS),
        FieldSpec(
            "start_date", QT_TRANSLATE_NOOP("fields", "Début"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec("end_date", QT_TRANSLATE_NOOP("fields", "Fin"), "date", help=_PARTIAL_DATE_HELP),
        FieldSpec("description", QT_TRANSLATE_NOOP("fields", "Contenu"), "multiline"),
    ),
    model.Certification: (
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Certification"), required=True),
        FieldSpec("issuer", QT_TRANSLATE_NOOP("fields", "Délivrée par")),
        FieldSpec(
            "issued_on", QT_TRANSLATE_NOOP("fields", "Obtenue le"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec(
            "expires_on",
            QT_TRANSLATE_NOOP("fields", "Valable jusqu'au"),
            "date",
            help=_PARTIAL_DATE_HELP,
        ),
        FieldSpec("identifier", QT_TRANSLATE_NOOP("fields", "Numéro")),
        FieldSpec("url", QT_TRANSLATE_NOOP("fields", "Lien de vérification")),
    ),
    model.Skill: (
        FieldSpec("label", QT_TRANSLATE_NOOP("fields", "Compétence"), required=True),
        FieldSpec("level", QT_TRANSLATE_NOOP("fields", "Niveau"), "choice", SKILL_LEVELS),
        FieldSpec("category", QT_TRANSLATE_NOOP("fields", "Catégorie"), "choice", SKILL_CATEGORIES),
        FieldSpec(
            "cefr",
            QT_TRANSLATE_NOOP("fields", "Niveau de langue (CECRL)"),
            "choice",
            CEFR_CHOICES,
            help=QT_TRANSLATE_NOOP(
                "fields", "Pour une langue : de A1 (je découvre) à C2 (comme un natif)."
            ),
            only_when=("category", "language"),
        ),
        FieldSpec(
            "last_used",
            QT_TRANSLATE_NOOP("fields", "Utilisée pour la dernière fois"),
            "date",
            help=_PARTIAL_DATE_HELP,
        ),
        FieldSpec(
            "esco_uri",
            QT_TRANSLATE_NOOP("fields", "Référentiel européen"),
            "esco",
            help=QT_TRANSLATE_NOOP(
                "fields",
                "Rempli par l'assistant compétences quand la compétence vient du référentiel "
                "européen des compétences (ESCO).",
            ),
        ),
        _NOTE,
    ),
    model.Project: (
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Mon projet"), required=True),
        FieldSpec("target_occupation", QT_TRANSLATE_NOOP("fields", "Métier visé")),
        FieldSpec(
            "status", QT_TRANSLATE_NOOP("fields", "Où j'en suis"), "choice", PROJECT_STATUSES
        ),
        FieldSpec(
            "target_date",
            QT_TRANSLATE_NOOP("fields", "Pour quand"),
            "date",
            help=_PARTIAL_DATE_HELP,
        ),
        FieldSpec("description", QT_TRANSLATE_NOOP("fields", "En quelques mots"), "multiline"),
    ),
    model.ProjectStep: (
        FieldSpec(
            "project_id",
            QT_TRANSLATE_NOOP("fields", "Projet"),
            "reference",
            reference=model.Project,
            required=True,
        ),
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Étape"), required=True),
        FieldSpec(
            "due_on", QT_TRANSLATE_NOOP("fields", "Pour le"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec("status", QT_TRANSLATE_NOOP("fields", "Où j'en suis"), "choice", STEP_STATUSES),
        FieldSpec(
            "funding",
            QT_TRANSLATE_NOOP("fields", "Financement"),
            help=QT_TRANSLATE_NOOP(
                "fields", "Par exemple : CPF, employeur, France Travail, Transitions Pro."
            ),
        ),
        FieldSpec("position", QT_TRANSLATE_NOOP("fields", "Ordre"), "int"),
    ),
    model.Document: (
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Nom du document"), required=True),
        FieldSpec("media_type", QT_TRANSLATE_NOOP("fields", "Type de fichier"), "readonly"),
        FieldSpec("note", QT_TRANSLATE_NOOP("fields", "Remarque"), "multiline"),
    ),
    model.Organisation: (
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Nom"), required=True),
        FieldSpec("kind", QT_TRANSLATE_NOOP("fields", "Type"), "choice", ORGANISATION_KINDS),
        FieldSpec(
            "website",
            QT_TRANSLATE_NOOP("fields", "Site"),
        ),
        FieldSpec("city", QT_TRANSLATE_NOOP("fields", "Ville")),
        _NOTE,
    ),
    model.Contact: (
        FieldSpec("given_name", QT_TRANSLATE_NOOP("fields", "Prénom")),
        FieldSpec("family_name", QT_TRANSLATE_NOOP("fields", "Nom")),
        FieldSpec("organisation", QT_TRANSLATE_NOOP("fields", "Structure")),
        FieldSpec("role", QT_TRANSLATE_NOOP("fields", "Fonction")),
        FieldSpec("email", QT_TRANSLATE_NOOP("fields", "Adresse électronique"), sensitive=True),
        FieldSpec("phone", QT_TRANSLATE_NOOP("fields", "Téléphone"), sensitive=True),
        _NOTE,
        FieldSpec(
            "did",
            QT_TRANSLATE_NOOP("fields", "Identité de signataire"),
            help=QT_TRANSLATE_NOOP(
                "fields",
                "Si cette personne signe des attestations : son identité (did:key:z…), telle que sa Musette l'affiche.",
            ),
        ),
        FieldSpec(
            "did_confirmed_on",
            QT_TRANSLATE_NOOP("fields", "Empreinte vérifiée en personne le"),
            "date",
            help=QT_TRANSLATE_NOOP(
                "fields",
                "Seulement après avoir comparé avec elle, à voix haute ou par QR code, les huit groupes de chiffres de son empreinte.",
            ),
        ),
    ),
    model.Community: (
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Nom"), required=True),
        FieldSpec(
            "kind",
            QT_TRANSLATE_NOOP("fields", "Type"),
            help=QT_TRANSLATE_NOOP(
                "fields", "Par exemple : anciens élèves, réseau professionnel, forum."
            ),
        ),
        FieldSpec("url", QT_TRANSLATE_NOOP("fields", "Lien")),
        _NOTE,
    ),
    model.Interaction: (
        FieldSpec(
            "contact_id", QT_TRANSLATE_NOOP("fields", "Avec"), "reference", reference=model.Contact
        ),
        FieldSpec(
            "occurred_on",
            QT_TRANSLATE_NOOP("fields", "Date"),
            "date",
            help=_PARTIAL_DATE_HELP,
            required=True,
        ),
        FieldSpec(
            "channel",
            QT_TRANSLATE_NOOP("fields", "Comment"),
            help=QT_TRANSLATE_NOOP("fields", "Rendez-vous, téléphone, courriel…"),
        ),
        FieldSpec("summary", QT_TRANSLATE_NOOP("fields", "Ce qui s'est dit"), "multiline"),
    ),
    model.Attestation: (
        FieldSpec("issuer_name", QT_TRANSLATE_NOOP("fields", "Signée par"), "readonly"),
        FieldSpec(
            "status", QT_TRANSLATE_NOOP("fields", "Vérification"), "readonly", ATTESTATION_STATUSES
        ),
        FieldSpec(
            "issuer_fingerprint",
            QT_TRANSLATE_NOOP("fields", "Empreinte du signataire"),
            "fingerprint",
            help=QT_TRANSLATE_NOOP(
                "fields",
                "Comparez ces chiffres avec ceux que la Musette du signataire affiche (Mon identité de signataire).",
            ),
        ),
        FieldSpec("payload", QT_TRANSLATE_NOOP("fields", "Contenu signé"), "readonly"),
    ),
    model.ShareProfile: (
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Nom du profil"), required=True),
        FieldSpec(
            "audience",
            QT_TRANSLATE_NOOP("fields", "Pour qui"),
            help=QT_TRANSLATE_NOOP("fields", "Par exemple : Recruteur société X, Conseillère CEP."),
        ),
        FieldSpec("language", QT_TRANSLATE_NOOP("fields", "Langue"), "choice", SHARE_LANGUAGES),
        FieldSpec("template", QT_TRANSLATE_NOOP("fields", "Modèle de CV"), "choice", CV_TEMPLATES),
    ),
    model.ExportLog: (
        FieldSpec("exported_at", QT_TRANSLATE_NOOP("fields", "Le"), "readonly"),
        FieldSpec("format", QT_TRANSLATE_NOOP("fields", "Format"), "readonly"),
        FieldSpec("audience", QT_TRANSLATE_NOOP("fields", "Pour"), "readonly"),
        FieldSpec("file_name", QT_TRANSLATE_NOOP("fields", "Fichier"), "readonly"),
    ),
    model.Application: (
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Poste"), required=True),
        FieldSpec("employer", QT_TRANSLATE_NOOP("fields", "Employeur")),
        FieldSpec(
            "organisation_id",
            QT_TRANSLATE_NOOP("fields", "Employeur dans mon réseau"),
            "reference",
            reference=model.Organisation,
        ),
        FieldSpec(
            "contact_id",
            QT_TRANSLATE_NOOP("fields", "Personne à contacter"),
            "reference",
            reference=model.Contact,
        ),
        FieldSpec(
            "status", QT_TRANSLATE_NOOP("fields", "Où j'en suis"), "choice", APPLICATION_STATUSES
        ),
        FieldSpec(
            "ad_text",
            QT_TRANSLATE_NOOP("fields", "L'annonce"),
            "multiline",
            help=QT_TRANSLATE_NOOP(
                "fields", "Collez ici le texte de l'annonce : il reste chez vous."
            ),
        ),
        FieldSpec("ad_url", QT_TRANSLATE_NOOP("fields", "Lien de l'annonce")),
        FieldSpec(
            "ad_document_id",
            QT_TRANSLATE_NOOP("fields", "Annonce enregistrée"),
            "reference",
            reference=model.Document,
        ),
        FieldSpec(
            "found_via",
            QT_TRANSLATE_NOOP("fields", "Trouvée où"),
            help=QT_TRANSLATE_NOOP(
                "fields", "France Travail, site de l'entreprise, bouche à oreille…"
            ),
        ),
        FieldSpec(
            "found_on", QT_TRANSLATE_NOOP("fields", "Trouvée le"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec(
            "deadline", QT_TRANSLATE_NOOP("fields", "Date limite"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec(
            "sent_on", QT_TRANSLATE_NOOP("fields", "Envoyée le"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec("next_action", QT_TRANSLATE_NOOP("fields", "Prochaine action")),
        FieldSpec(
            "next_action_on",
            QT_TRANSLATE_NOOP("fields", "Prochaine action le"),
            "date",
            help=_PARTIAL_DATE_HELP,
        ),
        _NOTE,
    ),
    model.ApplicationEvent: (
        FieldSpec(
            "application_id",
            QT_TRANSLATE_NOOP("fields", "Candidature"),
            "reference",
            reference=model.Application,
            required=True,
        ),
        FieldSpec(
            "occurred_on",
            QT_TRANSLATE_NOOP("fields", "Date"),
            "date",
            help=_PARTIAL_DATE_HELP,
            required=True,
        ),
        FieldSpec("kind", QT_TRANSLATE_NOOP("fields", "Quoi"), "choice", APPLICATION_EVENT_KINDS),
        FieldSpec(
            "status",
            QT_TRANSLATE_NOOP("fields", "Étape atteinte"),
            "choice",
            (("", QT_TRANSLATE_NOOP("fields", "Aucune")), *APPLICATION_STATUSES),
        ),
        FieldSpec("summary", QT_TRANSLATE_NOOP("fields", "Ce qui s'est dit"), "multiline"),
    ),
    model.CoverLetter: (
        FieldSpec(
            "application_id",
            QT_TRANSLATE_NOOP("fields", "Candidature"),
            "reference",
            reference=model.Application,
            required=True,
        ),
        FieldSpec("place", QT_TRANSLATE_NOOP("fields", "Lieu")),
        FieldSpec(
            "written_on", QT_TRANSLATE_NOOP("fields", "Date"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec("recipient", QT_TRANSLATE_NOOP("fields", "Destinataire"), "multiline"),
        FieldSpec("subject", QT_TRANSLATE_NOOP("fields", "Objet")),
        FieldSpec("salutation", QT_TRANSLATE_NOOP("fields", "Formule d'appel")),
        FieldSpec("body", QT_TRANSLATE_NOOP("fields", "Texte de la lettre"), "multiline"),
        FieldSpec("closing", QT_TRANSLATE_NOOP("fields", "Formule de politesse")),
        FieldSpec("signature", QT_TRANSLATE_NOOP("fields", "Signature")),
    ),
    model.Note: (
        FieldSpec("title", QT_TRANSLATE_NOOP("fields", "Titre")),
        FieldSpec(
            "occurred_on", QT_TRANSLATE_NOOP("fields", "Date"), "date", help=_PARTIAL_DATE_HELP
        ),
        FieldSpec("body", QT_TRANSLATE_NOOP("fields", "Note"), "multiline"),
    ),
}
