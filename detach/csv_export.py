"""CSV files for the export: a header, then rows, as text.

A spreadsheet opening the file runs any cell that starts like a formula (CSV injection), and a
person's own words can start with anything. So a text cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is prefixed with a single quote, as OWASP recommends: the
spreadsheet shows it as text. Numbers and dates the export writes itself are left as they are.
"""

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()
