"""The app's own files: icons, translations, rights rules, the ESCO taxonomy of a package.

Read through `path()`, so that they are found wherever Musette was installed:
a checkout, a wheel in a virtual environment, or a Briefcase package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path(*parts: str) -> Path:
    """A file or folder shipped with Musette (it may not exist, e.g. an optional taxonomy)."""
    return Path(str(resources.files(__name__).joinpath(*parts)))
