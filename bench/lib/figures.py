#!/usr/bin/python3
"""bench/run's helpers (Python standard library only).

  figures.py week LAST_DAY                   the Saturday-Friday week ending at least three weeks before LAST_DAY
  figures.py ddor REPORT.json OUT.json       the compared figures of a DDOR report (official edition, JSON)
  figures.py compare EXPECTED.json ACTUAL.json
                                             exit 1 and say what differs when the figures differ
  figures.py summary RESULTS.tsv INFO.txt OUT.md
                                             the tables: medians per tool and step, ratios, goals
"""
import datetime
import json
import statistics
import sys


def week(last_day):
    day = datetime.date.fromisoformat(last_day) - datetime.timedelta(days=21)
    start = day - datetime.timedelta(days=(day.weekday() - 5) % 7)  # Saturday on or before
    print(start.isoformat(), (start + datetime.timedelta(days=6)).isoformat())


def value(count):
    if count.get("suppressed"):
        raise SystemExit("a figure is suppressed: run the report with --edition official")
    return count["value"]


def ddor(report_path, out_path):
    with open(report_path) as handle:
        report = json.load(handle)
    figures = {
        "tool": "ddor",
        "issued": value(report["summary"]["issued"]),
        "declined": value(report["summary"]["declined"]),
        "section1": [[row["fips"], value(row["issued"])] for row in report["sectionI"]],
        "section2": {group["fips"]: value(group["declines"]) for group in report["sectionII"]},
    }
    with open(out_path, "w") as handle:
        json.dump(figures, handle)
        handle.write("\n")


def compare(expected_path, actual_path):
    with open(expected_path) as handle:
        expected = json.load(handle)
    with open(actual_path) as handle:
        actual = json.load(handle)
    problems = []
    for key in ("issued", "declined"):
        if expected[key] != actual[key]:
            problems.append(f"{key}: {expected['tool']} {expected[key]}, {actual['tool']} {actual[key]}")
    if expected["section1"] != actual["section1"]:
        problems.append(f"section I (fips, issued): {expected['tool']} {expected['section1']}, "
                        f"{actual['tool']} {actual['section1']}")
    e2, a2 = expected["section2"], actual["section2"]
    if e2 != a2:
        diff = {f: (e2.get(f), a2.get(f)) for f in sorted(set(e2) | set(a2)) if e2.get(f) != a2.get(f)}
        problems.append(f"section II declines per jurisdiction differ (fips: {expected['tool']}, {actual['tool']}): {diff}")
    if problems:
        print("MISMATCH " + actual["tool"] + " vs " + expected["tool"] + ":\n  " + "\n  ".join(problems))
        sys.exit(1)
    print(f"same figures as {expected['tool']}: issued {actual['issued']}, declined {actual['declined']}, "
          f"{len(actual['section1'])} section I rows, {len(actual['section2'])} jurisdictions with declines")


TOOLS = ["ddor", "pandas", "r", "duckdb"]
TOOL_NAMES = {"ddor": "DDOR", "pandas": "pandas", "r": "R", "duckdb": "DuckDB alone"}
STEPS = {"e2e": "file → weekly figures (cold)", "import": "import", "report": "report ddor (imported store)",
         "ranking": "report ranking (imported store)"}


def fmt_time(seconds):
    return "—" if seconds is None else f"{seconds:.1f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_mem(kb):
    return "—" if kb is None else f"{kb / 1024:.0f} MB" if kb < 1024 * 1024 else f"{kb / 1024 / 1024:.2f} GB"


def ratio(a, b):
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def summary(results_path, info_path, out_path):
    rows = []
    with open(results_path) as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    datasets = []
    for row in rows:
        if row["dataset"] not in datasets:
            datasets.append(row["dataset"])
    med = {}
    notes = {}
    for row in rows:
        key = (row["dataset"], row["tool"], row["step"])
        if row["status"] != "ok":
            notes[key] = row["status"]
            continue
        med.setdefault(key, []).append((float(row["seconds"]), int(row["kb"])))

    def median(dataset, tool, step, index):
        values = med.get((dataset, tool, step))
        return statistics.median(v[index] for v in values) if values else None

    out = []
    with open(info_path) as handle:
        out.append(handle.read().rstrip("\n"))
    out.append("")
    out.append("### Time and peak memory (median of the runs; peak = maximum resident set size)")
    out.append("")
    out.append("| data | tool | step | runs | time | peak memory |")
    out.append("|---|---|---|--:|--:|--:|")
    for dataset in datasets:
        for tool in TOOLS:
            for step in STEPS:
                key = (dataset, tool, step)
                if key in med:
                    out.append(f"| {dataset} | {TOOL_NAMES[tool]} | {STEPS[step]} | {len(med[key])} | "
                               f"{fmt_time(median(dataset, tool, step, 0))} | {fmt_mem(median(dataset, tool, step, 1))} |")
                elif key in notes:
                    out.append(f"| {dataset} | {TOOL_NAMES[tool]} | {STEPS[step]} | 0 | {notes[key]} | |")
    out.append("")
    out.append("### Ratios DDOR / peer, file → weekly figures (below 1: DDOR is faster or smaller)")
    out.append("")
    out.append("| data | time DDOR/pandas | time DDOR/R | time DDOR/DuckDB alone | report on store ÷ pandas end to end "
               "| memory DDOR/pandas | memory DDOR/R | memory DDOR/DuckDB alone |")
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|")
    for dataset in datasets:
        d = {tool: (median(dataset, tool, "e2e", 0), median(dataset, tool, "e2e", 1)) for tool in TOOLS}
        report = median(dataset, "ddor", "report", 0)
        out.append(f"| {dataset} | {ratio(d['ddor'][0], d['pandas'][0])} | {ratio(d['ddor'][0], d['r'][0])} | "
                   f"{ratio(d['ddor'][0], d['duckdb'][0])} | {ratio(report, d['pandas'][0])} | "
                   f"{ratio(d['ddor'][1], d['pandas'][1])} | {ratio(d['ddor'][1], d['r'][1])} | "
                   f"{ratio(d['ddor'][1], d['duckdb'][1])} |")
    out.append("")
    out.append("### Goals (issue 6)")
    out.append("")
    out.append("| data | goal | measured | met |")
    out.append("|---|---|--:|---|")

    def goal(dataset, text, measured, ok):
        out.append(f"| {dataset} | {text} | {measured} | {'—' if ok is None else 'yes' if ok else '**no**'} |")

    largest_csv = max((d for d in datasets if d.startswith("csv")), key=lambda d: int(d.split()[1].replace(",", "")),
                      default=None)
    for dataset in datasets:
        e = {tool: median(dataset, tool, "e2e", 0) for tool in TOOLS}
        m = {tool: median(dataset, tool, "e2e", 1) for tool in TOOLS}
        if e["ddor"] is None:
            continue

        def speedup(peer, need, label):
            if e[peer] is not None:
                goal(dataset, f"DDOR ≥ {need}× faster than {label}", f"{e[peer] / e['ddor']:.2f}×",
                     e[peer] / e["ddor"] >= need)

        if dataset.startswith("csv"):
            speedup("pandas", 1.5, "pandas")
            speedup("r", 1.5, "R (readr)")
        else:
            speedup("r", 2, "R (readxl)")
            speedup("pandas", 8, "pandas (openpyxl)")
        if e["duckdb"] is not None:
            goal(dataset, "DDOR within 2× of DuckDB alone", f"{e['ddor'] / e['duckdb']:.2f}×",
                 e["ddor"] / e["duckdb"] <= 2)
        report = median(dataset, "ddor", "report", 0)
        if dataset == largest_csv and report and e["pandas"] is not None:
            goal(dataset, "report on the imported store ≥ 20× faster than re-running pandas",
                 f"{e['pandas'] / report:.1f}×", e["pandas"] / report >= 20)
        for peer, label in (("pandas", "pandas"), ("r", "R")):
            if m[peer] is not None and m["ddor"] is not None:
                goal(dataset, f"peak memory below {label}'s", f"{fmt_mem(m['ddor'])} vs {fmt_mem(m[peer])}",
                     m["ddor"] < m[peer])
    text = "\n".join(out) + "\n"
    with open(out_path, "w") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    commands = {"week": (week, 1), "ddor": (ddor, 2), "compare": (compare, 2), "summary": (summary, 3)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) - 2 != commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])
