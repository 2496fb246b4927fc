"""The relationship check: a few gentle questions, and what the answers suggest about planning
distance. It never says what the relationship is."""

import re

import pytest

from detach.safety import content
from detach.safety.content import NO, NOT_SURE, YES, assess
from detach.safety.models import RelationshipCheck
from tests.html import page_text
from tests.safety.factories import RelationshipCheckFactory

CHECK_URL = "/help/relationship-check/"
DELETE_URL = "/help/relationship-check/delete/"
CODES = [question.code for question in content.QUESTIONS]
PLAIN_MESSAGE = (
    "Ending or limiting contact with someone who controls, threatens or frightens you is safest "
    "when it is planned with a domestic-abuse advocate."
)
QUICK_EXIT = "use “Leave quickly” at the top of any page"
# A visitor's location is unknown: the checked lines of every country Detach lists are shown.
LINES = ["1-800-799-7233", "Text START to 88788", "0808 2000 247", "Call 988", "116 123"]
LINES += ["1800 737 732", "findahelpline.com", "Call 999", "Call 911", "Call 000"]
# What the check must never call a relationship or a person.
LABELS = re.compile(
    r"\b(abusive|abuser|toxic|unhealthy|narcissis\w*|manipulat\w*|violent relationship|"
    r"relationship is (an? )?(safe|unsafe|dangerous|healthy|abusive)|"
    r"diagnos\w*|disorders?|treat\w*)\b",
    re.IGNORECASE,
)


def answers(**given) -> dict[str, str]:
    return {code: given.get(code, NO) for code in CODES}


# --- what the answers suggest: pure rules --------------------------------------------------


def test_the_check_asks_about_fear_threats_control_isolation_and_phone_or_money():
    assert 5 <= len(content.QUESTIONS) <= 7
    assert {"afraid", "threats", "control", "isolation", "phone", "money"} <= set(CODES)
    assert [value for value, _label in content.ANSWER_CHOICES] == [YES, NO, NOT_SURE]


@pytest.mark.parametrize("code", CODES)
def test_any_yes_means_planning_distance_needs_care(code):
    result = assess(answers(**{code: YES}))
    assert result.needs_care and not result.only_unsure
    assert result.yes == (code,)


@pytest.mark.parametrize("code", CODES)
def test_not_sure_means_planning_distance_needs_care_too(code):
    result = assess(answers(**{code: NOT_SURE}))
    assert result.needs_care and result.only_unsure


def test_all_no_suggests_no_extra_care():
    result = assess(answers())
    assert not result.needs_care
    assert result.yes == () and result.not_sure == ()


def test_answers_to_unknown_questions_are_ignored():
    assert not assess({**answers(), "retired-question": YES}).needs_care


# --- the page ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_visitor_reads_the_questions_as_labelled_radio_groups(client):
    response = client.get(CHECK_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<fieldset") == len(CODES)
    for question in content.QUESTIONS:
        assert re.search(rf"<legend[^>]*>\s*{re.escape(question.text)}", html)
        for value in (YES, NO, NOT_SURE):
            assert f'name="{question.code}" value="{value}"' in html
    assert 'name="keep"' not in html  # nothing to keep without an account
    assert "Your answers are not stored" in page_text(html)


@pytest.mark.django_db
@pytest.mark.parametrize("code", CODES)
def test_a_danger_answer_shows_the_plain_message_the_lines_and_the_quick_exit(client, code):
    response = client.post(CHECK_URL, answers(**{code: YES}))
    assert response.status_code == 200
    text = page_text(response)
    assert PLAIN_MESSAGE in text
    for line in LINES:
        assert line in text
    assert QUICK_EXIT in text
    assert 'href="/help/safety-plan/"' in response.content.decode()
    assert "These answers were not stored." in text
    assert RelationshipCheck.objects.count() == 0


@pytest.mark.django_db
def test_not_sure_alone_shows_the_message_and_says_not_knowing_is_reason_enough(client):
    text = page_text(client.post(CHECK_URL, answers(phone=NOT_SURE)))
    assert PLAIN_MESSAGE in text
    assert "Not being sure is common, and it is reason enough to plan carefully." in text
    assert "could put you at risk" not in text


@pytest.mark.django_db
def test_no_danger_says_so_gently_without_calling_the_relationship_safe(client):
    text = page_text(client.post(CHECK_URL, answers()))
    assert "None of your answers suggest a risk in planning some distance" in text
    assert "cannot see everything" in text
    assert PLAIN_MESSAGE not in text
    assert not re.search(r"\b(is|are|seems?) (safe|healthy|fine)\b", text)


@pytest.mark.django_db
@pytest.mark.parametrize("given", [answers(), answers(afraid=YES), answers(money=NOT_SURE)])
def test_the_check_never_names_the_relationship(client, given):
    for response in (client.get(CHECK_URL), client.post(CHECK_URL, given)):
        html = response.content.decode()
        main = page_text(html[html.index("<main") : html.index("</main>")])
        assert not LABELS.search(main), LABELS.search(main)
    assert "does not say what your relationship is" in page_text(response)


def test_the_check_for_labels_catches_a_label():
    assert LABELS.search("This relationship is abusive.")
    assert LABELS.search("Your relationship is safe.")
    assert LABELS.search("a toxic partner")
    assert not LABELS.search("planned with a domestic-abuse advocate")


@pytest.mark.django_db
def test_an_unanswered_question_gets_a_message_beside_it_and_the_other_answers_stay(client):
    given = answers(afraid=NOT_SURE)
    del given["money"]
    response = client.post(CHECK_URL, given)
    assert response.status_code == 200
    html = response.content.decode()
    error = re.search(r'id="id_money_error"[^>]*>(.*?)</div>', html, re.DOTALL)
    assert error and "“Not sure” is a fine answer" in error.group(1)
    assert re.search(r'name="afraid" value="not_sure"[^>]*checked', html)
    assert 'id="id_afraid_error"' not in html
    assert "What your answers suggest" not in page_text(html)


@pytest.mark.django_db
def test_answers_are_not_kept_unless_the_person_asks(owner_client):
    html = owner_client.get(CHECK_URL).content.decode()
    assert re.search(r'<input type="checkbox" name="keep"(?![^>]*checked)', html)
    text = page_text(owner_client.post(CHECK_URL, answers(afraid=YES)))
    assert PLAIN_MESSAGE in text and "These answers were not kept." in text
    assert RelationshipCheck.objects.count() == 0


@pytest.mark.django_db
def test_a_signed_in_person_can_keep_their_answers_and_find_them_again(owner, owner_client):
    response = owner_client.post(CHECK_URL, {**answers(control=YES), "keep": "on"})
    assert response.status_code == 302 and response["Location"] == CHECK_URL
    kept = RelationshipCheck.objects.get(user=owner)
    assert kept.answers == answers(control=YES)
    assert kept.version == content.CHECK_VERSION
    text = page_text(owner_client.get(CHECK_URL))
    assert "The answers you kept on" in text
    assert PLAIN_MESSAGE in text
    assert "Do they try to decide where you go, whom you see or what you do? Yes" in text
    assert "Delete my answers" in text


@pytest.mark.django_db
def test_keeping_answers_again_replaces_the_ones_kept_before(owner, owner_client):
    RelationshipCheckFactory(user=owner, answers=answers(harm=YES))
    owner_client.post(CHECK_URL, {**answers(), "keep": "on"})
    assert RelationshipCheck.objects.filter(user=owner).count() == 1
    assert RelationshipCheck.objects.get(user=owner).answers == answers()


@pytest.mark.django_db
def test_answers_not_kept_say_that_older_kept_answers_are_still_there(owner, owner_client):
    RelationshipCheckFactory(user=owner)
    text = page_text(owner_client.post(CHECK_URL, answers()))
    assert "These answers were not kept. Answers you kept on" in text
    assert "delete them" in text


@pytest.mark.django_db
def test_delete_my_answers_asks_first_then_removes_them(owner, owner_client, stranger):
    RelationshipCheckFactory(user=owner)
    theirs = RelationshipCheckFactory(user=stranger)
    page = owner_client.get(DELETE_URL)
    assert page.status_code == 200
    assert "Delete my answers?" in page_text(page)
    assert RelationshipCheck.objects.filter(user=owner).exists()
    response = owner_client.post(DELETE_URL)
    assert response["Location"] == CHECK_URL
    assert not RelationshipCheck.objects.filter(user=owner).exists()
    assert RelationshipCheck.objects.filter(pk=theirs.pk).exists()
    assert "What your answers suggest" not in page_text(owner_client.get(CHECK_URL))


@pytest.mark.django_db
def test_with_nothing_kept_the_delete_page_goes_back_to_the_check(owner_client):
    assert owner_client.get(DELETE_URL)["Location"] == CHECK_URL


@pytest.mark.django_db
def test_a_visitor_cannot_keep_or_delete_answers(client, owner):
    RelationshipCheckFactory(user=owner)
    client.post(CHECK_URL, {**answers(), "keep": "on"})
    assert RelationshipCheck.objects.count() == 1
    for method in ("get", "post"):
        response = getattr(client, method)(DELETE_URL)
        assert response["Location"].startswith("/accounts/login/")
    assert RelationshipCheck.objects.count() == 1


@pytest.mark.django_db
def test_another_person_never_sees_my_kept_answers(owner, stranger_client):
    RelationshipCheckFactory(user=owner, answers=answers(threats=YES))
    text = page_text(stranger_client.get(CHECK_URL))
    assert "What your answers suggest" not in text
    assert "Delete my answers" not in text
    stranger_client.post(DELETE_URL)
    assert RelationshipCheck.objects.filter(user=owner).exists()


@pytest.mark.django_db
def test_a_signed_in_persons_lines_start_with_the_country_of_their_time_zone(owner_client):
    text = page_text(owner_client.post(CHECK_URL, answers(afraid=YES)))  # the owner is in London
    lines = text.split("Lines you can call", 1)[1]
    assert "0808 2000 247" in lines and "116 123" in lines and "findahelpline.com" in lines
    assert "1-800-799-7233" not in lines
    assert "Choose your country on the support page" in lines
