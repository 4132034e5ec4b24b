"""Signing in to the admin through its own form, as every browser test does."""

from cms.demo import DEMO_PASSWORD


def admin_login(page, base: str, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
