"""Sphinx configuration for the privacyrecht documentation (MyST Markdown, furo)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

import privacyrecht

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(_DOCS))

import _gen_vocabulaire  # noqa: E402 - needs the docs folder on sys.path

project = "privacyrecht"
author = "de auteurs van privacyrecht"
copyright = author  # noqa: A001 - Sphinx's setting name
release = privacyrecht.__version__
version = release
language = "nl"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# --- MyST -------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# --- autodoc and napoleon (Google style) --------------------------------------
autodoc_default_options = {
    "members": True,
    "member-order": "bysource",
}
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_class_signature = "separated"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# The "Attributes:" sections of the attrs classes become :ivar: fields, so they
# do not clash with the attributes autodoc finds on the class itself.
napoleon_use_ivar = True

# --- HTML -----------------------------------------------------------------------
html_theme = "furo"
html_title = f"privacyrecht {release}"


def _check_vocabulaire(app: Sphinx) -> None:  # noqa: ARG001 - Sphinx passes the app
    """Warn (and so fail a ``-W`` build) when the generated vocabulary page is stale."""
    page = _gen_vocabulaire.PAGE
    if not page.exists() or page.read_text(encoding="utf-8") != _gen_vocabulaire.render():
        logging.getLogger(__name__).warning(
            "%s past niet meer bij de code: draai .venv/bin/python docs/_gen_vocabulaire.py",
            page.relative_to(_DOCS.parent),
        )


def setup(app: Sphinx) -> dict[str, object]:
    """Register the check of the generated vocabulary page."""
    app.connect("builder-inited", _check_vocabulaire)
    return {"parallel_read_safe": True}
