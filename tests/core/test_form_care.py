""" "Nothing you wrote is lost" is said only when something was written (issue 14, item 10)."""

import pytest
from django import forms
from django.urls import reverse

from detach.templatetags.form_care import chose_anything, typed_anything
from tests.html import page_text
from tests.journal.test_writing import entry_post
from tests.practices.test_expectations import VALID as VALID_CHECK
from tests.practices.test_fulfillment import map_data


class Sample(forms.Form):
    note = forms.CharField(widget=forms.Textarea)
    day = forms.DateField()
    mood = forms.ChoiceField(choices=[("1", "low"), ("2", "fine")], widget=forms.RadioSelect)
    secret = forms.CharField(widget=forms.HiddenInput)


def test_an_unbound_form_has_nothing_typed_or_chosen():
    assert not typed_anything(Sample())
    assert not chose_anything(Sample())


def test_blank_text_hidden_fields_and_filled_in_dates_are_not_writing():
    form = Sample(data={"note": "   ", "day": "2026-11-30", "secret": "x", "mood": "1"})
    assert not typed_anything(form)
    assert chose_anything(form)


def test_a_word_in_a_text_field_is_writing():
    assert typed_anything(Sample(data={"note": "hello"}))


def test_nothing_given_is_nothing_chosen():
    assert not chose_anything(Sample(data={"note": "", "secret": "x"}))


@pytest.mark.django_db
def test_an_empty_journal_entry_is_refused_without_promising_to_keep_words(owner_client):
    response = owner_client.post(
        reverse("journal:new"),
        entry_post(title="", body="", new_tags="", emotions=[]),
        follow=True,
    )
    text = page_text(response.content.decode())
    assert "Please look at the note" in text
    assert "Nothing you typed is lost" not in text


@pytest.mark.django_db
def test_an_expectation_check_sent_empty_says_what_is_missing_but_not_that_words_are_kept(
    owner_client,
):
    response = owner_client.post(reverse("practices:check_new"), {}, follow=True)
    text = page_text(response.content.decode())
    assert "A few answers still need a look" in text
    assert "Nothing you wrote is lost" not in text


@pytest.mark.django_db
def test_an_expectation_check_with_words_promises_they_are_kept(owner_client):
    response = owner_client.post(
        reverse("practices:check_new"), {**VALID_CHECK, "reframe": ""}, follow=True
    )
    assert "Nothing you wrote is lost" in page_text(response.content.decode())


@pytest.mark.django_db
def test_a_map_sent_with_nothing_chosen_does_not_say_the_choices_are_kept(owner_client):
    response = owner_client.post(reverse("practices:map_new"), {}, follow=True)
    text = page_text(response.content.decode())
    assert "A few questions still need an answer" in text
    assert "Nothing you chose is lost" not in text


@pytest.mark.django_db
def test_a_half_answered_map_says_the_choices_are_kept(owner_client):
    data = map_data()
    data["fulfilment_nature"] = ""
    response = owner_client.post(reverse("practices:map_new"), data, follow=True)
    assert "Nothing you chose is lost" in page_text(response.content.decode())
