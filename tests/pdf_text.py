"""Reading back what a generated PDF says, from the pdftotext fixture's output."""

import re


def squeeze(text: str) -> str:
    """pdftotext breaks wrapped lines where the layout did; compare text without white space."""
    return re.sub(r"\s+", "", text)


def pages(pdf_text: str) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    return pdf_text.split("\f")[:-1]


def story_text(pdf_text: str, *repeated_rows: str) -> str:
    """The document's own text, without white space, so that text running over pages reads on unbroken.

    Drops every page's running header and footer (its first two lines: reportlab draws them before the page's
    content) and the header rows that tables repeat on each page they continue on (`repeated_rows`).
    """
    text = "".join(squeeze("".join(page.splitlines()[2:])) for page in pages(pdf_text))
    for row in repeated_rows:
        text = text.replace(squeeze(row), "")
    return text
