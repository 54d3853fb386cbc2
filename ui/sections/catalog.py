"""The sections of the musette, in the order of the navigation list."""

from __future__ import annotations

from vault import model

from ..translated import QT_TRANSLATE_NOOP
from .section_view import SectionSpec

RIGHTS = SectionSpec(
    key="rights",
    title=QT_TRANSLATE_NOOP("sections", "Droits"),
    icon="mdi6.scale-balance",
    types=(model.CpfReading, model.RightScheme, model.Reminder),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Votre compte formation, les dispositifs qui peuvent vous aider, et vos rappels.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Rien ici pour l'instant. Ajoutez le solde de votre CPF tel que vous le lisez sur moncompteformation.gouv.fr, ou un rappel pour votre prochain entretien de parcours professionnel.",
    ),
    creatable=(model.CpfReading, model.RightScheme, model.Reminder),
    wizard="rights",
)
SKILLS = SectionSpec(
    key="skills",
    title=QT_TRANSLATE_NOOP("sections", "Compétences"),
    icon="mdi6.star-outline",
    types=(model.Skill,),
    intro=QT_TRANSLATE_NOOP("sections", "Ce que vous savez faire, avec votre niveau."),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Aucune compétence pour l'instant. Ajoutez ce que vous savez faire, avec vos mots : « accueillir le public », « conduire un chariot élévateur »…",
    ),
    creatable=(model.Skill,),
    wizard="skills",
    doors=("discover",),
    reorderable=True,
)
PATH = SectionSpec(
    key="path",
    title=QT_TRANSLATE_NOOP("sections", "Parcours"),
    icon="mdi6.timeline-text-outline",
    types=(model.Experience, model.Education, model.Certification),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Vos emplois, formations, engagements et certifications, du plus récent au plus ancien.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Votre parcours est vide. Ajoutez votre emploi actuel ou le dernier, puis remontez le temps. Le bénévolat et les activités personnelles comptent aussi.",
    ),
    creatable=(model.Experience, model.Education, model.Certification),
    order="timeline",
)
PROJECTS = SectionSpec(
    key="projects",
    title=QT_TRANSLATE_NOOP("sections", "Projets"),
    icon="mdi6.flag-outline",
    types=(model.Project, model.ProjectStep),
    intro=QT_TRANSLATE_NOOP("sections", "Le métier que vous visez et les étapes pour y arriver."),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Pas encore de projet. Notez une idée de métier, même vague : vous pourrez la préciser étape par étape.",
    ),
    creatable=(model.Project, model.ProjectStep),
    wizard="project",
    doors=("jobs",),
)
NETWORK = SectionSpec(
    key="network",
    title=QT_TRANSLATE_NOOP("sections", "Réseau"),
    icon="mdi6.account-group-outline",
    types=(model.Contact, model.Organisation, model.Community, model.Interaction),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Les personnes et les structures qui peuvent vous aider, et vos échanges avec elles.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Votre réseau est vide. Ajoutez votre conseillère ou conseiller, un ancien collègue, une association : chaque contact compte.",
    ),
    creatable=(model.Contact, model.Organisation, model.Community, model.Interaction),
)
ATTESTATIONS = SectionSpec(
    key="attestations",
    title=QT_TRANSLATE_NOOP("sections", "Attestations"),
    icon="mdi6.certificate-outline",
    types=(model.Attestation,),
    intro=QT_TRANSLATE_NOOP(
        "sections", "Ce qu'un employeur, un formateur ou un conseiller a signé pour vous."
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Aucune attestation signée pour l'instant. Une attestation confirme une compétence ou une expérience, signée par quelqu'un qui vous a vu faire. Pour en demander une : ouvrez la fiche (dans Compétences ou Parcours), puis « Demander une attestation… ». Le fichier signé que vous recevez s'importe ici.",
    ),
    import_kind="attestation",
    import_text=QT_TRANSLATE_NOOP("sections", "Importer une attestation reçue…"),
)
NOTES = SectionSpec(
    key="notes",
    title=QT_TRANSLATE_NOOP("sections", "Notes"),
    icon="mdi6.notebook-outline",
    types=(model.Note,),
    intro=QT_TRANSLATE_NOOP(
        "sections", "Votre journal : idées, comptes rendus, questions à poser."
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections", "Aucune note. Notez ici ce que vous voulez garder en tête."
    ),
    creatable=(model.Note,),
)
APPLICATIONS = SectionSpec(
    key="applications",
    title=QT_TRANSLATE_NOOP("sections", "Candidatures"),
    icon="mdi6.email-fast-outline",
    types=(model.Application, model.ApplicationEvent),
    intro=QT_TRANSLATE_NOOP(
        "sections",
        "Les postes auxquels vous répondez : l'annonce, où vous en êtes, et la prochaine action.",
    ),
    empty_text=QT_TRANSLATE_NOOP(
        "sections",
        "Aucune candidature pour l'instant. Ajoutez-en une et collez le texte de l'annonce : "
        "il reste sur cet ordinateur.",
    ),
    creatable=(model.Application, model.ApplicationEvent),
    doors=("board",),
)
