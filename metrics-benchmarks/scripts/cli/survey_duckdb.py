"""Survey figures of a responses CSV with DuckDB, as `cxmetrics report --responses FILE`.

    python survey_duckdb.py responses.csv out.json

DuckDB reads the file (all cores), parses answered_at as a time with zone and counts the answers
per question, channel, month (UTC) and score; survey_figures turns the counts into the figures.
"""

import sys

import duckdb

import survey_figures

QUERY = """
SELECT question, channel, strftime(answered_at, '%Y-%m') AS month, score, count(*) AS n
FROM read_csv(?, header = true, columns = {
    'customer_id': 'VARCHAR', 'question': 'VARCHAR', 'score': 'INTEGER',
    'answered_at': 'TIMESTAMPTZ', 'channel': 'VARCHAR', 'segment': 'VARCHAR'})
GROUP BY ALL
"""


def counts(path):
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    return connection.execute(QUERY, [path]).fetchall()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: survey_duckdb.py RESPONSES.csv OUT.json")
    survey_figures.write(survey_figures.report(counts(sys.argv[1])), sys.argv[2])
