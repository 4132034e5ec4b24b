"""StreamField blocks shared by every content app."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading inside the page.")
        preview_value = "防溺水：牢记“六不”"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "cms/blocks/paragraph.html"
        label = _("Paragraph")
        description = _("Formatted text with lists and links.")
        preview_value = "<p>暑假是溺水事故的高发期，请同学们牢记防溺水“六不”。</p>"


# The rendition the image block's template shows (cms/blocks/image.html).
IMAGE_BLOCK_RENDITION = "width-960"


class RenditionPrefetchingImageChooserBlock(ImageChooserBlock):
    """Reads a stream's images together with their renditions: two queries for the whole stream, where Wagtail
    reads the images in one and then each image's rendition in one more."""

    # Migrations record it as the ImageChooserBlock it stores exactly like.
    canonical_module_path = "wagtail.images.blocks.ImageChooserBlock"

    def bulk_to_python(self, values):
        values = list(values)
        images = self.model_class.objects.prefetch_renditions(IMAGE_BLOCK_RENDITION).in_bulk(
            [value for value in values if value is not None]
        )
        seen = set()
        result = []
        for pk in values:
            image = images.get(pk)
            if image is not None and pk in seen:
                # One object per use, as Wagtail gives (a block may change its value).
                image = copy.copy(image)
            result.append(image)
            seen.add(pk)
        return result


class ImageBlock(blocks.StructBlock):
    image = RenditionPrefetchingImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Alternative text"),
        help_text=_(
            "What the picture shows, for visitors who cannot see it (screen readers read it out). "
            "Required unless the picture is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("Decorative only"),
        help_text=_("The picture adds nothing to the text: screen readers skip it."),
    )
    caption = blocks.CharBlock(required=False, max_length=255, label=_("Caption"))
    attribution = blocks.CharBlock(required=False, max_length=255, label=_("Source"))

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"
        label = _("Image with caption")
        description = _("A picture with alternative text, an optional caption and source.")
        preview_value = {
            "alt_text": "校门口，两名民警在护学岗上看护学生过马路",
            "caption": "学校门口的护学岗",
            "attribution": "SafeCampus",
        }

    def clean(self, value):
        value = super().clean(value)
        # An image is either described or explicitly marked as ornament: a forgotten description must not pass.
        if not value["decorative"] and not (value["alt_text"] or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Describe the picture, or mark it as decorative."))}
            )
        return value


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video link"), help_text=_("Address of the video page, e.g. on a video site."))
    caption = blocks.CharBlock(required=False, max_length=255, label=_("Caption"))

    class Meta:
        icon = "media"
        template = "cms/blocks/video.html"
        label = _("Video")
        description = _("An embedded video with a caption.")
        preview_value = {"caption": "防溺水宣传片"}


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    video = VideoBlock()
