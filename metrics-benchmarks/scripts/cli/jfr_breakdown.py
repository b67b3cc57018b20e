"""Where the time of a cxmetrics run goes, from a JFR recording (issue 15).

    jfr print --json --events jdk.ExecutionSample,jdk.GarbageCollection,jdk.ObjectAllocationSample \
        run.jfr > run.json
    python3 jfr_breakdown.py run.json

Each execution sample is charged to the first frame, from the running method outwards, that
belongs to a part of the work: CSV scanning (CsvSource; FastCSV before issue 13), reading and decoding bytes, time parsing,
field parsing (the row parsers, number parsing, stripping cells), creating the records (the
domain model's constructors), the sections (the library's accumulators and the sections), the
report's rendering, the command line's parsing. Frames of java.lang and java.util are passed
over, so that a HashMap lookup in a section counts as the section. Garbage collection (which
runs in threads that are not sampled) is given as the sum of the pauses; allocation as sampled
bytes per part.
"""

import collections
import json
import sys

PARTS = [
    ("CSV scanning", ("io.github.cxmetrics.cli.input.CsvSource", "de.siegmar.fastcsv.")),
    ("time parsing", ("java.time.", "io.github.cxmetrics.cli.input.TimeParser",
                      "io.github.cxmetrics.cli.input.TimeScanner")),
    ("field parsing", ("io.github.cxmetrics.cli.input.Row", "io.github.cxmetrics.cli.input.",
                       "java.lang.Integer.parseInt", "java.lang.Long.parseLong",
                       "java.lang.Double.parseDouble", "jdk.internal.math.FloatingDecimal",
                       "java.math.BigDecimal", "java.lang.String.strip")),
    ("reading and decoding bytes", ("sun.nio.cs.", "java.io.", "sun.nio.ch.", "java.nio.")),
    ("creating the records", ("io.github.cxmetrics.model.",)),
    ("rendering the report", ("io.github.cxmetrics.cli.report.",)),
    ("command line (picocli)", ("picocli.",)),
    ("sections and accumulators", ("io.github.cxmetrics.",)),
]
PASSED_OVER = ("java.lang.", "java.util.", "jdk.internal.", "java.lang.invoke.")


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def part_of(frames):
    for frame in frames:
        name = frame_name(frame)
        for part, prefixes in PARTS:
            if name.startswith(prefixes):
                # The row parsers are field parsing, but their Instant and Response creation is
                # charged to the frame they call.
                return part
        if not name.startswith(PASSED_OVER):
            return "other (" + name + ")"
    return "other (JDK)"


def main(path):
    with open(path) as f:
        events = json.load(f)["recording"]["events"]
    samples = collections.Counter()
    leaves = collections.Counter()
    allocation = collections.Counter()
    gc_nanos = 0
    gcs = 0
    for event in events:
        kind = event["type"]
        values = event["values"]
        if kind == "jdk.ExecutionSample":
            frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
            samples[part_of(frames)] += 1
            if frames:
                leaves[frame_name(frames[0])] += 1
        elif kind == "jdk.ObjectAllocationSample":
            frames = values["stackTrace"]["frames"] if values.get("stackTrace") else []
            allocation[part_of(frames)] += values["weight"]
        elif kind == "jdk.GarbageCollection":
            gcs += 1
            gc_nanos += parse_duration(values["sumOfPauses"])
    total = sum(samples.values())
    print(f"{total} execution samples (Java threads)")
    print("| part | samples | share |")
    print("|---|---:|---:|")
    for part, n in samples.most_common():
        print(f"| {part} | {n} | {100 * n / total:.1f} % |")
    print(f"\ngarbage collection: {gcs} collections, {gc_nanos / 1e9:.2f} s of pauses")
    alloc_total = sum(allocation.values())
    if alloc_total:
        print(f"\nallocation (sampled): {alloc_total / 1e9:.2f} GB")
        for part, n in allocation.most_common(8):
            print(f"  {part}: {n / 1e9:.2f} GB ({100 * n / alloc_total:.0f} %)")
    print("\nhottest methods (self):")
    for name, n in leaves.most_common(25):
        print(f"  {100 * n / total:5.1f} %  {name}")


def parse_duration(text):
    """JFR's JSON durations: 'PT0.012S' or a number of nanoseconds."""
    if isinstance(text, (int, float)):
        return text
    text = text.strip()
    if text.startswith("PT"):
        body = text[2:]
        seconds = 0.0
        number = ""
        for c in body:
            if c.isdigit() or c == ".":
                number += c
            else:
                value = float(number or 0)
                seconds += value * {"H": 3600, "M": 60, "S": 1}[c]
                number = ""
        return seconds * 1e9
    return float(text)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: jfr_breakdown.py RECORDING.json")
    main(sys.argv[1])
