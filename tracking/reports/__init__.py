"""Order No. 52 reporting: the duty ledger, the school's yearly evaluation, drill compliance and the regional
report. Figures for one vice principal or one school are counted straight from the sessions; the regional report
reads summary tables (tracking.models.rollups) kept up to date by `tracking.reports.rollups`."""
