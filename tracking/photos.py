"""Cleaning evidence photos before they are stored.

A phone photo carries where it was taken (EXIF GPS), the device and often a thumbnail of the original in its
metadata; taken at a school, that locates children. So an upload is never stored as sent: it is decoded, checked,
turned upright and encoded again from its pixels alone, which leaves every piece of metadata behind. HEIC (what
iPhones take) is stored as JPEG, which every browser shows.
"""

import io
import secrets
from dataclasses import dataclass

import pillow_heif
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Decoders tried on an upload; anything else (GIF, WebP, SVG, TIFF...) is refused without being parsed.
ACCEPTED_FORMATS = ("JPEG", "PNG", "HEIF")
# What a browser may send as the file's type; only a hint, the decoded format is what counts.
ACCEPT_ATTRIBUTE = "image/*,.heic,.heif"

pillow_heif.register_heif_opener()


def max_bytes() -> int:
    return getattr(settings, "TRACKING_PHOTO_MAX_BYTES", 10 * 1024 * 1024)


def max_pixels() -> int:
    # A 48-megapixel phone camera fits; a small file that decodes to gigabytes of pixels does not.
    return getattr(settings, "TRACKING_PHOTO_MAX_PIXELS", 50_000_000)


def max_per_session() -> int:
    return getattr(settings, "TRACKING_PHOTOS_PER_SESSION", 20)


def max_edge() -> int:
    """Longest side of a stored photo: enough to see what happened, without keeping every phone's full sensor."""
    return getattr(settings, "TRACKING_PHOTO_MAX_EDGE", 2560)


THUMBNAIL_EDGE = 480
JPEG_QUALITY = 85


@dataclass(frozen=True)
class CleanPhoto:
    content: bytes
    extension: str
    content_type: str
    width: int
    height: int
    thumbnail: bytes


def new_token() -> str:
    """The stored file's name: random, so it says nothing about the school and cannot be guessed."""
    return secrets.token_hex(16)


def _refuse(message: str, code: str):
    raise ValidationError(message, code=code)


def _to_srgb(image: Image.Image) -> Image.Image:
    """Colours as the camera meant them once the ICC profile (part of the metadata) is gone."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new image from the pixels alone: no EXIF, GPS, XMP, ICC, text chunks or embedded thumbnails."""
    return Image.frombytes(image.mode, image.size, image.tobytes())


def _flatten(image: Image.Image) -> Image.Image:
    """RGB for JPEG; transparency goes onto white, as a viewer would show it."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _encode_jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    _flatten(image).save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _encode_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def clean_upload(upload) -> CleanPhoto:
    """Check an uploaded file and return the photo to store, or raise ValidationError with a message for the
    person uploading (codes: empty, too_large, not_image, damaged, too_many_pixels)."""
    name = getattr(upload, "name", "") or _("the file")
    size = upload.size or 0
    if size == 0:
        _refuse(_("“%(name)s” is empty.") % {"name": name}, "empty")
    if size > max_bytes():
        _refuse(
            _("“%(name)s” is %(size)s; a photo may be at most %(max)s.")
            % {"name": name, "size": filesizeformat(size), "max": filesizeformat(max_bytes())},
            "too_large",
        )
    not_image = _("“%(name)s” is not a JPEG, PNG or HEIC photo.") % {"name": name}
    too_many_pixels = _("“%(name)s” has too many pixels; a photo may have at most %(max)s million.") % {
        "name": name,
        "max": max_pixels() // 1_000_000,
    }
    damaged = _("“%(name)s” could not be read as a photo: it may be damaged or incomplete.") % {"name": name}
    upload.seek(0)
    try:
        image = Image.open(upload, formats=ACCEPTED_FORMATS)
    except Image.DecompressionBombError:
        image = None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        _refuse(not_image, "not_image")
    # The header gives the size before a single pixel is decoded, so a decompression bomb stops here.
    if image is None or image.width * image.height > max_pixels():
        _refuse(too_many_pixels, "too_many_pixels")
    source_format = image.format
    try:
        if source_format == "JPEG":
            # Decode a large JPEG at a reduced scale straight away: less memory and time on a small server.
            image.draft(None, (max_edge(), max_edge()))
        image.load()
        image = _to_srgb(ImageOps.exif_transpose(image))
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            transparent = image.mode in ("PA", "RGBa", "La") or "transparency" in image.info
            image = image.convert("RGBA" if transparent else "RGB")
        image.thumbnail((max_edge(), max_edge()), Image.Resampling.LANCZOS)
        image = _pixels_only(image)
        if source_format == "PNG":
            content, extension, content_type = _encode_png(image), "png", "image/png"
        else:
            content, extension, content_type = _encode_jpeg(image), "jpg", "image/jpeg"
    except Image.DecompressionBombError:
        _refuse(too_many_pixels, "too_many_pixels")
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError):
        _refuse(damaged, "damaged")
    thumb = image.copy()
    thumb.thumbnail((THUMBNAIL_EDGE, THUMBNAIL_EDGE), Image.Resampling.LANCZOS)
    return CleanPhoto(
        content=content,
        extension=extension,
        content_type=content_type,
        width=image.width,
        height=image.height,
        thumbnail=_encode_jpeg(thumb),
    )
