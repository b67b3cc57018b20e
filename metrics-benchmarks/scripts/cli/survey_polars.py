"""Survey figures of a responses CSV with polars, as `cxmetrics report --responses FILE`.

    python survey_polars.py responses.csv out.json

polars reads the file (all cores), parses answered_at as a UTC time and counts the answers per
question, channel, month and score; survey_figures turns the counts into the figures.
"""

import sys

import polars as pl

import survey_figures


def counts(path):
    times = pl.col("answered_at").str.to_datetime("%Y-%m-%dT%H:%M:%S%#z", time_zone="UTC")
    frame = (
        pl.scan_csv(path, schema_overrides={"score": pl.Int32, "answered_at": pl.String})
        .select("question", "channel", "score", times.dt.strftime("%Y-%m").alias("month"))
        .group_by("question", "channel", "month", "score")
        .len()
        .collect()
    )
    return frame.iter_rows()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: survey_polars.py RESPONSES.csv OUT.json")
    survey_figures.write(survey_figures.report(counts(sys.argv[1])), sys.argv[2])
