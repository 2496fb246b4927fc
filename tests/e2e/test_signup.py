from django.contrib.auth import get_user_model


def fill_sign_up(page, email: str, password: str) -> None:
    """On the sign-up page: fill it in, agree, and land on Today."""
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    page.get_by_label("I understand that Detach will store").check()
    page.get_by_role("main").get_by_role("button", name="Sign up").click()
    page.wait_for_url("**/today/")


def test_a_person_signs_up_in_the_browser_and_lands_signed_in(page, transactional_db):
    page.goto("/")
    page.get_by_role("link", name="Create your private space").click()
    fill_sign_up(page, "newcomer@example.org", "a gentle long passphrase")
    assert page.get_by_role("heading", level=1).inner_text() == "Today"
    assert page.get_by_role("link", name="Start the path").is_visible()
    assert page.get_by_role("button", name="Sign out").count() == 1
    assert get_user_model().objects.filter(email="newcomer@example.org").exists()


def test_the_landing_page_fits_a_phone_without_sideways_scrolling(phone_page, transactional_db):
    phone_page.set_viewport_size({"width": 360, "height": 740})
    phone_page.goto("/")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
