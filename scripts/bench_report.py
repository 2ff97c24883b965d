#!/usr/bin/env python3
"""Turns the output of `scripts/bench.sh` into BENCHMARKS.md and benches/per-item.svg.

    bench_report.py names RUN.txt                  # the benchmarks of a divan run
    bench_report.py report OUT_DIR STREAMS_RS BENCHMARKS_MD PER_ITEM_SVG

OUT_DIR holds run*.txt (divan's output of each `cargo bench`), and optionally
instructions.txt, alloc_status.txt, compile_time.txt and machine.txt. No dependencies
beyond the standard library.
"""

import html
import re
import statistics
import sys
from pathlib import Path

UNITS = {"ps": 1e-3, "ns": 1.0, "µs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
TIME = r"([\d.]+)\s*(ps|ns|µs|us|ms|s)\b"
ROW = re.compile(
    r"^(?P<tree>[\s│├╰─]*)(?P<name>\w+)\s+" + TIME + r"\s*│\s*" + TIME + r"\s*│\s*" + TIME
)
GROUP = re.compile(r"^(?P<tree>[\s│├╰─]*)(?P<name>\w+)\s+│")

# The table rows, in order: (group, bench, label). Baselines first.
PER_ITEM = [
    ("hand_written", "hand-written `Stream` (floor)"),
    ("futures_iter", "`futures::stream::iter`"),
    ("futures_unfold", "`futures::stream::unfold`"),
    ("async_stream", "`async_stream::stream!`"),
    ("async_fn_stream", "`async_fn_stream::fn_stream`"),
    ("asynk_strim", "`asynk_strim::stream_fn`"),
    ("managed_no_teardown", "`#[managed_stream]`, no teardown"),
    ("managed_teardown", "`#[managed_stream]`, one teardown"),
    ("hand_written_dyn", "context: hand-written, as `Pin<Box<dyn Stream>>`"),
    ("async_stream_dyn", "context: `async_stream`, as `Pin<Box<dyn Stream>>`"),
]
LIFECYCLE = [
    ("async_stream_drop", "`async_stream`, pinned on the stack, dropped (baseline)"),
    ("async_stream_boxed_drop", "`async_stream`, `Box::pin`ned, dropped"),
    ("hand_written_close", "hand-written stream, async `close()`"),
    ("managed_no_teardown_close", "`#[managed_stream]`, no teardown, `close().await`"),
    ("managed_teardown_close", "`#[managed_stream]`, one teardown, `close().await`"),
]
CANCEL = [
    ("async_stream_drop", "`async_stream`, dropped mid-step (baseline)"),
    ("managed_no_teardown_cancel", "`#[managed_stream]`, no teardown, `cancel().await`"),
    ("managed_teardown_cancel", "`#[managed_stream]`, one teardown, `cancel().await`"),
]


def parse_run(path):
    """{(group, bench): (fastest_ns, median_ns)} from one divan run."""
    results = {}
    group = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = ROW.match(line)
        if row:
            depth = len(row.group("tree"))
            if depth > 3 and group:
                fastest = float(row.group(3)) * UNITS[row.group(4)]
                median = float(row.group(7)) * UNITS[row.group(8)]
                results[(group, row.group("name"))] = (fastest, median)
            continue
        header = GROUP.match(line)
        if header and len(header.group("tree")) == 3:
            group = header.group("name")
    return results


def combine(runs):
    """Median of the runs' medians, and the least fastest, per benchmark."""
    keys = sorted(set().union(*runs))
    out = {}
    for key in keys:
        values = [run[key] for run in runs if key in run]
        out[key] = (min(v[0] for v in values), statistics.median(v[1] for v in values))
    return out


def fmt_ns(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    if ns >= 100:
        return f"{ns:.0f} ns"
    if ns >= 10:
        return f"{ns:.1f} ns"
    return f"{ns:.2f} ns"


def read_kv(path):
    if not path.exists():
        return {}
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {k.strip(): v.strip() for k, v in pairs}


def per_item_svg(rows, floor):
    """A horizontal bar chart of median ns/item, written by hand."""
    bar_h, gap, left, width, top = 22, 8, 380, 420, 46
    height = top + len(rows) * (bar_h + gap) + 34
    top_value = max(value for _, _, value in rows) * 1.08
    scale = width / top_value
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 150}" '
        f'height="{height}" font-family="sans-serif" font-size="13">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{left}" y="22" font-size="15" font-weight="bold">'
        "Per item: median ns/item draining u64s (lower is better)</text>",
    ]
    for i, (key, label, value) in enumerate(rows):
        y = top + i * (bar_h + gap)
        managed = key.startswith("managed")
        context = key.endswith("_dyn")
        colour = "#d9534f" if managed else ("#b0b0b0" if context else "#4a7ebb")
        text = re.sub(r"`", "", label)
        out.append(
            f'<text x="{left - 8}" y="{y + bar_h * 0.7:.1f}" text-anchor="end">'
            f"{html.escape(text)}</text>"
        )
        out.append(
            f'<rect x="{left}" y="{y}" width="{max(value * scale, 1):.1f}" '
            f'height="{bar_h}" fill="{colour}"/>'
        )
        out.append(
            f'<text x="{left + value * scale + 6:.1f}" y="{y + bar_h * 0.7:.1f}">'
            f"{value:.2f} ns ({value / floor:.1f}x)</text>"
        )
    axis_y = top + len(rows) * (bar_h + gap)
    floor_x = left + floor * scale
    out.append(
        f'<line x1="{floor_x:.1f}" y1="{top - 6}" x2="{floor_x:.1f}" y2="{axis_y}" '
        'stroke="#333" stroke-dasharray="4 3"/>'
    )
    out.append(
        f'<text x="{left}" y="{axis_y + 20}" fill="#555">dashed line: the hand-written '
        "floor; (Nx): ratio to it; grey: context rows</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def verdict(ok):
    return "met" if ok else "**missed**"


def report(out_dir, streams_rs, md_path, svg_path):
    out_dir = Path(out_dir)
    runs = [parse_run(p) for p in sorted(out_dir.glob("run*.txt"))]
    if not runs or not all(runs):
        sys.exit("no benchmark results to report")
    results = combine(runs)
    n_match = re.search(r"const N: u64 = ([\d_]+);", Path(streams_rs).read_text())
    n_items = int(n_match.group(1).replace("_", ""))
    instructions = {}
    instr_path = out_dir / "instructions.txt"
    if instr_path.exists():
        for line in instr_path.read_text().splitlines():
            name, count = line.split()
            group, bench = name.split("::")
            instructions[(group, bench)] = int(count)
    machine = read_kv(out_dir / "machine.txt")
    alloc = (out_dir / "alloc_status.txt").read_text().strip() if (
        out_dir / "alloc_status.txt"
    ).exists() else "not run"
    compile_line = ""
    ct_path = out_dir / "compile_time.txt"
    if ct_path.exists():
        found = [line for line in ct_path.read_text().splitlines() if line.startswith("RESULT")]
        compile_line = found[-1] if found else ""
    compile_time = dict(kv.split("=") for kv in compile_line.split()[1:]) if compile_line else {}

    def get(group, bench):
        return results.get((group, bench))

    floor = get("per_item", "hand_written")[1] / n_items
    lines = [
        "# Benchmarks",
        "",
        "Generated by `scripts/bench.sh` from a real run of `cargo bench` (suite:",
        "`benches/benches/streams.rs`). Do not edit the tables by hand; notes between the",
        "NOTES markers are kept when the file is regenerated.",
        "",
        "## Machine",
        "",
        f"- CPU: {machine.get('cpu', '?')}, `nproc` = {machine.get('nproc', '?')}"
        " (a shared, noisy VM: other builds ran at the same time)",
        f"- {machine.get('rustc', '?')}, {machine.get('kernel', '?')}",
        f"- date: {machine.get('date', '?')}",
        f"- {machine.get('runs', len(runs))} runs of `cargo bench` (divan, no-op-waker poll loop,"
        " `codegen-units = 1`); each time below is the median of the runs' medians,"
        " *fastest* the least sample over all runs",
        "",
        "## Per item",
        "",
        f"Drain a stream of N = {n_items:,} `u64`s, summed by the consumer "
        "(`black_box` on each item).",
        "",
        "| stream | median ns/item | × floor | fastest ns/item | instructions/item |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    svg_rows = []
    for bench, label in PER_ITEM:
        value = get("per_item", bench)
        if not value:
            continue
        fastest, median = (v / n_items for v in value)
        instr = instructions.get(("per_item", bench))
        instr = f"{instr / n_items:.1f}" if instr is not None else "–"
        lines.append(
            f"| {label} | {median:.2f} | {median / floor:.2f} | {fastest:.2f} | {instr} |"
        )
        svg_rows.append((bench, label, median))

    def op_table(group, rows, title, intro):
        base = get(group, rows[0][0])[1]
        boxed = get(group, "async_stream_boxed_drop")
        head = "| operation | median | × baseline |"
        sep = "| --- | ---: | ---: |"
        if boxed:
            head += " × boxed `async_stream` |"
            sep += " ---: |"
        head += " fastest | instructions/op |"
        sep += " ---: | ---: |"
        body = [f"## {title}", "", intro, "", head, sep]
        for bench, label in rows:
            value = get(group, bench)
            if not value:
                continue
            fastest, median = value
            row = f"| {label} | {fmt_ns(median)} | {median / base:.2f} |"
            if boxed:
                row += f" {median / boxed[1]:.2f} |"
            instr = instructions.get((group, bench))
            row += f" {fmt_ns(fastest)} | {instr if instr is not None else '–'} |"
            body.append(row)
        return body + [""]

    lines.append("")
    lines += op_table(
        "lifecycle",
        LIFECYCLE,
        "Lifecycle",
        "Create a stream, take one item, end it.",
    )
    lines += op_table(
        "cancel",
        CANCEL,
        "Cancel",
        "Create, take one item, poll `next()` once more and drop it (the body now waits "
        "mid-step on `std::future::pending`), end the stream.",
    )

    pi_td = get("per_item", "managed_teardown")[1] / n_items
    pi_as = get("per_item", "async_stream")[1] / n_items
    lc = get("lifecycle", "managed_teardown_close")[1]
    lc_base = get("lifecycle", "async_stream_drop")[1]
    lines += [
        "## Compile time",
        "",
    ]
    if compile_time:
        lines += [
            "`scripts/compile_time.sh`: a generated crate of 200 fns, clean debug build of that",
            "crate alone (dependencies prebuilt), median of 3:",
            "",
            "| 200 fns written with | build |",
            "| --- | ---: |",
            f"| `async_stream::stream!` | {float(compile_time['async_stream']):.2f} s |",
            f"| `#[managed_stream]` (same bodies) | {float(compile_time['managed']):.2f} s |",
            f"| `#[managed_stream]` + one `teardown!` each | "
            f"{float(compile_time['managed_teardown']):.2f} s |",
            "",
        ]
    else:
        lines += ["Not measured in this run (`scripts/bench.sh --quick`).", ""]

    lines += [
        "## Targets (issue 5)",
        "",
        "| target | measured | |",
        "| --- | --- | --- |",
        f"| per item, managed with a teardown ≤ 2.0× floor | {pi_td / floor:.2f}× "
        f"({pi_td:.2f} vs {floor:.2f} ns) | {verdict(pi_td <= 2.0 * floor)} |",
        f"| per item, managed with a teardown < `async_stream` | {pi_td / pi_as:.2f}× "
        f"({pi_td:.2f} vs {pi_as:.2f} ns) | {verdict(pi_td < pi_as)} |",
        f"| lifecycle ≤ 1.5× `async_stream` create + take + drop | {lc / lc_base:.2f}× "
        f"({fmt_ns(lc)} vs {fmt_ns(lc_base)}) | {verdict(lc <= 1.5 * lc_base)} |",
        f"| ≤ 1 heap allocation per stream, none per item (`tests/alloc_count.rs`) | "
        f"test {'passes' if alloc == 'pass' else alloc} | {verdict(alloc == 'pass')} |",
    ]
    if compile_time:
        ratio = float(compile_time["ratio"])
        lines.append(
            f"| compile time ≤ 1.2× `async_stream` | {ratio:.2f}× | {verdict(ratio <= 1.2)} |"
        )
    lines += ["", "![per item](benches/per-item.svg)", ""]

    notes = "<!-- BEGIN NOTES -->\n<!-- END NOTES -->"
    md = Path(md_path)
    if md.exists():
        kept = re.search(r"<!-- BEGIN NOTES -->.*?<!-- END NOTES -->", md.read_text(), re.S)
        if kept:
            notes = kept.group(0)
    lines += [notes, ""]
    md.write_text("\n".join(lines), encoding="utf-8")
    Path(svg_path).write_text(per_item_svg(svg_rows, floor), encoding="utf-8")


def main(argv):
    if len(argv) == 3 and argv[1] == "names":
        for group, bench in sorted(parse_run(argv[2])):
            print(f"{group}::{bench}")
    elif len(argv) == 6 and argv[1] == "report":
        report(*argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
