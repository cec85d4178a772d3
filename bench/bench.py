"""Benchmark of :func:`privacyrecht.beoordeel`: time per decision, with and without JSON.

Run from the repository root::

    .venv/bin/python bench/bench.py            # 100 000 generated cases
    .venv/bin/python bench/bench.py --quick    # small run (smoke test)
    .venv/bin/python bench/bench.py --profile  # also: where the time goes (cProfile)

Two sets of cases are measured, in one process:

* the feature cases: every Verstrekking the scenarios in ``features/`` build,
  collected by running ``pytest tests/scenarios`` with
  ``PRIVACYRECHT_CASES_OUT`` set (see ``tests/scenarios/conftest.py``);
* ``--n`` generated cases (:mod:`cases`), valid input covering the whole
  input space.

For each set, after a warm-up, every decision is timed on its own with
:func:`time.perf_counter_ns`, once for ``beoordeel()`` alone (the answer) and
once for ``beoordeel()`` followed by ``beoordeling_naar_json()``.  Reported:
median, p99 and mean per decision, decisions per second (decisions divided by
the wall time of the timed loop), and the median per stappenplan.  The table
goes to stdout, the figures to ``bench/results-latest.json`` (``--quick``:
``bench/results-quick.json``).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import math
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

import privacyrecht as pr
from cases import DEFAULT_SEED, generate
from privacyrecht import codec

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

#: Targets (design §6): median per decision, single process.
DOEL_ANTWOORD_US = 10.0
DOEL_JSON_US = 100.0

#: Label for decisions without a stappenplan (``Beoordeling.stappenplan is None``).
GEEN = "(geen stappenplan)"

ANTWOORD = "antwoord"
MET_JSON = "antwoord + JSON"

_GEEN_GIT_INFO = "onbekend"


@attrs.frozen(kw_only=True)
class Stats:
    """Summary of per-decision times (nanoseconds in, microseconds out)."""

    beslissingen: int
    mediaan_us: float
    p99_us: float
    gemiddeld_us: float
    max_us: float

    @classmethod
    def of(cls, times_ns: Sequence[int]) -> Stats:
        ordered = sorted(times_ns)
        return cls(
            beslissingen=len(ordered),
            mediaan_us=statistics.median(ordered) / 1000,
            p99_us=_quantile(ordered, 0.99) / 1000,
            gemiddeld_us=statistics.fmean(ordered) / 1000,
            max_us=ordered[-1] / 1000,
        )


@attrs.frozen(kw_only=True)
class Meting:
    """One timed pass (or several rounds) over a set of cases."""

    naam: str
    stats: Stats
    per_seconde: float
    per_stappenplan: dict[str, Stats]


@attrs.frozen(kw_only=True)
class Set:
    """A set of cases and its two measurements."""

    naam: str
    zaken: int
    rondes: int
    metingen: tuple[Meting, ...]
    extra: dict[str, Any]


def _quantile(ordered: Sequence[int], q: float) -> float:
    """Nearest-rank quantile of an already sorted, non-empty sequence."""
    rank = max(1, math.ceil(q * len(ordered)))
    return float(ordered[rank - 1])


# --- Cases ---------------------------------------------------------------------


def feature_cases() -> list[pr.Verstrekking]:
    """Run the scenarios and read back every Verstrekking they built."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cases.jsonl"
        env = {**os.environ, "PRIVACYRECHT_CASES_OUT": str(out)}
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/scenarios", "-q", "-p", "no:cacheprovider"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    if proc.returncode != 0:
        # A failing scenario still gives valid input; measure it, but say so.
        tail = "\n".join(proc.stdout.splitlines()[-15:])
        print(
            f"waarschuwing: pytest tests/scenarios eindigde met code {proc.returncode}:\n{tail}",
            file=sys.stderr,
        )
    if not lines:
        msg = f"de scenario's leverden geen zaken op (pytest code {proc.returncode})\n{proc.stdout}{proc.stderr}"
        raise SystemExit(msg)
    return [codec.verstrekking_uit_dict(json.loads(line)) for line in lines]


# --- Timing --------------------------------------------------------------------


def _answer(v: pr.Verstrekking) -> object:
    return pr.beoordeel(v)


def _answer_json(v: pr.Verstrekking) -> object:
    return codec.beoordeling_naar_json(pr.beoordeel(v))


def timer_overhead_ns(rounds: int = 100_000) -> float:
    """Median cost of one ``perf_counter_ns`` pair plus the append, around nothing."""
    clock = time.perf_counter_ns
    times: list[int] = []
    append = times.append
    for _ in range(rounds):
        t0 = clock()
        append(clock() - t0)
    return float(statistics.median(times))


def _timed(
    cases: Sequence[pr.Verstrekking], rondes: int, fn: Callable[[pr.Verstrekking], object]
) -> tuple[list[int], int]:
    """Per-decision times over ``rondes`` rounds of ``cases``, and the wall time of the loop."""
    clock = time.perf_counter_ns
    times: list[int] = []
    append = times.append
    start = clock()
    for _ in range(rondes):
        for v in cases:
            t0 = clock()
            fn(v)
            append(clock() - t0)
    return times, clock() - start


def meet(
    naam: str,
    cases: Sequence[pr.Verstrekking],
    *,
    rondes: int,
    warmup: int,
    extra: dict[str, Any],
) -> Set:
    """Warm up, then time both measurements over ``rondes`` rounds of ``cases``."""
    plannen = [pr.beoordeel(v).stappenplan or GEEN for v in cases]
    for i in range(warmup):
        _answer_json(cases[i % len(cases)])
    metingen = []
    # The cases themselves are long-lived: keep them out of the collector's work,
    # so that the figures do not depend on how many cases the benchmark holds.
    gc.collect()
    gc.freeze()
    for meting, fn in ((ANTWOORD, _answer), (MET_JSON, _answer_json)):
        times, wall_ns = _timed(cases, rondes, fn)
        groepen: dict[str, list[int]] = {}
        for i, t in enumerate(times):
            groepen.setdefault(plannen[i % len(cases)], []).append(t)
        metingen.append(
            Meting(
                naam=meting,
                stats=Stats.of(times),
                per_seconde=len(times) / (wall_ns / 1e9),
                per_stappenplan={plan: Stats.of(groepen[plan]) for plan in sorted(groepen)},
            )
        )
    gc.unfreeze()
    return Set(naam=naam, zaken=len(cases), rondes=rondes, metingen=tuple(metingen), extra=extra)


# --- Profile -------------------------------------------------------------------


def profiel(cases: Sequence[pr.Verstrekking], top: int) -> str:
    """cProfile of ``beoordeel()`` + JSON over ``cases``: the top functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for v in cases:
        _answer_json(v)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats(pstats.SortKey.TIME).print_stats(top)
    stats.sort_stats(pstats.SortKey.CUMULATIVE).print_stats(top)
    return out.getvalue()


# --- Report --------------------------------------------------------------------


def _git(*args: str) -> str:
    try:
        proc = subprocess.run(  # noqa: S603 - fixed command line
            ["git", *args],  # noqa: S607 - git from PATH, only for the report
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return _GEEN_GIT_INFO
    return proc.stdout.strip() if proc.returncode == 0 else _GEEN_GIT_INFO


def _stats_dict(s: Stats) -> dict[str, float | int]:
    return {
        "beslissingen": s.beslissingen,
        "mediaan_us": round(s.mediaan_us, 2),
        "p99_us": round(s.p99_us, 2),
        "gemiddeld_us": round(s.gemiddeld_us, 2),
        "max_us": round(s.max_us, 2),
    }


def _set_dict(s: Set) -> dict[str, Any]:
    return {
        "naam": s.naam,
        "zaken": s.zaken,
        "rondes": s.rondes,
        **s.extra,
        "metingen": {
            m.naam: {
                **_stats_dict(m.stats),
                "beslissingen_per_s": round(m.per_seconde),
                "per_stappenplan": [
                    {"stappenplan": None if plan == GEEN else plan, **_stats_dict(st)}
                    for plan, st in m.per_stappenplan.items()
                ],
            }
            for m in s.metingen
        },
    }


def _doel(meting: str) -> float:
    return DOEL_ANTWOORD_US if meting == ANTWOORD else DOEL_JSON_US


def tabel(sets: Sequence[Set]) -> str:
    """The figures as a plain-text table."""
    lines = [
        (
            f"{'set':<12} {'meting':<16} {'beslissingen':>12} {'mediaan µs':>11} {'p99 µs':>10} "
            f"{'gem. µs':>10} {'beslissingen/s':>15}  doel (mediaan)"
        ),
    ]
    for s in sets:
        for m in s.metingen:
            doel = _doel(m.naam)
            verdict = "gehaald" if m.stats.mediaan_us <= doel else "niet gehaald"
            lines.append(
                f"{s.naam:<12} {m.naam:<16} {m.stats.beslissingen:>12} {m.stats.mediaan_us:>11.1f} "
                f"{m.stats.p99_us:>10.1f} {m.stats.gemiddeld_us:>10.1f} {m.per_seconde:>15,.0f}  "
                f"≤ {doel:g} µs: {verdict}"
            )
    lines.append("")
    lines.append(
        f"{'set':<12} {'stappenplan':<36} {'beslissingen':>12} "
        f"{'mediaan µs':>11} {'p99 µs':>10} {'med. + JSON':>12} {'p99 + JSON':>11}"
    )
    for s in sets:
        antwoord, met_json = s.metingen
        for plan, st in antwoord.per_stappenplan.items():
            sj = met_json.per_stappenplan[plan]
            lines.append(
                f"{s.naam:<12} {plan:<36} {st.beslissingen:>12} {st.mediaan_us:>11.1f} "
                f"{st.p99_us:>10.1f} {sj.mediaan_us:>12.1f} {sj.p99_us:>11.1f}"
            )
    return "\n".join(lines)


def vergelijk(sets: Sequence[Set], vorige: dict[str, Any]) -> str:
    """Ratio of each median to the same median in a previous results file."""
    oud = {
        (s["naam"], naam): m["mediaan_us"]
        for s in vorige.get("sets", [])
        for naam, m in s.get("metingen", {}).items()
    }
    lines = [f"ten opzichte van {vorige.get('datum', '?')} ({vorige.get('commit', '?')}):"]
    for s in sets:
        for m in s.metingen:
            prev = oud.get((s.naam, m.naam))
            if prev:
                lines.append(
                    f"  {s.naam:<12} {m.naam:<16} {prev:>9.1f} → {m.stats.mediaan_us:>9.1f} µs"
                    f"  (× {m.stats.mediaan_us / prev:.2f})"
                )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=100_000, help="aantal gegenereerde zaken")
    parser.add_argument("--quick", action="store_true", help="kleine meting (rooktest)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed van de generator")
    parser.add_argument("--out", type=Path, default=None, help="resultaatbestand (JSON)")
    parser.add_argument(
        "--vorige", type=Path, default=None, help="eerder resultaatbestand om mee te vergelijken"
    )
    parser.add_argument(
        "--profile", action="store_true", help="toon ook een cProfile van de gegenereerde zaken"
    )
    args = parser.parse_args(argv)
    n: int = min(args.n, 2_000) if args.quick else args.n
    if n < 1:
        parser.error("--n moet ten minste 1 zijn")
    out: Path = args.out or BENCH / ("results-quick.json" if args.quick else "results-latest.json")
    vorige = json.loads(args.vorige.read_text(encoding="utf-8")) if args.vorige else None

    load_voor = os.getloadavg()
    if load_voor[0] > 0.5:
        print(
            f"let op: de machine is al bezig (load {load_voor[0]:.2f}); de cijfers zijn dan hoger",
            file=sys.stderr,
        )
    t0 = time.perf_counter()
    features = feature_cases()
    t1 = time.perf_counter()
    generated = generate(n, seed=args.seed)
    t2 = time.perf_counter()
    print(
        f"{len(features)} featurezaken ({t1 - t0:.1f} s); {n} gegenereerde zaken, seed {args.seed}, "
        f"{generated.skipped} tegenstrijdige trekkingen overgeslagen ({t2 - t1:.1f} s)",
        flush=True,
    )

    feature_decisions = 1_000 if args.quick else 20_000
    overhead = timer_overhead_ns()
    sets = [
        meet(
            "feature",
            features,
            rondes=max(1, math.ceil(feature_decisions / len(features))),
            warmup=200 if args.quick else 2_000,
            extra={},
        ),
        meet(
            "gegenereerd",
            generated.cases,
            rondes=1,
            warmup=min(n, 200 if args.quick else 2_000),
            extra={
                "seed": generated.seed,
                "overgeslagen": generated.skipped,
                "generatie_s": round(t2 - t1, 2),
            },
        ),
    ]
    print()
    print(tabel(sets))
    print(f"\ntijdmeting zelf (perf_counter_ns-paar): mediaan {overhead:.0f} ns per beslissing")
    print(f"load (1 min) voor/na: {load_voor[0]:.2f} / {os.getloadavg()[0]:.2f}")
    if vorige is not None:
        print()
        print(vergelijk(sets, vorige))

    load_na = os.getloadavg()
    status = _git("status", "--porcelain", "--untracked-files=no")
    src_gewijzigd = sorted(line[3:] for line in status.splitlines() if line[3:].startswith("src/"))
    result = {
        "datum": dt.datetime.now(dt.UTC).date().isoformat(),
        "commit": _git("rev-parse", "--short", "HEAD")
        + ("+gewijzigd" if status not in {"", _GEEN_GIT_INFO} else ""),
        "privacyrecht": pr.__version__,
        "python": platform.python_version(),
        "implementatie": platform.python_implementation(),
        "platform": platform.platform(),
        "nproc": os.cpu_count(),
        "src_gewijzigd": src_gewijzigd,
        "load_1min": {"voor": round(load_voor[0], 2), "na": round(load_na[0], 2)},
        "quick": bool(args.quick),
        "doelen_mediaan_us": {ANTWOORD: DOEL_ANTWOORD_US, MET_JSON: DOEL_JSON_US},
        "tijdmeting_ns": overhead,
        "sets": [_set_dict(s) for s in sets],
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\ngeschreven: {out}")

    if args.profile:
        print()
        print(profiel(generated.cases, top=25))
    return 0


if __name__ == "__main__":
    sys.exit(main())
