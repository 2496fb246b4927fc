"""The journal's blind index: search narrows through truncated keyed hashes, then confirms by
decrypting only the candidates."""

import io
import itertools
import string

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from detach import fields
from journal import blind_index
from journal.blind_index import TOKEN_BITS, Tokenizer, person_keys, trigrams
from journal.listing import EntryFilters, entry_page
from journal.models import EntryToken
from journal.search import fold, query_words
from journal.services import EntryData, entry_create, entry_delete, entry_update
from tests.factories import UserFactory
from tests.html import page_text
from tests.journal.factories import EntryFactory, bulk_entries

INDEX = reverse("journal:index")


def write(user, body: str, title: str = ""):
    data = EntryData(
        title=title,
        body=body,
        mood=None,
        emotions=[],
        tags=[],
        new_tags=[],
        entry_date=user.local_today(),
        prompt_code="",
    )
    return entry_create(user=user, data=data)


def stored_tokens(entry) -> set[int]:
    return set(EntryToken.objects.filter(entry=entry).values_list("token", flat=True))


def expected_tokens(user, *texts: str) -> set[int]:
    return Tokenizer(person_keys(user.pk)[0]).tokens(trigrams(texts))


def found(user, query: str) -> list:
    return entry_page(user, EntryFilters(words=query_words(query))).entries


@pytest.fixture
def decryptions(monkeypatch):
    """How many stored values were decrypted (every encrypted field read goes through this)."""
    calls = []
    real = fields.decrypt

    def counting(stored):
        calls.append(stored)
        return real(stored)

    monkeypatch.setattr(fields, "decrypt", counting)
    return calls


def test_saving_an_entry_writes_its_tokens(owner):
    entry = write(owner, "A long walk by the river", title="Sunday")
    assert stored_tokens(entry) == expected_tokens(owner, "Sunday", "A long walk by the river")
    assert EntryToken.objects.filter(entry=entry, user=owner).count() == len(stored_tokens(entry))


def test_editing_an_entry_replaces_its_tokens(owner):
    entry = write(owner, "Rain all day")
    data = EntryData("", "Sunshine at last", None, [], [], [], entry.entry_date, "")
    entry_update(user=owner, entry=entry, data=data, expected_version=entry.version)
    assert stored_tokens(entry) == expected_tokens(owner, "", "Sunshine at last")
    assert found(owner, "rain") == []
    assert found(owner, "sunshine") == [entry]


def test_deleting_an_entry_removes_its_tokens(owner):
    entry = write(owner, "Something to forget")
    kept = write(owner, "Something to keep")
    entry_delete(entry=entry)
    assert set(EntryToken.objects.values_list("entry_id", flat=True)) == {kept.pk}


def test_two_people_get_different_tokens_for_the_same_words(owner, stranger):
    mine = write(owner, "lighthouse keeper lighthouse")
    theirs = write(stranger, "lighthouse keeper lighthouse")
    assert stored_tokens(mine) != stored_tokens(theirs)
    assert person_keys(owner.pk) != person_keys(stranger.pk)


def test_the_index_keys_derive_from_the_field_key_not_the_secret_key(owner, settings):
    before = person_keys(owner.pk)
    settings.SECRET_KEY = "another secret key entirely, for this test only"
    assert person_keys(owner.pk) == before
    settings.FIELD_ENCRYPTION_KEYS = [fields.generate_key()]
    assert person_keys(owner.pk) != before


def test_the_index_holds_no_word_and_no_full_hash(owner):
    write(owner, "Marmalade umbrella", title="Zanzibar")
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM journal_entrytoken")
        raw = " ".join(str(value) for row in cursor.fetchall() for value in row).lower()
    for word in ("marmalade", "umbrella", "zanzibar", "mar", "umb", "zan"):
        assert word not in raw
    tokens = EntryToken.objects.values_list("token", flat=True)
    assert tokens and all(0 <= token < 2**TOKEN_BITS for token in tokens)
    assert TOKEN_BITS <= 16  # a few bits, not a 256-bit HMAC that names one trigram


def test_search_ignores_case_and_accents_through_the_index(owner):
    entry = write(owner, "Un CAFÉ près de la mer")
    assert found(owner, "cafe") == [entry]
    assert found(owner, "Près") == [entry]
    assert found(owner, "PRES") == [entry]


def test_prefixes_and_parts_of_words_are_found_as_before(owner):
    entry = write(owner, "Feeling anxious about my boyfriend's message")
    for query in ("anx", "anxi", "anxious", "xious", "friend", "boyfriend's", "mess"):
        assert found(owner, query) == [entry], query
    assert found(owner, "anxiously") == []


def test_every_word_of_a_query_must_be_in_the_entry(owner):
    both = write(owner, "A walk in the rain")
    write(owner, "A walk in the sun")
    write(owner, "Rain at the window")
    assert found(owner, "walk rain") == [both]
    assert found(owner, "walk snow") == []


def test_a_query_with_no_candidates_decrypts_nothing(owner, decryptions):
    bulk_entries(owner, 60)
    decryptions.clear()
    assert found(owner, "zeppelin") == []
    assert decryptions == []


def test_a_rare_word_decrypts_only_its_candidates(owner, decryptions):
    bulk_entries(owner, 60)
    entry = write(owner, "The day the zeppelin came")
    decryptions.clear()
    assert found(owner, "zeppelin") == [entry]
    assert len(decryptions) <= 2  # its title and body


def test_words_under_three_letters_read_every_entry_as_before(owner):
    entry = write(owner, "Went out to see it")
    write(owner, "Nothing here")
    assert found(owner, "ou") == [entry]


def test_the_page_shows_what_the_index_found_highlighted(owner, owner_client):
    write(owner, "A sudden thunderstorm, then calm")
    text = page_text(owner_client.get(INDEX + "?q=thunder").content.decode())
    assert "A sudden thunderstorm, then calm" in text


def _colliding_trigram(user, text: str) -> str:
    """A three-letter word that is not in ``text`` but whose token the entry holds."""
    tokenizer = Tokenizer(person_keys(user.pk)[0])
    held = tokenizer.tokens(trigrams([text]))
    folded = fold(text)
    for letters in itertools.product(string.ascii_lowercase + string.digits, repeat=3):
        word = "".join(letters)
        if word not in folded and tokenizer.token(word) in held:
            return word
    raise AssertionError("no collision found")


def test_a_colliding_word_is_confirmed_by_decryption_and_not_shown(owner, decryptions):
    text = "Quiet morning, strong coffee, and a letter I did not send"
    entry = write(owner, text)
    other = _colliding_trigram(owner, text)
    assert entry.pk in set(
        entry.__class__.objects.filter(blind_index.candidates(owner, [other])).values_list(
            "pk", flat=True
        )
    )  # the index alone cannot tell the words apart...
    decryptions.clear()
    assert found(owner, other) == []  # ...the decrypted text can
    assert decryptions  # the candidate was read to check


def test_rotating_the_field_key_rebuilds_the_index(owner, settings):
    old_key, new_key = fields.generate_key(), fields.generate_key()
    # The owner's display name was encrypted with the test run's key: it stays readable.
    first_key = settings.FIELD_ENCRYPTION_KEYS[0]
    settings.FIELD_ENCRYPTION_KEYS = [old_key, first_key]
    entry = write(owner, "Harbour lights at dusk")
    old_tokens = stored_tokens(entry)
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key, first_key]
    assert found(owner, "harbour") == [entry]  # old tokens still answer before the rebuild
    call_command("rotate_field_key", stdout=io.StringIO())
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert stored_tokens(entry) == expected_tokens(owner, "", "Harbour lights at dusk")
    assert stored_tokens(entry) != old_tokens
    assert found(owner, "harbour") == [entry]
    assert found(owner, "dusk") == [entry]


def test_the_rebuild_command_indexes_one_person_or_everyone(owner, stranger):
    mine = EntryFactory(user=owner, body="Orchard in bloom", search_tokens=False)
    theirs = EntryFactory(user=stranger, body="Orchard in winter", search_tokens=False)
    assert found(owner, "orchard") == []  # never indexed: the index rules it out
    out = io.StringIO()
    call_command("rebuild_search_index", email=owner.email, batch_size=1, stdout=out)
    assert "Indexed 1 journal entry" in out.getvalue()
    assert found(owner, "orchard") == [mine]
    assert found(stranger, "orchard") == []
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert found(stranger, "orchard") == [theirs]
    assert stored_tokens(mine) == expected_tokens(owner, "", "Orchard in bloom")


def test_rebuilding_twice_leaves_one_set_of_tokens(owner):
    entry = write(owner, "Same words again")
    call_command("rebuild_search_index", stdout=io.StringIO())
    call_command("rebuild_search_index", stdout=io.StringIO())
    count = EntryToken.objects.filter(entry=entry).count()
    assert count == len(expected_tokens(owner, "", "Same words again"))


def _search_queries(client, query: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX + query)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["?q=quiet", "?q=zeppelin", "?q=day+words"])
def test_a_search_page_costs_the_same_queries_with_few_or_many_entries(owner, owner_client, query):
    bulk_entries(owner, 5)
    few = _search_queries(owner_client, query)
    other = UserFactory()
    bulk_entries(other, 5)
    bulk_entries(owner, 60, start=owner.local_today().replace(year=2001))
    assert _search_queries(owner_client, query) == few
    assert few <= 8


def test_seed_demo_writes_the_index_with_its_entries(db):
    from django.contrib.auth import get_user_model

    call_command("seed_demo", email="demo@example.org", password="x" * 12, days=30, verbosity=0)
    person = get_user_model().objects.get(email="demo@example.org")
    entries = list(person.journal_entry_set.all())
    assert entries
    for entry in entries:
        assert stored_tokens(entry) == expected_tokens(person, entry.title, entry.body)
    assert found(person, "breathing") or found(person, "walk")
