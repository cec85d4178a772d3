"""Meta tests: the public surface, the citations, and the feature files."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any, cast

import pytest
from gherkin.parser import Parser

import privacyrecht as pr
from privacyrecht._engine import Predicate
from privacyrecht.bronnen import REGELINGEN, Bepaling, Passage
from privacyrecht.stappenplannen import STAPPENPLANNEN

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "features"
SEEDS = ROOT.parent / "shared" / "seeds"
PUBLIC_MODULES = [
    "privacyrecht",
    "privacyrecht.avg",
    "privacyrecht.beoordeling",
    "privacyrecht.bronnen",
    "privacyrecht.codec",
    "privacyrecht.errors",
    "privacyrecht.feiten",
    "privacyrecht.regimekeuze",
    "privacyrecht.sectorwetten",
    "privacyrecht.stappenplannen",
    "privacyrecht.toestemming",
    "privacyrecht.vocabulaire",
    "privacyrecht.weergave",
]
REGISTERED_TAGS = {
    "avg",
    "zorg",
    "beroepsgeheim",
    "meldcode",
    "gemeenten",
    "onderwijs",
    "wettelijk_kader",
    "regimekeuze",
    "te_beoordelen",
    "ontbrekend_oordeel",
    "classificatie",
    "politie",
    "wpg",
}
BRON = re.compile(r"bron:\s*(.+)")
VERWIJZING = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt) r\. (\d+)")


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_is_sorted_and_exact(name: str) -> None:
    module = importlib.import_module(name)
    exported = list(module.__all__)  # its order is checked by ruff (RUF022)
    assert len(exported) == len(set(exported)), f"{name}: duplicates in __all__"
    for item in exported:
        assert hasattr(module, item), f"{name}.{item} in __all__ but missing"
    own = {
        n
        for n, obj in vars(module).items()
        if not n.startswith("_")
        and (inspect.isclass(obj) or inspect.isfunction(obj))
        and getattr(obj, "__module__", None) == name
    }
    assert own <= set(exported), f"{name}: public but not in __all__: {sorted(own - set(exported))}"


def _predicates() -> list[tuple[str, Predicate[object]]]:
    found: list[tuple[str, Predicate[object]]] = []
    for name in ("privacyrecht.avg", "privacyrecht.sectorwetten"):
        module = importlib.import_module(name)
        found.extend(
            (f"{name}.{n}", obj) for n, obj in vars(module).items() if isinstance(obj, Predicate)
        )
    return found


@pytest.mark.parametrize(("name", "predicate"), _predicates(), ids=[n for n, _ in _predicates()])
def test_every_public_predicate_cites_a_registered_provision(
    name: str, predicate: Predicate[object]
) -> None:
    bepalingen = [c for c in predicate.cites if isinstance(c, Bepaling)]
    assert bepalingen, f"{name} cites no provision"
    assert [c for c in predicate.cites if isinstance(c, Passage)], f"{name} cites no source passage"
    for b in bepalingen:
        assert REGELINGEN.get(b.regeling.afkorting) is b.regeling


def test_every_step_cites_its_source() -> None:
    for plan in STAPPENPLANNEN.values():
        for step in plan.procedure.steps.values():
            assert any(isinstance(c, Passage) for c in step.cites), f"{plan.naam}: {step.key}"


def _feature_files() -> list[Path]:
    return sorted(FEATURES.rglob("*.feature"))


def test_there_are_feature_files() -> None:
    assert len(_feature_files()) >= 1


@pytest.mark.parametrize("path", _feature_files(), ids=lambda p: str(p.relative_to(FEATURES)))
def test_feature_file_house_style(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# language: nl"
    document = cast("dict[str, Any]", Parser().parse(text))
    feature = document["feature"]
    tags = {t["name"].lstrip("@") for t in feature["tags"]}
    children: list[dict[str, Any]] = list(feature["children"])
    scenarios: list[dict[str, Any]] = []
    for child in children:
        if "rule" in child:
            tags |= {t["name"].lstrip("@") for t in child["rule"]["tags"]}
            scenarios.extend(c["scenario"] for c in child["rule"]["children"] if "scenario" in c)
        elif "scenario" in child:
            scenarios.append(child["scenario"])
    assert scenarios, "no scenarios"
    for scenario in scenarios:
        tags |= {t["name"].lstrip("@") for t in scenario["tags"]}
        assert BRON.search(scenario["description"]), f"{scenario['name']}: no 'bron:' line"
        keywords = [s["keyword"].strip() for s in scenario["steps"]]
        assert keywords.count("Als") == 1, f"{scenario['name']}: exactly one Als"
        assert "Dan" in keywords, f"{scenario['name']}: no Dan"
        dan = keywords.index("Dan")
        grounded = len(keywords) > dan + 1 or "op grond van" in scenario["steps"][dan]["text"]
        assert grounded, f"{scenario['name']}: the outcome needs its ground or open question"
    assert tags <= REGISTERED_TAGS, f"unregistered tags: {tags - REGISTERED_TAGS}"


def _bron_refs() -> list[tuple[str, str, int]]:
    refs: list[tuple[str, str, int]] = []
    for path in _feature_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            match = BRON.search(line)
            if match:
                refs.extend((path.name, f, int(n)) for f, n in VERWIJZING.findall(match.group(1)))
    return refs


def test_bron_lines_point_at_the_source() -> None:
    if not SEEDS.is_dir():
        pytest.skip(
            f"the source documents are not beside this clone ({SEEDS}); bron lines not checked"
        )
    cache: dict[str, list[str]] = {}
    for feature, seed, line in _bron_refs():
        lines = cache.setdefault(seed, (SEEDS / seed).read_text(encoding="utf-8").splitlines())
        assert 1 <= line <= len(lines), f"{feature}: {seed} r. {line} out of range"
        assert lines[line - 1].strip(), f"{feature}: {seed} r. {line} is an empty line"


def test_code_passages_point_at_the_source() -> None:
    if not SEEDS.is_dir():
        pytest.skip(
            f"the source documents are not beside this clone ({SEEDS}); passages not checked"
        )
    lines = (SEEDS / "003_026876f3936cad21.txt").read_text(encoding="utf-8").splitlines()
    passages: set[int] = set()
    for plan in STAPPENPLANNEN.values():
        for step in plan.procedure.steps.values():
            for leaf in step.predicate.leaves():
                passages |= {c.regel for c in leaf.cites if isinstance(c, Passage)}
            passages |= {c.regel for c in step.cites if isinstance(c, Passage)}
    for regel in sorted(passages):
        assert lines[regel - 1].strip(), f"r. {regel} is an empty line"


def test_version_is_consistent() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{pr.__version__}"' in text
