"""Spreadsheet exports of tracking records that a spreadsheet program cannot turn into formulas (the mixin lives in
cms.exports, so certificates' exports use it too)."""

from cms.exports import FORMULA_STARTS, FormulaSafeExportMixin, formula_safe

__all__ = ["FORMULA_STARTS", "FormulaSafeExportMixin", "formula_safe"]
