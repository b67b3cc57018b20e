"""The survey figures of `cxmetrics report --format json`, from counts per score.

The polars and DuckDB scripts beside this file do the heavy part (read the CSV, parse the times,
group by question, channel, month and score, count); this module turns those few hundred counts
into the figures the report shows: NPS, CSAT, CSI, CES and the loyalty index (CLI), overall, by
channel and by month, with their intervals, using the same formulas as the library (see
docs/metrics.md):

- NPS: 100 (P / n - D / n); adjusted-Wald interval (n' = n + 3, shares (P + 3/4) / n' and
  (D + 3/4) / n', variance p+ + p- - (p+ - p-)^2, clipped to [-100, 100]).
- CSAT, CSI, CES (five-point, top box 4-5): 100 P / n; Wilson interval.
- CLI: mean of all answers to cli_* with cli_competitor reverse-coded (10 - x); t-interval of the
  mean (sample standard deviation, n - 1 degrees of freedom), limited to [0, 10].
- small sample: n < 30. Responses without a score are counted as unanswered.

The responses files of `cxmetrics generate` have no weight column, so every answer weighs 1.
`check` compares the output with the report's JSON, number for number at the report's six
decimals.
"""

import json
import math
import statistics
import sys

LEVEL = 0.95
SMALL_SAMPLE = 30
METRICS = ("NPS", "CSAT", "CSI", "CES", "CLI")
TOP_BOX = {"csat": "CSAT", "csi": "CSI", "ces": "CES"}
REVERSE_CODED = {"cli_competitor"}


def metric_of(question):
    if question == "nps":
        return "NPS"
    if question in TOP_BOX:
        return TOP_BOX[question]
    if question is not None and question.startswith("cli_"):
        return "CLI"
    return None


def scale_of(metric):
    return (0, 10) if metric in ("NPS", "CLI") else (1, 5)


class Cell:
    """Counts per score of one metric in one cell, as the library's score distribution."""

    def __init__(self, metric):
        self.metric = metric
        self.low, high = scale_of(metric)
        self.counts = [0] * (high - self.low + 1)
        self.missing = 0

    def add(self, score, count):
        if score is None:
            self.missing += count
        else:
            self.counts[score - self.low] += count

    def plus(self, other):
        for i, c in enumerate(other.counts):
            self.counts[i] += c
        self.missing += other.missing

    def n(self):
        return sum(self.counts)

    def band(self, first, last):
        return sum(self.counts[first - self.low:last - self.low + 1])

    def mean(self):
        total = 0.0
        for i, c in enumerate(self.counts):
            total += c * (self.low + i)
        return total / self.n()

    def standard_deviation(self):
        n = self.n()
        mean = self.mean()
        total = 0.0
        for i, c in enumerate(self.counts):
            d = self.low + i - mean
            total += c * d * d
        return math.sqrt(total / n * n / (n - 1))


def clip(lower, upper, low, high):
    lo = max(low, min(high, lower))
    hi = max(low, min(high, upper))
    return lo, max(lo, hi)


Z = statistics.NormalDist().inv_cdf(1 - (1 - LEVEL) / 2)


def _beta_continued_fraction(a, b, x):
    """The continued fraction of the regularized incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return h


def _t_survival(t, df):
    """P(T > t) for t >= 0: I_x(df/2, 1/2) / 2 with x = df / (df + t^2)."""
    a, b = df / 2, 0.5
    x = df / (df + t * t)
    y = t * t / (df + t * t)
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log(y) if y > 0 else 0)
    if y == 0:
        return 0.5
    if x < (a + 1) / (a + b + 2):
        return 0.5 * math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 0.5 * (1 - math.exp(log_front) * _beta_continued_fraction(b, a, y) / b)


def t_critical(df):
    """The t quantile with df degrees of freedom at LEVEL (two-sided), by Newton's method."""
    p = (1 - LEVEL) / 2
    log_density_front = (math.lgamma((df + 1) / 2) - math.lgamma(df / 2)
                         - 0.5 * math.log(df * math.pi))
    t = Z
    for _ in range(200):
        density = math.exp(log_density_front - (df + 1) / 2 * math.log1p(t * t / df))
        step = (_t_survival(t, df) - p) / density
        t += step
        if abs(step) <= 1e-15 * t:
            break
    return t


def figures(cell):
    """The report's figures of one cell: n, unanswered, score, interval, mean, small sample."""
    n = cell.n()
    out = {"n": n, "unanswered": cell.missing, "score": None, "ci": None, "mean": None,
           "small_sample": n < SMALL_SAMPLE}
    if n == 0:
        return out
    if cell.metric == "NPS":
        promoters, detractors = cell.band(9, 10), cell.band(0, 6)
        out["score"] = 100 * (promoters / n - detractors / n)
        size = n + 4 * 0.75
        plus = (promoters + 0.75) / size
        minus = (detractors + 0.75) / size
        net = plus - minus
        variance = max(0, plus + minus - net * net)
        half = Z * math.sqrt(variance / size)
        lo, hi = clip(net - half, net + half, -1, 1)
        out["ci"] = (lo * 100, hi * 100)
        out["mean"] = cell.mean()
    elif cell.metric == "CLI":
        out["score"] = cell.mean()
        if n > 1:
            sd = cell.standard_deviation()
            half = t_critical(n - 1) * sd / math.sqrt(n)
            mean = out["score"]
            lo, hi = mean - half, mean + half
            out["ci"] = (max(0, min(10, lo)), max(0, min(10, hi)))
    else:
        positive = cell.band(4, 5)
        p = positive / n
        out["score"] = 100 * p
        z2 = Z * Z
        center = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
        lo, hi = clip(min(p, center - half), max(p, center + half), 0, 1)
        out["ci"] = (lo * 100, hi * 100)
        out["mean"] = cell.mean()
    return out


def report(counts):
    """The tables from (question, channel, month 'YYYY-MM', score or None, count) tuples."""
    overall, by_group, by_period = {}, {}, {}
    for question, channel, month, score, count in counts:
        metric = metric_of(question)
        if metric is None:
            continue
        if metric == "CLI" and question in REVERSE_CODED and score is not None:
            score = 10 - score
        for table, key in ((overall, metric), (by_group, (metric, channel)),
                           (by_period, (metric, month))):
            table.setdefault(key, Cell(metric)).add(score, count)
    tables = {"overall": [], "by_group": [], "by_period": []}
    for metric in METRICS:
        if metric in overall:
            row = {"metric": metric}
            row.update(figures(overall[metric]))
            tables["overall"].append(row)
        for name, table, column in (("by_group", by_group, "group"),
                                    ("by_period", by_period, "period")):
            for key in sorted(k for k in table if k[0] == metric):
                f = figures(table[key])
                tables[name].append({"metric": metric, column: key[1], "n": f["n"],
                                     "score": f["score"], "ci": f["ci"],
                                     "small_sample": f["small_sample"]})
    return tables


def fixed(value):
    """A number as the report writes it: six decimals, half-even, trailing zeros dropped."""
    if value is None:
        return None
    text = "%.6f" % value
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def _normalized(row):
    out = {}
    for key, value in row.items():
        if key == "ci":
            out[key] = None if value is None else (fixed(value[0]), fixed(value[1]))
        elif isinstance(value, float):
            out[key] = fixed(value)
        else:
            out[key] = value
    return out


def write(tables, path):
    with open(path, "w") as f:
        json.dump({name: [_normalized(r) for r in rows] for name, rows in tables.items()}, f,
                  indent=1)
        f.write("\n")


def check(ours_path, report_path):
    """Compares our figures with the survey section of the report's JSON; exit 1 on a difference."""
    with open(ours_path) as f:
        ours = json.load(f)
    with open(report_path) as f:
        survey = next(s for s in json.load(f)["sections"] if s["id"] == "survey")
    theirs = {t["id"].split(".", 1)[1]: t["rows"] for t in survey["tables"]}
    differences = 0
    compared = 0
    for name, rows in ours.items():
        their_rows = theirs[name]
        if len(rows) != len(their_rows):
            print(f"{name}: {len(rows)} rows, the report has {len(their_rows)}")
            differences += 1
        for mine, report_row in zip(rows, their_rows):
            for key, value in mine.items():
                expected = report_row.get(key)
                if key == "ci" and expected is not None:
                    expected = [fixed(expected["lower"]), fixed(expected["upper"])]
                elif isinstance(expected, float) or (isinstance(expected, int)
                                                    and key in ("score", "mean")):
                    expected = fixed(expected)
                if isinstance(value, list):
                    value = list(value)
                compared += 1
                if value != expected:
                    differences += 1
                    print(f"{name} {mine.get('metric')} {mine.get('group', mine.get('period', ''))}"
                          f" {key}: ours {value}, report {expected}")
    print(f"{compared} figures compared, {differences} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "check":
        sys.exit("usage: survey_figures.py check OURS.json REPORT.json")
    sys.exit(check(sys.argv[2], sys.argv[3]))
