"""The image block: every picture is described for screen readers, or explicitly marked decorative (alt="")."""

import json
import re

import pytest
from django.utils.translation import gettext
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.blocks import ImageBlock
from cms.factories import image_block
from cms.models import StandardPage


@pytest.fixture
def picture(db):
    from wagtail_factories import ImageFactory

    return ImageFactory(title="护学岗照片")


def _standard_page(homes, slug, body):
    page = StandardPage(slug=slug, title="护学岗", body=body)
    homes["zh-hans"].add_child(instance=page)
    page.save_revision().publish()
    return page


def _img_tags(html: str) -> list[str]:
    return re.findall(r"<img\b[^>]*>", html)


def test_a_described_picture_renders_its_alternative_text(client, homes, picture):
    page = _standard_page(homes, "alt-described", [image_block(picture, alt_text="两名民警在校门口护送学生过马路")])
    html = client.get(page.url).content.decode()
    [img] = _img_tags(html)
    assert 'alt="两名民警在校门口护送学生过马路"' in img


def test_a_decorative_picture_renders_an_empty_alternative_text(client, homes, picture):
    page = _standard_page(homes, "alt-decorative", [image_block(picture, alt_text="被忽略", decorative=True)])
    html = client.get(page.url).content.decode()
    [img] = _img_tags(html)
    assert 'alt=""' in img
    assert "被忽略" not in html


def test_a_picture_saved_before_alt_text_existed_still_renders_with_the_image_description(client, homes, picture):
    """Stream data written before the block had alt_text and decorative (existing pages) keeps working."""
    legacy = [
        {"type": "image", "id": "legacy-1", "value": {"image": picture.pk, "caption": "旧图片", "attribution": ""}}
    ]
    page = _standard_page(homes, "alt-legacy", json.dumps(legacy))
    response = client.get(page.url)
    assert response.status_code == 200
    [img] = _img_tags(response.content.decode())
    assert f'alt="{picture.default_alt_text}"' in img


def test_a_picture_neither_described_nor_decorative_is_refused(picture):
    block = ImageBlock()
    value = block.to_python(
        {"image": picture.pk, "alt_text": "  ", "decorative": False, "caption": "", "attribution": ""}
    )
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    assert "alt_text" in raised.value.block_errors
    assert raised.value.block_errors["alt_text"].messages == [
        gettext("Describe the picture, or mark it as decorative.")
    ]
    value["decorative"] = True
    assert block.clean(value)["decorative"] is True
    value["decorative"] = False
    value["alt_text"] = "校门口的护学岗"
    assert block.clean(value)["alt_text"] == "校门口的护学岗"


def test_the_page_editor_refuses_a_picture_without_alternative_text(admin_client, homes, picture):
    """Through the admin's own form: the error appears beside the field and nothing is saved."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    parent = homes["zh-hans"]
    data = nested_form_data(
        {
            "title": "没有说明的图片",
            "slug": "alt-missing-admin",
            "summary": "",
            "body": streamfield([("image", {"image": picture.pk, "alt_text": "", "caption": "", "attribution": ""})]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/cms/standardpage/{parent.pk}/", data)
    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug="alt-missing-admin").exists()
    # The editor's stream data is JSON inside the page, where the Chinese message is written \u-escaped.
    message = gettext("Describe the picture, or mark it as decorative.")
    content = response.content.decode()
    assert message in content or json.dumps(message)[1:-1] in content


def test_every_demo_picture_is_described(client, demo):
    from wagtail.models import Page

    from cms.blocks import ImageBlock as Block

    images = 0
    for page in Page.objects.live().specific():
        body = getattr(page, "body", None)
        if body is None:
            continue
        for child in body:
            if isinstance(child.block, Block):
                images += 1
                assert child.value["decorative"] or child.value["alt_text"].strip(), page.url
    assert images >= 2  # the home page's picture, in both languages
    html = client.get("/zh-hans/").content.decode()
    assert any('alt="禁止游泳标志' in img for img in _img_tags(html))
