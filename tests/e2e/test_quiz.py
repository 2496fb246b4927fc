"""Taking the attachment-style quiz in Chromium, by clicking, as a new person would."""

import re
from datetime import timedelta

from detach import steps
from quiz import questionnaire as q
from quiz.models import Attempt
from tests.quiz.factories import PersonFactory, answers_for

V1 = q.current()


def answer_page(page, number: int, answers: dict[str, int]) -> None:
    for item in V1.page(number):
        value = answers[item.code]
        page.locator(f'label[for="id_{item.code}_{value - 1}"]').click()


def fill_quiz_start(page) -> None:
    """On the start page: start the general quiz."""
    page.get_by_role("button", name="Start the quiz").click()


def finish_from(page, first: int, answers: dict[str, int], on_page=None) -> None:
    """Answer every page from `first` to the last; `on_page(number)` runs as each one opens."""
    for number in range(first, V1.page_count + 1):
        page.get_by_text(f"Page {number} of {V1.page_count}", exact=True).wait_for()
        if on_page:
            on_page(number)
        answer_page(page, number, answers)
        name = "See my result" if number == V1.page_count else "Next page"
        page.get_by_role("button", name=name).click()


def test_a_person_takes_the_whole_quiz_leaves_halfway_and_reads_the_result(signed_in_page):
    page = signed_in_page
    answers = answers_for(anxiety=6, avoidance=2, love_addict=5, love_avoidant=2)

    page.goto("/quiz/")
    assert "not a diagnosis" in page.content()
    page.get_by_role("link", name="Start the quiz").click()
    fill_quiz_start(page)

    # Page 1: one statement answered by keyboard alone, through its labelled radio group.
    page.get_by_text("Page 1 of 7", exact=True).wait_for()
    first = V1.page(1)[0]
    group = page.get_by_role("group", name=re.compile(re.escape(first.text)))
    group.get_by_role("radio", name="1, Strongly disagree").focus()
    for _ in range(answers[first.code] - 1):
        page.keyboard.press("ArrowRight")
    assert group.get_by_role("radio", name="6, Agree").is_checked()
    answer_page(page, 1, answers)
    page.get_by_role("button", name="Next page").click()

    # Page 2: moving on with one statement unanswered keeps the rest and says what is missing.
    page.get_by_text("Page 2 of 7", exact=True).wait_for()
    skipped = V1.page(2)[3]
    for item in V1.page(2):
        if item is not skipped:
            page.locator(f'label[for="id_{item.code}_{answers[item.code] - 1}"]').click()
    page.get_by_role("button", name="Next page").click()
    assert (
        page.get_by_role("alert")
        .inner_text()
        .startswith("1 statement on this page still needs an answer")
    )
    assert page.locator(f"#id_{skipped.code}_error").is_visible()
    assert page.locator("input.quiz-point-input:checked").count() == 6
    page.locator(f'label[for="id_{skipped.code}_{answers[skipped.code] - 1}"]').click()
    page.get_by_role("button", name="Next page").click()

    # Going back keeps the answers of the page before.
    page.get_by_text("Page 3 of 7", exact=True).wait_for()
    page.get_by_role("button", name="Back to page 2").click()
    page.get_by_text("Page 2 of 7", exact=True).wait_for()
    assert page.locator("input.quiz-point-input:checked").count() == 7
    page.get_by_role("button", name="Next page").click()
    page.get_by_text("Page 3 of 7", exact=True).wait_for()

    # Close the tab halfway; a new tab comes back to the same page.
    context = page.context
    page.close()
    page = context.new_page()
    page.goto("/quiz/")
    page.get_by_role("link", name="Continue where you left off").click()
    page.get_by_text("Page 3 of 7", exact=True).wait_for()
    assert page.get_by_text("14 of 49 statements answered").is_visible()

    finish_from(page, 3, answers)
    page.wait_for_url(re.compile(r"/quiz/results/[0-9a-f-]{36}/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your attachment-style result"
    assert page.get_by_role(
        "img", name="Your result in the anxiety and avoidance plane"
    ).is_visible()
    assert page.get_by_role("heading", name="Nearest corner: Ambivalent (preoccupied)").is_visible()
    assert page.get_by_role("link", name=steps.FULFILLMENT.name).is_visible()
    assert page.get_by_role("button", name="Print or save as PDF").is_visible()
    attempt = Attempt.objects.get(user=signed_in_page.user)
    assert (attempt.anxiety, attempt.avoidance) == (6.0, 2.0)
    assert (attempt.form, attempt.version, attempt.focus_name) == ("general", 2, None)


def test_a_retake_weeks_later_shows_the_change_drawn_and_labelled(signed_in_page):
    page = signed_in_page
    earlier = Attempt(user=page.user)
    earlier.record_answers(answers_for(anxiety=6, avoidance=3))
    earlier.complete()
    earlier.completed_at -= timedelta(days=35)
    earlier.save()

    page.goto("/quiz/")
    assert page.get_by_text("Time for a fresh look?").is_visible()
    page.get_by_role("link", name="Take the quiz again").first.click()
    fill_quiz_start(page)
    finish_from(page, 1, answers_for(anxiety=3, avoidance=3, love_addict=2, love_avoidant=2))

    page.wait_for_url(re.compile(r"/quiz/results/"))
    plane = page.locator("figure.chart-plane > svg")  # the plane itself, not its legend keys
    assert plane.locator("path.plane-trail").count() == 1
    assert plane.locator("circle.plane-point").count() == 2
    changes = page.get_by_role("table").filter(has_text="Is it more than noise?")
    assert "-3.0 (lower)" in changes.inner_text()
    assert "Yes: larger than ordinary retest noise" in changes.inner_text()
    page.goto("/quiz/")
    assert page.locator("table.quiz-history tbody tr").count() == 2


def test_back_after_a_page_with_unanswered_statements_shows_a_detach_page_not_an_error(
    signed_in_page,
):
    page = signed_in_page
    answers = answers_for(anxiety=5)
    attempt = Attempt.objects.create(user=page.user)
    attempt.record_answers({item.code: answers[item.code] for item in V1.page(1)})
    attempt.save()
    page.goto(f"/quiz/take/{attempt.uuid}/page/2/")

    # Three answered, four left: moving on says what is missing.
    for item in V1.page(2)[:3]:
        page.locator(f'label[for="id_{item.code}_{answers[item.code] - 1}"]').click()
    page.get_by_role("button", name="Next page").click()
    summary = page.locator("#quiz-page-errors")
    assert summary.inner_text().startswith("4 statements on this page still need an answer")
    assert page.locator(".quiz-item-error").count() == 4
    assert page.evaluate("document.activeElement.id") == "quiz-page-errors"
    assert page.locator("input.quiz-point-input:checked").count() == 3

    # Back from the message lands on a real Detach page.
    page.go_back()
    page.wait_for_load_state()
    assert page.title().endswith("Detach")
    assert page.get_by_role("banner").is_visible()

    # And after finishing the page, Back to the page that had the message still works.
    page.goto(f"/quiz/take/{attempt.uuid}/page/2/")
    page.get_by_role("button", name="Next page").click()
    summary.wait_for()
    answer_page(page, 2, answers)
    page.get_by_role("button", name="Next page").click()
    page.get_by_text(f"Page 3 of {V1.page_count}", exact=True).wait_for()
    page.go_back()
    page.wait_for_load_state()
    assert page.title().endswith("Detach"), page.url
    assert page.get_by_role("banner").is_visible()
    assert page.get_by_text(f"Page 2 of {V1.page_count}", exact=True).is_visible()


def test_the_progress_bar_and_a_chosen_answer_look_as_they_read(signed_in_page):
    page = signed_in_page
    answers = answers_for()
    attempt = Attempt.objects.create(user=page.user)
    attempt.record_answers({item.code: answers[item.code] for item in V1.page(1)})
    attempt.save()
    page.goto(f"/quiz/take/{attempt.uuid}/page/2/")

    # The bar says what the words under it say: 7 of 49 statements, not page 2 of 7.
    assert page.get_by_text("7 of 49 statements answered").is_visible()
    bar = page.get_by_role("progressbar", name="7 of 49 statements answered")
    value, most, position = bar.evaluate("bar => [bar.value, bar.max, bar.position]")
    assert (value, most) == (7, 49)
    assert abs(position - 7 / 49) < 1e-6

    # A chosen answer is a filled tile, not underlined like a link.
    item = V1.page(2)[0]
    label = page.locator(f'label[for="id_{item.code}_4"]')
    label.click()
    assert page.locator(f"#id_{item.code}_4").is_checked()
    line = label.evaluate("label => getComputedStyle(label).textDecorationLine")
    assert line == "none"


def test_a_person_answers_about_one_of_their_people_and_back_is_a_detach_page(signed_in_page):
    page = signed_in_page
    PersonFactory(user=page.user, name="Sam")
    page.goto("/quiz/")
    page.get_by_role("link", name="About Sam").click()
    assert page.get_by_text("There are 9 statements, all about Sam.").is_visible()
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_text("Page 1 of 1", exact=True).wait_for()
    assert page.get_by_text("Leaning on Sam feels easy.").is_visible()
    page.go_back()
    page.wait_for_load_state()
    assert page.title().endswith("Detach"), page.url
    assert page.get_by_role("banner").is_visible()

    page.goto("/quiz/take/")  # resumes the unfinished one about Sam
    page.get_by_text("Page 1 of 1", exact=True).wait_for()
    rel = q.current(q.RELATIONSHIP)
    for item, value in zip(rel.items, [6, 6, 5, 6, 2, 2, 7, 6, 7], strict=True):
        page.locator(f'label[for="id_{item.code}_{value - 1}"]').click()
    page.get_by_role("button", name="See my result").click()
    page.wait_for_url(re.compile(r"/quiz/results/"))
    assert page.get_by_role("link", name="Take it again about Sam").is_visible()
    attempt = Attempt.objects.get(user=page.user)
    assert (attempt.form, attempt.person.name) == ("relationship", "Sam")
