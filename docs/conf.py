"""Sphinx configuration for the privacyrecht documentation (MyST Markdown, furo)."""

from __future__ import annotations

import re
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
    for page, text in _gen_vocabulaire.pages().items():
        if not page.exists() or page.read_text(encoding="utf-8") != text:
            logging.getLogger(__name__).warning(
                "%s past niet meer bij de code: draai .venv/bin/python docs/_gen_vocabulaire.py",
                page.relative_to(_DOCS.parent),
            )


#: Repository files the pages name: feature files and example cases.
_GENOEMD = re.compile(r"\b(?:features/[\w/.-]+\.feature|examples/[\w.-]+\.json)\b")


def _check_genoemde_bestanden(app: Sphinx) -> None:  # noqa: ARG001 - Sphinx passes the app
    """Warn when a page names a feature file or example that does not exist (any more)."""
    root = _DOCS.parent
    log = logging.getLogger(__name__)
    for page in sorted(_DOCS.rglob("*.md")):
        if "_build" in page.parts:
            continue
        for name in sorted(set(_GENOEMD.findall(page.read_text(encoding="utf-8")))):
            if not (root / name).is_file():
                log.warning(
                    "%s noemt %s, maar dat bestand bestaat niet", page.relative_to(root), name
                )


#: The first docstring line of each data/attribute, as written (see below).
_EERSTE_REGEL: dict[str, str] = {}


def _onthoud_eerste_regel(  # noqa: PLR0913, PLR0917 - the Sphinx event signature
    app: Sphinx,  # noqa: ARG001
    what: str,
    name: str,
    obj: object,  # noqa: ARG001
    options: object,  # noqa: ARG001
    lines: list[str],
) -> None:
    """Remember the first line of a data or attribute docstring, before napoleon."""
    if what in {"data", "attribute"} and lines:
        _EERSTE_REGEL[name] = lines[0]


def _herstel_eerste_regel(  # noqa: PLR0913, PLR0917 - the Sphinx event signature
    app: Sphinx,  # noqa: ARG001
    what: str,
    name: str,
    obj: object,  # noqa: ARG001
    options: object,  # noqa: ARG001
    lines: list[str],
) -> None:
    """Undo napoleon reading "Art. 4 onder 1 AVG: ..." as ``type: text``.

    Napoleon takes the text before the first colon of an attribute docstring
    as its type. The rules' docstrings start with the provision they encode,
    followed by a colon; that provision is text, not a type.
    """
    eerste = _EERSTE_REGEL.pop(name, None)
    if what not in {"data", "attribute"} or eerste is None:
        return
    voor, dubbelepunt, _ = eerste.partition(":")
    regel = f":type: {voor.strip()}"
    if dubbelepunt and regel in lines:
        index = lines.index(regel)
        del lines[index]
        if index > 0 and not lines[index - 1].strip():
            del lines[index - 1]
        lines[0] = eerste


def setup(app: Sphinx) -> dict[str, object]:
    """Register the checks of the generated vocabulary page and of the files the pages name."""
    app.connect("builder-inited", _check_vocabulaire)
    app.connect("builder-inited", _check_genoemde_bestanden)
    # Around napoleon (priority 500), which turns the docstring into fields.
    app.connect("autodoc-process-docstring", _onthoud_eerste_regel, priority=400)
    app.connect("autodoc-process-docstring", _herstel_eerste_regel, priority=600)
    return {"parallel_read_safe": True}
