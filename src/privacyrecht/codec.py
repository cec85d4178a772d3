"""JSON in and out: one cattrs converter, strict structuring, every error at once.

Input JSON is read strictly: it must be UTF-8, at most :data:`MAX_INPUT_BYTES`,
valid JSON without duplicate keys, and match the input model exactly.  Unknown
fields are rejected, never ignored; labels must be spelled as in the
vocabulary (a close match is suggested); booleans are ``true``/``false``, not
strings or numbers.  Problems are reported together as one
:class:`~privacyrecht.errors.InputError`, each with its JSON path.

Output JSON is deterministic: sorted keys, no timestamps.

>>> v = verstrekking_uit_json('''{"verstrekker": {"organisatie": "gemeente",
...   "rol": "openbare-ordetaak voor de burgemeester"}, "ontvanger": {"organisatie": "politie"},
...   "gegevens": ["gewoon persoonsgegeven"], "doel": "handhaving van de openbare orde"}''')
>>> v.ontvanger.organisatie
<Organisatie.POLITIE: 'politie'>
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from privacyrecht.beoordeling import (
    Beoordeling,
    Doorbreking,
    OpenVraag,
    Regime,
    Stap,
    Uitkomst,
    Voorwaarde,
)
from privacyrecht.bronnen import Bepaling, Passage
from privacyrecht.errors import InputError, Problem, join_path
from privacyrecht.feiten import (
    NIET_LEEG,
    Doel,
    Feit,
    Gegevenscategorie,
    InstemmingHulpverlening,
    Oordeel,
    Organisatie,
    Politiegegevenssoort,
    Rol,
    Toestemming,
    ToestemmingBeroepsgeheim,
    Toestemminggever,
    Toets,
    Verstrekking,
)

__all__ = [
    "MAX_INPUT_BYTES",
    "beoordeling_naar_dict",
    "beoordeling_naar_json",
    "converter",
    "invoerschema",
    "verstrekking_uit_dict",
    "verstrekking_uit_json",
]

#: The largest input accepted, in bytes (a case is a few kilobytes).
MAX_INPUT_BYTES = 1_048_576


class _LabelError(ValueError):
    def __init__(self, value: object, enum_type: type[enum.StrEnum]) -> None:
        self.accepted = [m.value for m in enum_type]
        close = (
            difflib.get_close_matches(value, self.accepted, n=1, cutoff=0.6)
            if isinstance(value, str)
            else []
        )
        self.suggestion = close[0] if close else ""
        self.value = value
        super().__init__(f"onbekend label {value!r}")


class _TypeError(TypeError):
    def __init__(self, value: object, expected: str) -> None:
        self.expected = expected
        super().__init__(f"verkeerd type: {type(value).__name__} {value!r}")


_JSON_TYPE = {
    bool: "true of false",
    int: "een geheel getal",
    str: "tekst",
    list: "een lijst",
    dict: "een object",
}


def _structure_enum(value: object, enum_type: type[enum.StrEnum]) -> enum.StrEnum:
    if not isinstance(value, str):
        raise _TypeError(value, "tekst (een label)")
    try:
        return enum_type(value)
    except ValueError:
        raise _LabelError(value, enum_type) from None


def _strict(kind: type[Any]) -> typing.Callable[[object, type[Any]], Any]:
    def hook(value: object, _: type[Any]) -> Any:
        if type(value) is not kind:
            raise _TypeError(value, _JSON_TYPE[kind])
        return value

    return hook


class _EmptyError(ValueError):
    pass


def _structure_niet_leeg(value: object, _: type[str]) -> str:
    if not isinstance(value, str):
        raise _TypeError(value, "tekst")
    if not value.strip():
        msg = "mag niet leeg zijn"
        raise _EmptyError(msg)
    return value


def _structure_date(value: object, _: type[dt.date]) -> dt.date:
    if not isinstance(value, str):
        raise _TypeError(value, "een datum als tekst, jjjj-mm-dd")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _TypeError(value, "een datum als tekst, jjjj-mm-dd") from None


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _tuple_hook(t: Any) -> typing.Callable[[object, Any], tuple[Any, ...]]:
    (item_type, _ellipsis) = typing.get_args(t)

    def hook(value: object, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _TypeError(value, "een lijst")
        errors: list[Exception] = []
        items: list[Any] = []
        for index, item in enumerate(value):
            try:
                items.append(converter.structure(item, item_type))
            except Exception as exc:  # noqa: BLE001 - collected and re-raised below
                exc.__notes__ = [*getattr(exc, "__notes__", []), _IndexNote(index)]
                errors.append(exc)
        if errors:
            msg = "while structuring a list"
            raise IterableValidationError(msg, errors, t)
        return tuple(items)

    return hook


def _IndexNote(index: int | str) -> IterableValidationNote:  # noqa: N802 - reads as the note it makes
    return IterableValidationNote(f"@ index {index!r}", index, object)


def _structure_feiten(value: object, _: Any) -> Mapping[Feit, bool]:
    if not isinstance(value, dict):
        raise _TypeError(value, "een object met feiten (label: true of false)")
    errors: list[Exception] = []
    result: dict[Feit, bool] = {}
    for key, item in value.items():
        try:
            result[typing.cast("Feit", _structure_enum(key, Feit))] = _strict(bool)(item, bool)
        except Exception as exc:  # noqa: BLE001 - collected and re-raised below
            exc.__notes__ = [*getattr(exc, "__notes__", []), _IndexNote(key)]
            errors.append(exc)
    if errors:
        msg = "while structuring feiten"
        raise IterableValidationError(msg, errors, Mapping[Feit, bool])
    return result


def _make_converter() -> cattrs.Converter:
    c = cattrs.Converter(forbid_extra_keys=True)
    for label_type in (
        Organisatie,
        Rol,
        Gegevenscategorie,
        Doel,
        Feit,
        Toets,
        Toestemminggever,
        Politiegegevenssoort,
    ):
        c.register_structure_hook(label_type, _structure_enum)
    for kind in (bool, int, str):
        # Class dispatch picks the most specific class, so the label hooks above
        # keep precedence over the one for ``str``.
        c.register_structure_hook(kind, _strict(kind))
    c.register_structure_hook(dt.date, _structure_date)
    c.register_structure_hook_factory(_is_tuple, _tuple_hook)
    c.register_structure_hook_func(lambda t: t == Mapping[Feit, bool], _structure_feiten)
    # Texts that must say something are checked while structuring, so that an
    # empty motivation is reported together with the other problems of its object.
    niet_leeg = override(struct_hook=_structure_niet_leeg)
    c.register_structure_hook(
        Oordeel, make_dict_structure_fn(Oordeel, c, door=niet_leeg, motivering=niet_leeg)
    )
    for soort in (Toestemming, ToestemmingBeroepsgeheim, InstemmingHulpverlening):
        c.register_structure_hook(soort, make_dict_structure_fn(soort, c, omvang=niet_leeg))
    c.register_unstructure_hook(dt.date, dt.date.isoformat)
    c.register_unstructure_hook(Bepaling, _bepaling)
    # Source passages print as their citation; provisions print in full where
    # they decide the outcome (grondslagen, gegevens) and as citation text
    # everywhere else (steps, questions, conditions, regimes).
    c.register_unstructure_hook(Passage, Passage.cite)
    citations = override(unstruct_hook=_citations)
    c.register_unstructure_hook(Stap, make_dict_unstructure_fn(Stap, c, bepalingen=citations))
    c.register_unstructure_hook(OpenVraag, make_dict_unstructure_fn(OpenVraag, c, waarom=citations))
    c.register_unstructure_hook(
        Voorwaarde, make_dict_unstructure_fn(Voorwaarde, c, bepalingen=citations)
    )
    c.register_unstructure_hook(Regime, make_dict_unstructure_fn(Regime, c, bepalingen=citations))
    c.register_unstructure_hook(
        Doorbreking, make_dict_unstructure_fn(Doorbreking, c, bepalingen=citations)
    )
    return c


def _bepaling(b: Bepaling) -> dict[str, str | None]:
    return {
        "regeling": b.regeling.afkorting,
        "artikel": b.artikel,
        "lid": b.lid,
        "onder": b.onder,
        "tekst": b.tekst,
        "link": b.link,
    }


def _citations(bepalingen: tuple[Bepaling, ...]) -> list[str]:
    return [b.tekst for b in bepalingen]


#: The one converter for input and output.
converter = _make_converter()


# --- Errors -----------------------------------------------------------------


def _where(exc: BaseException, path: str) -> str:
    for note in getattr(exc, "__notes__", []):
        name = getattr(note, "name", None)
        if isinstance(name, str):
            return join_path(path, name)
        index = getattr(note, "index", None)
        if isinstance(index, (int, str)):
            return join_path(path, index)
    return path


def _fields_of(cls: type[Any]) -> list[str]:
    return [a.name for a in attrs.fields(cls)]


def _problems(exc: BaseException, path: str, cls: type[Any] | None) -> list[Problem]:  # noqa: PLR0911
    if isinstance(exc, ForbiddenExtraKeysError):
        allowed = _fields_of(exc.cl)
        return [
            Problem(
                path=join_path(path, name),
                message="onbekend veld (wordt niet genegeerd)",
                expected=", ".join(allowed),
                suggestion=next(iter(difflib.get_close_matches(name, allowed, n=1)), ""),
            )
            for name in sorted(exc.extra_fields)
        ]
    if isinstance(exc, ClassValidationError):
        return [p for sub in exc.exceptions for p in _problems(sub, _where(sub, path), exc.cl)]
    if isinstance(exc, IterableValidationError):
        return [p for sub in exc.exceptions for p in _problems(sub, _where(sub, path), None)]
    if isinstance(exc, KeyError):
        return [Problem(path=path, message="verplicht veld ontbreekt")]
    if isinstance(exc, _LabelError):
        return [
            Problem(
                path=path,
                message=str(exc),
                expected=", ".join(repr(a) for a in exc.accepted),
                suggestion=exc.suggestion,
            )
        ]
    if isinstance(exc, _TypeError):
        return [Problem(path=path, message=str(exc), expected=exc.expected)]
    if isinstance(exc, _EmptyError):
        veld = path.rsplit(".", 1)[-1]
        return [
            Problem(
                path=path,
                message=f"{veld} {exc}",
                expected=NIET_LEEG.get(veld, "een tekst die niet leeg is"),
            )
        ]
    if isinstance(exc, InputError):
        return [
            attrs.evolve(p, path=path + p.path[1:]) if p.path.startswith("$") else p
            for p in exc.problems
        ]
    name = f" ({cls.__name__})" if cls is not None else ""
    return [Problem(path=path, message=f"ongeldige waarde{name}: {exc}")]


# --- Reading ------------------------------------------------------------------


class _Pairs(dict[str, Any]):
    """A JSON object that remembers the keys it saw more than once."""

    duplicates: tuple[str, ...] = ()


def _pairs(items: list[tuple[str, Any]]) -> _Pairs:
    result = _Pairs()
    dupes: list[str] = []
    for key, value in items:
        if key in result:
            dupes.append(key)
        result[key] = value
    result.duplicates = tuple(dupes)
    return result


def _duplicates(value: object, path: str) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(value, _Pairs):
        problems.extend(
            Problem(
                path=join_path(path, key),
                message="deze sleutel staat twee keer in hetzelfde object",
                expected="elke sleutel één keer",
            )
            for key in value.duplicates
        )
        for key, item in value.items():
            problems.extend(_duplicates(item, join_path(path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problems.extend(_duplicates(item, join_path(path, index)))
    return problems


def _no_constant(name: str) -> None:
    msg = f"{name} is geen geldige JSON-waarde"
    raise ValueError(msg)


def _parse(data: str | bytes) -> object:
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > MAX_INPUT_BYTES:
        raise InputError(
            [
                Problem(
                    path="$",
                    message=f"invoer te groot: {size} bytes",
                    expected=f"hoogstens {MAX_INPUT_BYTES} bytes",
                )
            ]
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                [
                    Problem(
                        path="$",
                        message=f"geen geldige UTF-8: ongeldige byte op positie {exc.start}",
                        expected="JSON in UTF-8",
                    )
                ]
            ) from None
    data = data.removeprefix("\ufeff")
    try:
        parsed = json.loads(data, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            [
                Problem(
                    path="$",
                    message=f"geen geldige JSON: {exc.msg} (regel {exc.lineno}, kolom {exc.colno})",
                    expected="een JSON-object",
                )
            ]
        ) from None
    except ValueError as exc:
        raise InputError([Problem(path="$", message=str(exc), expected="JSON")]) from None
    problems = _duplicates(parsed, "$")
    if problems:
        raise InputError(problems)
    return parsed


def verstrekking_uit_dict(data: object) -> Verstrekking:
    """Structure a JSON-like value into a :class:`Verstrekking`, or raise :class:`InputError`."""
    if not isinstance(data, dict):
        raise InputError([Problem(path="$", message="verkeerd type", expected="een JSON-object")])
    try:
        return converter.structure(data, Verstrekking)
    except InputError as exc:
        raise InputError(_problems(exc, "$", Verstrekking)) from None
    except Exception as exc:  # noqa: BLE001 - every structuring error becomes a Problem
        raise InputError(_problems(exc, "$", Verstrekking)) from None


def verstrekking_uit_json(data: str | bytes) -> Verstrekking:
    """Read a :class:`Verstrekking` from JSON text (or UTF-8 bytes)."""
    return verstrekking_uit_dict(_parse(data))


# --- Writing ------------------------------------------------------------------


def beoordeling_naar_dict(b: Beoordeling) -> dict[str, Any]:
    """The beoordeling as JSON-ready data (a fresh structure, the caller's to change)."""
    data: dict[str, Any] = converter.unstructure(b)
    return data


#: Compact JSON text of the answer's constant parts (provisions, regimes,
#: questions, conditions, steps without judgements), by object identity.  The
#: parts are immutable and built once at import, so their text never changes.
#: Bounded: cleared when full.
_TEXTS: dict[int, tuple[object, str]] = {}
_TEXTS_MAX = 8192
_COMPACT = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
#: The C function that quotes and escapes one string exactly as ``json.dumps`` does.
_STR: typing.Callable[[str], str] = json.encoder.encode_basestring_ascii


def _strs(items: list[str]) -> str:
    return "[" + ",".join(map(_STR, items)) + "]"


def _text(obj: object) -> str:
    hit = _TEXTS.get(id(obj))
    if hit is not None and hit[0] is obj:
        return hit[1]
    text = _COMPACT(converter.unstructure(obj))
    if len(_TEXTS) >= _TEXTS_MAX:
        _TEXTS.clear()
    _TEXTS[id(obj)] = (obj, text)
    return text


def _list(items: tuple[object, ...]) -> str:
    return "[" + ",".join([_text(i) for i in items]) + "]"


def _oordeel(o: Oordeel) -> str:
    return (
        '{"antwoord":'
        + ("true" if o.antwoord else "false")
        + ',"datum":"'
        + o.datum.isoformat()
        + '","door":'
        + _COMPACT(o.door)
        + ',"motivering":'
        + _COMPACT(o.motivering)
        + ',"toets":'
        + _COMPACT(o.toets.value)
        + "}"
    )


#: Compact text of steps with reasons (made per case, so cached by content).
_STAPPEN: dict[tuple[object, ...], str] = {}


def _stap_tekst(s: Stap) -> str:
    if s.oordelen:
        return _stap(s)
    if not s.redenen:
        return _text(s)
    key = (
        s.stap,
        s.vraag,
        s.antwoord._value_,
        s.redenen,
        tuple([p.cite() for p in s.bron]),
        tuple([b.tekst for b in s.bepalingen]),
    )
    text = _STAPPEN.get(key)
    if text is None:
        if len(_STAPPEN) >= _TEXTS_MAX:
            _STAPPEN.clear()
        text = _STAPPEN[key] = _stap(s)
    return text


def _stap(s: Stap) -> str:
    """A step with the judgements or reasons of this case (those are not cached)."""
    return (
        '{"antwoord":'
        + _STR(s.antwoord._value_)
        + ',"bepalingen":'
        + _strs([b.tekst for b in s.bepalingen])
        + ',"bron":'
        + _strs([p.cite() for p in s.bron])
        + ',"oordelen":['
        + ",".join([_oordeel(o) for o in s.oordelen])
        + '],"redenen":'
        + _strs(list(s.redenen))
        + ',"stap":'
        + _STR(s.stap)
        + ',"vraag":'
        + _STR(s.vraag)
        + "}"
    )


def _per_soort(
    bepalingen: tuple[Bepaling, ...], sleutel: str, wat: enum.StrEnum, uitkomst: Uitkomst
) -> str:
    """The verdict on one category or soort: ``bepalingen``, ``sleutel``, ``uitkomst`` (sorted)."""
    return (
        '{"bepalingen":'
        + _list(bepalingen)
        + f',"{sleutel}":'
        + _STR(wat._value_)
        + ',"uitkomst":'
        + _STR(uitkomst._value_)
        + "}"
    )


def _compact(b: Beoordeling) -> str:
    """Compact JSON of ``b``, byte for byte what ``json.dumps(sort_keys=True)`` gives.

    Assembled from the cached text of the constant parts; the keys are written in
    sorted order.
    """
    gegevens = ",".join(
        [_per_soort(g.bepalingen, "categorie", g.categorie, g.uitkomst) for g in b.gegevens]
    )
    stappen = ",".join([_stap_tekst(s) for s in b.stappen])
    politiegegevens = ",".join(
        [_per_soort(p.bepalingen, "soort", p.soort, p.uitkomst) for p in b.politiegegevens]
    )
    return (
        '{"doorbrekingen":'
        + _list(b.doorbrekingen)
        + ',"gegevens":['
        + gegevens
        + '],"grondslagen":'
        + _list(b.grondslagen)
        + ',"open_vragen":'
        + _list(b.open_vragen)
        + ',"politiegegevens":['
        + politiegegevens
        + '],"rechtsstand":'
        + _list(b.rechtsstand)
        + ',"regimes":'
        + _list(b.regimes)
        + ',"stappen":['
        + stappen
        + '],"stappenplan":'
        + _COMPACT(b.stappenplan)
        + ',"te_beoordelen":'
        + _list(b.te_beoordelen)
        + ',"uitkomst":'
        + _STR(b.uitkomst._value_)
        + ',"vervolgacties":'
        + _list(b.vervolgacties)
        + ',"voorwaarden":'
        + _list(b.voorwaarden)
        + "}\n"
    )


def beoordeling_naar_json(b: Beoordeling, *, inspringen: int | None = None) -> str:
    """The beoordeling as deterministic JSON text: sorted keys, no timestamps.

    The default is compact, ASCII-escaped JSON on one line: what systems
    exchange, and several times faster to produce.  ``inspringen`` gives
    indented UTF-8 for people (the command line uses 2).  Both forms carry the
    same data and are byte-identical for the same input.
    """
    if inspringen is None:
        return _compact(b)
    return (
        json.dumps(beoordeling_naar_dict(b), sort_keys=True, ensure_ascii=False, indent=inspringen)
        + "\n"
    )


# --- Schema -------------------------------------------------------------------


_SCALARS: dict[Any, dict[str, str]] = {
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    str: {"type": "string"},
    dt.date: {"type": "string", "format": "date"},
    type(None): {"type": "null"},
}


def _schema(t: Any) -> dict[str, Any]:
    if t in _SCALARS:
        return dict(_SCALARS[t])
    if isinstance(t, type) and issubclass(t, enum.StrEnum):
        return {"enum": [m.value for m in t]}
    origin = typing.get_origin(t)
    if origin is tuple:
        return {"type": "array", "items": _schema(typing.get_args(t)[0])}
    if origin in {Mapping, dict} or t == Mapping[Feit, bool]:
        key, value = typing.get_args(t)
        return {
            "type": "object",
            "propertyNames": _schema(key),
            "additionalProperties": _schema(value),
        }
    if origin in {typing.Union, types.UnionType}:
        return {"anyOf": [_schema(a) for a in typing.get_args(t)]}
    if attrs.has(t):
        return _object_schema(t)
    msg = f"no schema for {t!r}"
    raise TypeError(msg)


def _field_schema(field: attrs.Attribute[Any], t: Any) -> dict[str, Any]:
    schema = _schema(t)
    extra = field.metadata.get("schema")
    if extra:
        # The constraint applies to the non-null alternative.
        for alternative in schema.get("anyOf", [schema]):
            if alternative.get("type") != "null":
                alternative.update(extra)
    return schema


def _object_schema(cls: type[Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = [a for a in attrs.fields(cls) if a.init]
    schema: dict[str, Any] = {
        "type": "object",
        "title": cls.__name__,
        "properties": {a.name: _field_schema(a, hints[a.name]) for a in fields},
        "required": [a.name for a in fields if a.default is attrs.NOTHING],
        "additionalProperties": False,
    }
    doc = (cls.__doc__ or "").strip().split("\n", 1)[0]
    if doc:
        schema["description"] = doc
    return schema


def invoerschema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the input, generated from the types."""
    schema = _object_schema(Verstrekking)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://privacyrecht.nl/schema/verstrekking.json"
    return schema
