"""The certificates' admin: the list with filters, search and export, and who may list, inspect, download, revoke and
reissue (superusers; owners their own, read-only; a region's administrators the certificates of their region, not a
neighbouring one's); revoke and reissue with reasons and the chain of replacements."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from certificates import services
from certificates.links import verify_path
from certificates.models import Certificate
from certificates.permissions import certificate_permission_policy as policy
from cms import roles
from tracking.factories import RegionFactory, UserFactory

NS = "certificates_admin"


def url(view: str, *args) -> str:
    return reverse(f"{NS}:{view}", args=args)


def final_status(client, address: str, method: str = "get", data=None) -> int:
    """The admin's 404 outside a language prefix is redirected to one with it: follow to the final answer."""
    return getattr(client, method)(address, data or {}, follow=True).status_code


def member(username: str, group: str, **fields):
    user = UserFactory(username=username, **fields)
    user.groups.add(roles.group_with_admin_access(name=group))
    return user


@pytest.fixture
def people(db):
    east = RegionFactory(code="659001", name="证书测试区甲")
    west = RegionFactory(code="659002", name="证书测试区乙")
    regional = member("c-region", roles.REGIONAL_ADMINS)
    east.administrators.add(regional)
    neighbour = member("c-region-2", roles.REGIONAL_ADMINS)
    west.administrators.add(neighbour)
    return {
        "east": east,
        "west": west,
        "regional": regional,
        "neighbour": neighbour,
        "owner": member("c-vp", roles.VICE_PRINCIPALS, first_name="测试警官"),
        "stranger": member("c-staff", roles.SCHOOL_STAFF),
        "superuser": UserFactory(username="c-super", is_superuser=True, is_staff=True),
    }


def issue(n: int, *, expired_on: datetime.date | None = None, **overrides) -> Certificate:
    """A certificate; `expired_on`: one that has since expired (a certificate cannot be issued already expired)."""
    fields = {
        "kind": "session",
        "subject_key": f"admin-test.session:{n}",
        "holder_key": "admin-test.vp:1",
        "holder_name": "李四",
        "title": "授课证明",
        "statement": "讲授禁毒1课时。",
        "issuer": "证书测试第一小学",
        "school_name": "证书测试第一小学",
        "school_code": "3659000011",
        "region_code": "659001",
        "school_year": 2025,
    }
    certificate = services.certificate_issue(**{**fields, **overrides})
    if expired_on is not None:
        Certificate.objects.filter(pk=certificate.pk).update(expires_on=expired_on)
        certificate.refresh_from_db()
    return certificate


@pytest.fixture
def certs(people):
    owner = people["owner"]
    return {
        "east": issue(1, owner=owner),
        "east_expired": issue(2, owner=owner, expired_on=datetime.date(2024, 1, 1), school_year=2023),
        "east_annual": issue(3, kind="annual", holder_name="王五", title="年度履职证明", school_year=2024),
        "west": issue(
            4,
            school_name="证书测试第二中学",
            school_code="3659000022",
            region_code="659002",
            holder_name="赵六",
            issuer="证书测试第二中学",
        ),
        "west_annual": issue(
            5,
            kind="annual",
            region_code="659002",
            school_name="证书测试第二中学",
            school_code="3659000022",
            holder_name='=HYPERLINK("x")',
        ),
    }


def listed(client, **params) -> set[int]:
    response = client.get(url("index"), params)
    assert response.status_code == 200
    return {c.pk for c in response.context["object_list"]}


def test_menu_item_and_list_by_role(client, people, certs):
    ours = {c.pk for c in certs.values()}
    client.force_login(people["superuser"])
    assert ours <= listed(client)
    assert "/admin/certificates/" in client.get("/admin/").content.decode()

    client.force_login(people["regional"])
    assert listed(client) & ours == {certs["east"].pk, certs["east_expired"].pk, certs["east_annual"].pk}

    client.force_login(people["neighbour"])
    assert listed(client) & ours == {certs["west"].pk, certs["west_annual"].pk}

    client.force_login(people["owner"])
    assert listed(client) == {certs["east"].pk, certs["east_expired"].pk}

    client.force_login(people["stranger"])
    response = client.get(url("index"))
    assert response.status_code == 403
    assert "/admin/certificates/" not in client.get("/admin/").content.decode()


def test_filters_and_search(client, people, certs):
    client.force_login(people["superuser"])
    ours = {c.pk for c in certs.values()}
    assert listed(client, kind="annual") & ours == {certs["east_annual"].pk, certs["west_annual"].pk}
    assert listed(client, status="expired") & ours == {certs["east_expired"].pk}
    services.certificate_revoke(certificate=certs["west"], user=people["superuser"], reason="测试")
    assert listed(client, status="revoked") & ours == {certs["west"].pk}
    assert listed(client, status="valid") & ours == {certs["east"].pk, certs["east_annual"].pk, certs["west_annual"].pk}
    assert listed(client, school="第二中学") & ours == {certs["west"].pk, certs["west_annual"].pk}
    assert listed(client, school="3659000011") & ours == {
        certs["east"].pk,
        certs["east_expired"].pk,
        certs["east_annual"].pk,
    }
    assert listed(client, region="659002") & ours == {certs["west"].pk, certs["west_annual"].pk}
    assert ours <= listed(client, region="65")
    assert listed(client, school_year="2024") & ours == {certs["east_annual"].pk}
    assert listed(client, q="王五") & ours == {certs["east_annual"].pk}
    code = certs["west"].grouped_code
    assert listed(client, q=code.lower()) == {certs["west"].pk}
    assert listed(client, q=code[:9]) == {certs["west"].pk}


def test_permission_matrix(client, people, certs):
    east, annual, west = certs["east"], certs["east_annual"], certs["west"]
    views = ["inspect", "pdf", "revoke", "reissue"]
    # The owner reads and downloads their own, and cannot revoke or reissue it.
    client.force_login(people["owner"])
    assert [final_status(client, url(v, east.pk)) for v in views] == [200, 200, 403, 403]
    assert final_status(client, url("revoke", east.pk), "post", {"reason": "x"}) == 403
    assert [final_status(client, url(v, annual.pk)) for v in views] == [404] * 4
    # The region's administrator does everything in their region, nothing in the neighbouring one.
    client.force_login(people["regional"])
    assert [final_status(client, url(v, east.pk)) for v in views] == [200, 200, 200, 200]
    assert [final_status(client, url(v, west.pk)) for v in views] == [404] * 4
    assert final_status(client, url("revoke", west.pk), "post", {"reason": "x"}) == 404
    client.force_login(people["neighbour"])
    assert [final_status(client, url(v, east.pk)) for v in views] == [404] * 4
    assert [final_status(client, url(v, west.pk)) for v in views] == [200, 200, 200, 200]
    # Others: nothing.
    client.force_login(people["stranger"])
    assert [final_status(client, url(v, east.pk)) for v in views] == [404] * 4
    assert final_status(client, url("index")) == 403
    client.force_login(people["superuser"])
    assert [final_status(client, url(v, west.pk)) for v in views] == [200, 200, 200, 200]
    client.logout()
    assert client.get(url("index")).status_code == 302  # to the sign-in page
    assert not Certificate.objects.get(pk=west.pk).is_revoked
    # No add, edit or delete anywhere.
    assert not policy.user_has_permission(people["superuser"], "add")
    assert not policy.user_has_permission(people["superuser"], "delete")


def test_download_is_the_certificate_pdf(client, people, certs, pdftotext):
    certificate = certs["east"]
    client.force_login(people["owner"])
    response = client.get(url("pdf", certificate.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert certificate.grouped_code in response["Content-Disposition"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    extracted = pdftotext(response.content)
    assert certificate.holder_name in extracted and certificate.grouped_code in extracted


def test_revoke_needs_a_reason_and_confirmation(client, people, certs):
    client.force_login(people["regional"])
    certificate = certs["east"]
    page = client.get(url("revoke", certificate.pk))
    assert page.status_code == 200 and certificate.holder_name in page.content.decode()
    refused = client.post(url("revoke", certificate.pk), {"reason": "   "})
    assert refused.status_code == 200 and refused.context["form"].errors["reason"]
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    done = client.post(url("revoke", certificate.pk), {"reason": "活动被学校取消"})
    assert done.status_code == 302 and done["Location"] == url("inspect", certificate.pk)
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoke_reason == "活动被学校取消"
    assert certificate.revoked_by == people["regional"]
    entry = ModelLogEntry.objects.for_instance(certificate).get(action="certificates.revoke")
    assert entry.user == people["regional"] and entry.data["reason"] == "活动被学校取消"
    # Once revoked, neither action is offered or allowed again.
    assert client.get(url("revoke", certificate.pk)).status_code == 403
    inspect = client.get(url("inspect", certificate.pk)).content.decode()
    assert "活动被学校取消" in inspect and url("revoke", certificate.pk) not in inspect
    public = client.get(verify_path(certificate.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate was revoked" in public and "活动被学校取消" in public


def test_reissue_with_a_corrected_name_and_the_chain(client, people, certs):
    client.force_login(people["superuser"])
    first = certs["east"]
    refused = client.post(url("reissue", first.pk), {"reason": "", "holder_name": "李肆"})
    assert refused.status_code == 200 and refused.context["form"].errors["reason"]
    # U+0378 is unassigned: no font draws it.
    unprintable = client.post(url("reissue", first.pk), {"reason": "改名", "holder_name": "李\u0378"})
    assert unprintable.status_code == 200
    assert "U+0378" in " ".join(unprintable.context["form"].errors["holder_name"])
    assert 'value="李\u0378"' in unprintable.content.decode()
    first.refresh_from_db()
    assert not first.is_revoked

    done = client.post(url("reissue", first.pk), {"reason": "姓名有误", "holder_name": "李肆"})
    second = Certificate.objects.get(replaces=first)
    assert done.status_code == 302 and done["Location"] == url("inspect", second.pk)
    first.refresh_from_db()
    assert first.is_revoked and first.revoke_reason == "姓名有误" and second.holder_name == "李肆"
    assert ModelLogEntry.objects.for_instance(second).get(action="certificates.reissue").data == {
        "reason": "姓名有误",
        "replaces": first.grouped_code,
        "expires_on": None,
    }
    third = services.certificate_reissue(certificate=second, user=people["superuser"], reason="再次更正")

    page = client.get(url("inspect", second.pk)).content.decode()
    for item in (first, second, third):
        assert item.grouped_code in page and verify_path(item.code) in page
    assert "姓名有误" in page and "再次更正" in page
    chain = page[page.index('class="certificates-chain"') :]
    assert chain.index(first.grouped_code) < chain.index(second.grouped_code) < chain.index(third.grouped_code)
    assert verify_path(second.code) in page

    # The owner sees the chain too, read-only.
    client.force_login(people["owner"])
    owner_page = client.get(url("inspect", third.pk)).content.decode()
    assert first.grouped_code in owner_page and url("revoke", third.pk) not in owner_page


def test_export_is_formula_safe(client, people, certs):
    client.force_login(people["superuser"])
    response = client.get(url("index"), {"export": "csv", "region": "659002"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    names = [row[3] for row in rows[1:]]
    assert '\'=HYPERLINK("x")' in names and "赵六" in names
    assert all(certs["east"].grouped_code not in ",".join(row) for row in rows)
    assert any(certs["west"].grouped_code in row for row in rows)

    xlsx = client.get(url("index"), {"export": "xlsx", "region": "659002"})
    assert xlsx.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("x")' in values and not any(str(v).startswith("=") for v in values if v)

    # A regional administrator exports only their region.
    client.force_login(people["regional"])
    mine = b"".join(client.get(url("index"), {"export": "csv"}).streaming_content).decode("utf-8-sig")
    assert certs["east"].grouped_code in mine and certs["west"].grouped_code not in mine


def frozen_today(monkeypatch, day: datetime.date) -> None:
    """Today, Beijing time, is `day` (for the certificates' expiry; the rest of the clock runs on)."""
    from django.utils import timezone

    real = timezone.localdate
    monkeypatch.setattr(
        timezone, "localdate", lambda value=None, timezone=None: day if value is None else real(value, timezone)
    )


def test_reissue_sets_a_validity_date_shown_on_the_pdf_and_checked_by_the_verification_page(
    client, people, certs, pdftotext, monkeypatch
):
    from django.utils import timezone

    from certificates.render import certificate_pdf

    client.force_login(people["regional"])
    first = certs["east"]
    form = client.get(url("reissue", first.pk))
    assert 'name="expires_on"' in form.content.decode()
    today = timezone.localdate()
    yesterday, until = today - datetime.timedelta(days=1), today + datetime.timedelta(days=40)

    refused = client.post(url("reissue", first.pk), {"reason": "延长有效期", "expires_on": yesterday.isoformat()})
    assert refused.status_code == 200
    message = refused.context["form"].errors["expires_on"][0]
    assert today.isoformat() in message
    html = refused.content.decode()
    # Beside the field: in the field's own error list, which follows its label.
    assert html.index('for="id_expires_on"') < html.index(message.split(",")[0]) < html.index('name="expires_on"')
    first.refresh_from_db()
    assert not first.is_revoked

    done = client.post(url("reissue", first.pk), {"reason": "设定有效期", "expires_on": until.isoformat()})
    second = Certificate.objects.get(replaces=first)
    assert done.status_code == 302 and second.expires_on == until and second.holder_name == first.holder_name
    entry = ModelLogEntry.objects.for_instance(second).get(action="certificates.reissue")
    assert entry.data == {"reason": "设定有效期", "replaces": first.grouped_code, "expires_on": until.isoformat()}
    inspect = client.get(url("inspect", second.pk)).content.decode()
    assert until.isoformat() in inspect
    # Reissuing again starts from that date.
    assert f'value="{until.isoformat()}"' in client.get(url("reissue", second.pk)).content.decode()

    printed = pdftotext(certificate_pdf(certificate=second))
    assert f"{until.year}年{until.month}月{until.day}日" in printed.replace(" ", "")

    public = client.get(verify_path(second.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate is valid" in public and until.isoformat() in public
    frozen_today(monkeypatch, until)
    public = client.get(verify_path(second.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate is valid" in public  # through its last day
    frozen_today(monkeypatch, until + datetime.timedelta(days=1))
    public = client.get(verify_path(second.code), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "This certificate has expired" in public and f"valid only until {until.isoformat()}" in public
    assert "This certificate is valid" not in public
