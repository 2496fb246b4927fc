"""CSV exports cannot run as formulas in a spreadsheet (issue 19, item 7): a text cell starting
with =, +, -, @, a tab or a carriage return is prefixed with a single quote (OWASP)."""

import csv
import io

import pytest

from detach.csv_export import csv_text


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_starting_like_a_formula_is_kept_as_text(start):
    value = f'{start}HYPERLINK("http://example.org","click")'
    rows = cells(csv_text(["name", "note"], [["ok", value]]))
    assert rows[1] == ["ok", "'" + value]


@pytest.mark.parametrize("value", ["Sam", "a=b", "x-1", "me@example.org", " =1", "'=1", ""])
def test_ordinary_text_is_left_as_written(value):
    assert cells(csv_text(["note"], [[value]]))[1] == [value]


def test_numbers_the_export_writes_itself_stay_numbers():
    assert cells(csv_text(["change"], [[-3], [2.5]]))[1:] == [["-3"], ["2.5"]]


def test_the_header_is_neutralised_too():
    assert cells(csv_text(["=cmd"], []))[0] == ["'=cmd"]


def test_the_people_export_neutralises_a_name_a_person_typed(owner):
    from detach.people.export import export_files
    from tests.people.factories import PersonFactory

    PersonFactory(user=owner, name="=1+2")
    rows = cells(export_files(owner)["people.csv"])
    assert rows[1][0] == "'=1+2"
