"""Prints bench/run's table from the figures each run wrote: medians of the rounds, and the
ratios against the issue's targets, every ratio taken between figures of the same run."""

import os
import statistics
import sys
from collections import defaultdict

work, duration, connections, rounds = sys.argv[1:5]
sets = sys.argv[5:]


def load(name):
    runs = defaultdict(list)
    single = {}
    with open(f"{work}/results-{name}") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                single[parts[0]] = float(parts[1])
            elif parts[0] == "edit":
                single["edit_story_ms"] = float(parts[1])
                single["edit_list_ms"] = float(parts[2])
            elif parts[1] == "uncached" and parts[0] == "csv-first-byte":
                runs[("csv-first-byte", "uncached")].append([float(parts[2]) * 1000])
            else:
                runs[(parts[0], parts[1])].append([float(x) for x in parts[2:]])
    return runs, single


def median(rows, column):
    return statistics.median(row[column] for row in rows) if rows else None


def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


results = {name: load(name) for name in sets}
failed = []

print()
database = "PostgreSQL" if os.environ.get("BENCH_DB") == "postgres" else "H2"
print(f"wrk -t2 -c{connections}, {duration} s a run, median of {rounds} rounds; the app with"
      f" -Xmx128m on {database}; nginx serving the bytes the app served, in the same run.")
for name in sets:
    runs, single = results[name]
    title = "the seed story" if name == "seed" else f"{int(name):,} generated incidents"
    print()
    print(f"### {title}")
    print()
    print("| page | app req/s | nginx req/s | app/nginx | app p50 ms | app p99 ms |"
          " uncached req/s | uncached/nginx |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    errors = 0
    erring = []
    pages = []
    for (page, kind) in runs:
        if page not in pages and page != "csv-first-byte":
            pages.append(page)
    for page in pages:
        app = runs.get((page, "app"), [])
        nginx = runs.get((page, "nginx"), [])
        uncached = runs.get((page, "uncached"), [])
        page_errors = sum(int(r[3]) for r in app + uncached)
        errors += page_errors
        if page_errors:
            erring.append(f"{page} ({page_errors})")
        a, n, u = median(app, 0), median(nginx, 0), median(uncached, 0)
        ratio = a / n if a and n else None
        uratio = u / n if u and n else None
        print(f"| {page} | {fmt(a)} | {fmt(n)} | {fmt(ratio, 3)} | {fmt(median(app, 1), 1)} |"
              f" {fmt(median(app, 2), 1)} | {fmt(u)} | {fmt(uratio, 4)} |")
    first_byte = median(runs.get(("csv-first-byte", "uncached"), []), 0)
    print()
    print(f"- cold start, process start to the first 200: {fmt(single.get('cold_start_ms'))} ms"
          f" (the first start, which migrates and loads the data: "
          f"{fmt(single.get('first_start_ms'))} ms)")
    for page, key in (("story", "edit_story_ms"), ("list", "edit_list_ms")):
        if key in single:
            n = median(runs.get((page, "nginx"), []), 0)
            per_second = 1000 / single[key] if single[key] else None
            single[f"edit_{page}_ratio"] = per_second / n if per_second and n else None
            print(f"- the first render of the {page} page after an edit: {fmt(single[key], 1)} ms,"
                  f" so {fmt(per_second)} a second on one thread, "
                  f"{fmt(single[f'edit_{page}_ratio'], 4)} of nginx's requests/s")
    print(f"- heap in use after the run, after a full collection: "
          f"{fmt(single.get('heap_used_kb', 0) / 1024, 1)} MB of 128 MB")
    if first_byte is not None:
        print(f"- CSV export, first byte with nothing kept: {fmt(first_byte, 1)} ms")
    print(f"- errors (non-2xx/3xx answers, socket errors): {errors}"
          + (f", at {', '.join(erring)}" if erring else ""))

    def check(label, value, target, at_least=True):
        ok = value is not None and (value >= target if at_least else value <= target)
        if not ok:
            failed.append(f"{title}: {label}")
        sign = "≥" if at_least else "≤"
        print(f"- {'met' if ok else 'MISSED'}: {label} {fmt(value, 3)} (target {sign} {target})")

    if name == sets[0]:
        print()
        print("Targets:")

        def ratio(page, kind="app"):
            a, n = median(runs.get((page, kind), []), 0), median(runs.get((page, "nginx"), []), 0)
            return a / n if a and n else None

        check("story page as readers get it, app/nginx", ratio("story"), 0.5)
        check("incident list as readers get it, app/nginx", ratio("list"), 0.5)
        check("story page, first render after an edit, app/nginx",
              single.get("edit_story_ratio"), 0.03)
        check("incident list, first render after an edit, app/nginx",
              single.get("edit_list_ratio"), 0.05)
        check("/feed.xml answering 304, app/nginx", ratio("feed-304"), 0.8)
        check("cold start ms", single.get("cold_start_ms"), 3000, at_least=False)
        check("errors", errors, 0, at_least=False)

if len(sets) == 2:
    small, large = sets
    print()
    print(f"### Each page's cost at {int(large):,} incidents against {int(small):,}")
    print()
    print("Cost is the time a render takes with nothing kept in memory (1 / uncached req/s);"
          " the target is at most 1.3 times.")
    print()
    print(f"| page | {int(small):,}: uncached req/s | {int(large):,}: uncached req/s | cost ratio |")
    print("|---|---:|---:|---:|")
    runs_small, _ = results[small]
    runs_large, _ = results[large]
    for (page, kind) in runs_small:
        if kind != "uncached" or page == "csv-first-byte":
            continue
        a = median(runs_small[(page, kind)], 0)
        b = median(runs_large.get((page, kind), []), 0)
        ratio = a / b if a and b else None
        mark = "" if ratio is not None and ratio <= 1.3 else " (missed)"
        if ratio is None or ratio > 1.3:
            failed.append(f"cost at scale: {page}")
        print(f"| {page} | {fmt(a)} | {fmt(b)} | {fmt(ratio, 2)}{mark} |")
    a = median(runs_small.get(("csv-first-byte", "uncached"), []), 0)
    b = median(runs_large.get(("csv-first-byte", "uncached"), []), 0)
    if a and b:
        ratio = b / a
        if ratio > 1.3:
            failed.append("cost at scale: csv first byte")
        print(f"| csv, first byte (ms) | {fmt(a, 1)} | {fmt(b, 1)} | {fmt(ratio, 2)}"
              f"{'' if ratio <= 1.3 else ' (missed)'} |")

print()
if failed:
    print("Missed: " + "; ".join(failed))
else:
    print("Every target met.")
