"""In headless Chromium: an author submits a scenario, a reviewer approves it, a vice principal reads it and
downloads the pack. Everything through the same screens people use."""

import pytest

from cms.demo import DEMO_PASSWORD
from tests.e2e.signin import admin_login


@pytest.mark.browser
def test_author_submits_reviewer_approves_vice_principal_downloads(live_demo, artifacts_dir, browser):
    from django.contrib.auth import get_user_model

    from drills.factories import ScenarioPageFactory
    from drills.models import ScenarioIndexPage, ScenarioPage

    author = get_user_model().objects.get(username="author")
    index = ScenarioIndexPage.objects.get(locale__language_code="zh-hans")
    draft = ScenarioPageFactory(parent=index, slug="lunch-gate", title="午间校门持械闯入演练", live=False, owner=author)
    draft.save_revision(user=author)
    base = live_demo.url

    # The author submits the draft for review: there is no publish button for them.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    admin_login(page, base, "author")
    page.goto(f"{base}/admin/pages/{draft.pk}/edit/")
    assert page.locator('button[name="action-publish"]').count() == 0
    page.locator("footer .w-dropdown__toggle").click()
    page.locator('button[name="action-submit"]').click()
    page.wait_for_url(f"**/admin/pages/{index.pk}/")
    page.screenshot(path=artifacts_dir / "e2e-drill-submitted.png")
    context.close()
    assert not ScenarioPage.objects.get(pk=draft.pk).live

    # The reviewer finds it waiting on the dashboard and approves it with a comment.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    admin_login(page, base, "reviewer")
    page.get_by_role("link", name="午间校门持械闯入演练").first.click()
    page.wait_for_url(f"**/admin/pages/{draft.pk}/edit/")
    page.locator("footer .w-dropdown__toggle").click()
    page.locator('button[data-workflow-action-name="approve"][data-workflow-action-modal-url]').click()
    page.locator('textarea[name="comment"]').fill("步骤清楚，同意发布。")
    page.screenshot(path=artifacts_dir / "e2e-drill-approve.png")
    page.locator('.modal-content button[type="submit"], dialog button[type="submit"]').first.click()
    page.wait_for_url(f"**/admin/pages/{index.pk}/")
    context.close()
    published = ScenarioPage.objects.get(pk=draft.pk)
    assert published.live

    # A vice principal signs in from the public library page, opens the scenario and downloads the pack.
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    page.goto(base + index.get_parent().url)
    page.get_by_role("link", name="登录后查看演练脚本").click()
    page.fill("#id_username", "vp")
    page.fill("#id_password", DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(f"**{index.url}")
    page.get_by_role("link", name="午间校门持械闯入演练").click()
    page.wait_for_url(f"**{published.url}")
    assert page.locator("h1").inner_text() == "午间校门持械闯入演练"
    assert "发现持械人员，按下一键报警。" in page.locator(".timeline").first.inner_text()
    page.screenshot(path=artifacts_dir / "e2e-drill-scenario.png", full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="下载演练包（PDF）").click()
    download = download_info.value
    assert download.suggested_filename == "lunch-gate-drill-pack.pdf"
    with open(download.path(), "rb") as pack:
        assert pack.read(5) == b"%PDF-"
    context.close()
