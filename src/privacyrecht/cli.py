"""The command line: ``privacyrecht beoordeel|schema|stappenplannen|bronnen``.

Exit status 0 for any legal outcome, 2 for bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from privacyrecht.bronnen import REGELINGEN
from privacyrecht.codec import MAX_INPUT_BYTES, invoerschema, verstrekking_uit_json
from privacyrecht.errors import InputError, Problem
from privacyrecht.regimekeuze import beoordeel
from privacyrecht.stappenplannen import STAPPENPLANNEN

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fout: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="privacyrecht", description="Mag deze verstrekking van persoonsgegevens?")
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=_Parser)
    b = sub.add_parser("beoordeel", help="beoordeel een casus (JSON)")
    b.add_argument("casus", help="pad naar de casus in JSON, of - voor standaardinvoer")
    b.add_argument("--formaat", choices=("json", "tekst"), default="json")
    sub.add_parser("schema", help="JSON Schema van de invoer")
    sub.add_parser("stappenplannen", help="de uitgewerkte stappenplannen, met hun stappen")
    sub.add_parser("bronnen", help="de regelingen en hun rechtsstand")
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    path = Path(name)
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(
            [Problem(path="$", message=f"kan {name!r} niet lezen: {exc.strerror}")]
        ) from None


def _dump(data: object) -> None:
    sys.stdout.write(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n")


def _stappenplannen() -> list[dict[str, object]]:
    return [
        {
            "sleutel": plan.sleutel,
            "naam": plan.naam,
            "voor_wie": plan.voor_wie,
            "bron": [p.cite() for p in plan.bron],
            "stappen": [
                {"stap": step.key, "vraag": step.question, "bron": [c.cite() for c in step.cites]}
                for step in plan.procedure.steps.values()
            ],
        }
        for plan in STAPPENPLANNEN.values()
    ]


def _bronnen() -> list[dict[str, object]]:
    return [
        {
            "afkorting": r.afkorting,
            "titel": r.titel,
            "identificatie": r.identificatie,
            "versie": r.versie.isoformat(),
            "status": r.status.value,
            "opmerking": r.opmerking,
            "link": r.link,
        }
        for r in REGELINGEN.values()
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.opdracht == "schema":
        _dump(invoerschema())
    elif args.opdracht == "stappenplannen":
        _dump(_stappenplannen())
    elif args.opdracht == "bronnen":
        _dump(_bronnen())
    else:
        try:
            verstrekking = verstrekking_uit_json(_read(args.casus))
        except InputError as exc:
            print(
                f"privacyrecht: ongeldige invoer in {args.casus} ({len(exc.problems)}):",
                file=sys.stderr,
            )
            for problem in exc.problems:
                print(f"  - {problem}", file=sys.stderr)
            return 2
        beoordeling = beoordeel(verstrekking)
        sys.stdout.write(
            beoordeling.als_json(inspringen=2)
            if args.formaat == "json"
            else beoordeling.toelichting()
        )
    return 0
