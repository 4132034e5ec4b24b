import wagtail_factories

from cms.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "护校安园"
    intro = "<p>面向学生、家长和教师的安全教育课。</p>"

    class Meta:
        model = HomePage


def image_block(image, *, alt_text: str = "", decorative: bool = False, caption: str = "", attribution: str = ""):
    """Raw StreamField data for one image block. A picture is described (`alt_text`) or marked `decorative`."""
    return (
        "image",
        {
            "image": image,
            "alt_text": alt_text,
            "decorative": decorative,
            "caption": caption,
            "attribution": attribution,
        },
    )
