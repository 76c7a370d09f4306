#!/usr/bin/python3
"""Reads one table view as analysts do and checks the column types.

Usage: check.py VIEW CSV_FILE XLSX_FILE

pandas.read_csv and pandas.read_excel with their defaults, and openpyxl for
the cells themselves: numbers must load as numbers, flags as booleans and
times as dates (in xlsx), whatever a cell is empty for (don't know, rule 6,
the first wave's change). Exits non-zero with the reason on failure.
"""
import sys

import openpyxl
import pandas

DIMENSIONS = ["general", "suitability", "task", "relation", "growth", "visibility"]

# view: (numeric columns, boolean columns, time columns)
EXPECTED = {
    "scores": (["score", "sd", "n", "n_items", "n_responses"], ["suppressed"], []),
    "gaps": (["item", "coproducer", "professional", "gap", "ci_low", "ci_high"],
             ["published", "suppressed"], []),
    "trend": (["n_responses", "overall", *DIMENSIONS, "change_overall",
               *("change_" + d for d in DIMENSIONS), "change_low_overall",
               "change_high_overall", *("change_low_" + d for d in DIMENSIONS),
               *("change_high_" + d for d in DIMENSIONS), "gap_overall",
               *("gap_" + d for d in DIMENSIONS)],
              ["published", "suppressed"], ["opens_at"]),
    "comparisons": (["n_responses", "overall", *DIMENSIONS, "rank"],
                    ["published", "suppressed"], []),
    "responses": (["revision", *("item_%d" % n for n in range(1, 27))], [], ["submitted_at"]),
}
# booleans that are empty where there is nothing to say
OPTIONAL_BOOLEANS = {
    "trend": ["beyond_noise_overall", *("beyond_noise_" + d for d in DIMENSIONS)],
}


def fail(message):
    print("check.py %s: %s" % (VIEW, message), file=sys.stderr)
    sys.exit(1)


def check_frame(frame, source):
    numeric, booleans, times = EXPECTED[VIEW]
    for column in numeric + booleans + times + OPTIONAL_BOOLEANS.get(VIEW, []):
        if column not in frame.columns:
            fail("%s has no column %s: %s" % (source, column, list(frame.columns)))
    for column in numeric:
        if frame[column].dtype.kind not in "if":
            fail("%s: %s is %s, not a number" % (source, column, frame[column].dtype))
    for column in booleans:
        if frame[column].dtype != bool:
            fail("%s: %s is %s, not boolean" % (source, column, frame[column].dtype))
    for column in OPTIONAL_BOOLEANS.get(VIEW, []):
        values = set(v for v in frame[column] if v == v)  # NaN != NaN
        if not values <= {True, False}:
            fail("%s: %s holds %s" % (source, column, values))


def check_cells(path):
    """The xlsx cells: typed, and the sheet named after the view."""
    book = openpyxl.load_workbook(path)
    if book.sheetnames != [VIEW]:
        fail("the sheets are %s, not [%s]" % (book.sheetnames, VIEW))
    rows = list(book[VIEW].iter_rows())
    header = [cell.value for cell in rows[0]]
    numeric, booleans, times = EXPECTED[VIEW]
    for row in rows[1:]:
        for name, cell in zip(header, row):
            if cell.value is None:
                continue
            if name in booleans + OPTIONAL_BOOLEANS.get(VIEW, []) and cell.data_type != "b":
                fail("xlsx %s%d (%s) is %r, not a boolean" % (cell.column_letter, cell.row,
                                                            name, cell.value))
            if name in numeric and cell.data_type != "n":
                fail("xlsx %s (%s) is %r" % (cell.coordinate, name, cell.value))
            if name in times and not cell.is_date:
                fail("xlsx %s (%s) is %r, not a date" % (cell.coordinate, name, cell.value))
    return len(rows) - 1


VIEW, CSV_FILE, XLSX_FILE = sys.argv[1:4]
from_csv = pandas.read_csv(CSV_FILE)
check_frame(from_csv, "CSV")
from_xlsx = pandas.read_excel(XLSX_FILE, sheet_name=VIEW)
check_frame(from_xlsx, "xlsx")
for column in EXPECTED[VIEW][2]:
    if from_xlsx[column].dtype.kind != "M":
        fail("xlsx: %s is %s, not a date" % (column, from_xlsx[column].dtype))
if list(from_csv.columns) != list(from_xlsx.columns) or len(from_csv) != len(from_xlsx):
    fail("CSV and xlsx differ in their columns or rows")
if check_cells(XLSX_FILE) != len(from_csv) or len(from_csv) == 0:
    fail("%d rows" % len(from_csv))
print("%s: %d rows, %d columns, types as expected" % (VIEW, len(from_csv),
                                                      len(from_csv.columns)))
