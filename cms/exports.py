"""Spreadsheet exports that a spreadsheet program cannot turn into formulas, for any app's admin listings."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# OWASP's list: a cell starting with any of these may be run as a formula (tab and carriage return too,
# because some programs strip them before looking).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value):
    """`value`, with a leading apostrophe if it is text a spreadsheet program would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For the index view of a viewset: every exported cell, CSV and XLSX alike, goes through `formula_safe`."""

    def preprocess_field_value(self, field, value, export_format):
        return formula_safe(SpreadsheetExportMixin.preprocess_field_value(self, field, value, export_format))
