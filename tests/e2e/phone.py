"""What the phone-size browser tests check on every screen they visit."""

PHONE = {"width": 390, "height": 844}
# The smallest touch target the platforms' guidelines allow (Apple: 44 pt).
TAP_HEIGHT = 44


def fits_the_phone(page, path) -> None:
    """Screenshot the whole page to `path` and check it never scrolls sideways."""
    page.screenshot(path=path, full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{path}: the page is {width}px wide"


def tap_size(page, selector: str) -> None:
    box = page.locator(selector).first.bounding_box()
    assert box is not None and box["height"] >= TAP_HEIGHT, (selector, box)
