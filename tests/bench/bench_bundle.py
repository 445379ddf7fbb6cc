"""Benchmark: the desktop bundle's size and its start-up against the same app in the venv.

What a facilitator installs (dist/fieldsessions, built by `python3 packaging/dev.py bundle`)
must stay small and start as fast as the developer's app:

- size: the bundle folder unpacked (every file, symbolic links not followed), in MB (10^6
  bytes) and MiB; target <= 150 MB;
- start-up: the bundle's `fieldsessions` against the venv's `fieldsessions` console script,
  both on bench_startup.py's data file (5,000 people, 100,000 marks) with
  FIELDSESSIONS_STARTUP_PROBE=1, timed from the spawn of the process to "first-paint" (the
  window has painted) and "sessions-painted" (the session list has painted with its rows);
  one warm-up run of each, then ROUNDS interleaved rounds; min and median of each and the
  ratio of the medians; target: first paint from the bundle <= 1.5x from the venv.

    .venv/bin/python tests/bench/bench_bundle.py [--rounds N] [--bundle DIR]
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench import bench_startup  # noqa: E402  (its data file, launcher and timing)

ROUNDS = 7
SIZE_TARGET_MB = 150
RATIO_TARGET = 1.5


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def main() -> int:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else ROUNDS
    bundle = (Path(sys.argv[sys.argv.index("--bundle") + 1]) if "--bundle" in sys.argv
              else ROOT / "dist" / "fieldsessions")
    program = bundle / "fieldsessions"
    if not program.is_file():
        print(f"no bundle at {bundle}: build it with `python3 packaging/dev.py bundle`")
        return 2
    size = size_mb(bundle)
    print(f"bundle {bundle}: {size:.1f} MB ({size * 1e6 / 2**20:.1f} MiB) unpacked "
          f"(target <= {SIZE_TARGET_MB} MB)")
    if not bench_startup.CACHE.exists():
        bench_startup.build(bench_startup.CACHE)
    home = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-home-"))
    venv_cmd = [*bench_startup.app_command(), "--db", str(bench_startup.CACHE)]
    bundle_cmd = [str(program), "--db", str(bench_startup.CACHE)]
    print(f"venv:   {' '.join(venv_cmd)}\nbundle: {' '.join(bundle_cmd)}")
    print(f"load before: {bench_startup.load()}")
    times: dict[str, dict[str, list[float]]] = {
        "venv": {"first-paint": [], "sessions-painted": []},
        "bundle": {"first-paint": [], "sessions-painted": []}}
    try:
        bench_startup.timed_lines(venv_cmd, home)  # warm-up: file cache, bytecode, settings
        bench_startup.timed_lines(bundle_cmd, home)
        for _ in range(rounds):
            for name, command in (("venv", venv_cmd), ("bundle", bundle_cmd)):
                seen = bench_startup.timed_lines(command, home)
                for marker, values in times[name].items():
                    values.append(seen.get(marker, float("nan")))
        print(f"load after:  {bench_startup.load()}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"{rounds} interleaved rounds")
    ratios = {}
    for marker in ("first-paint", "sessions-painted"):
        for name in ("venv", "bundle"):
            values = times[name][marker]
            print(f"{name:6} {marker:17} min {min(values) * 1000:6.0f} ms  "
                  f"median {statistics.median(values) * 1000:6.0f} ms")
        ratios[marker] = (statistics.median(times["bundle"][marker])
                          / statistics.median(times["venv"][marker]))
        low = min(times["bundle"][marker]) / min(times["venv"][marker])
        print(f"bundle / venv {marker}: median {ratios[marker]:.2f}x, min {low:.2f}x"
              + (f" (target <= {RATIO_TARGET}x)" if marker == "first-paint" else ""))
    return 0 if size <= SIZE_TARGET_MB and ratios["first-paint"] <= RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
