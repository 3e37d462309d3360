"""Exports that are safe to open in a spreadsheet: a text cell that starts like a formula
(``=``, ``+``, ``-``, ``@``, tab or carriage return) is written with a leading apostrophe, so
that Excel or LibreOffice shows it as text instead of running it (CSV injection). XLSX is safe
already: Wagtail writes such cells as strings."""

from __future__ import annotations

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_csv_writer(stream) -> csv.writer:
    """A ``csv.writer`` whose rows are neutralised cell by cell."""
    writer = csv.writer(stream)

    class SafeWriter:
        def writerow(self, row):
            return writer.writerow([safe_cell(value) for value in row])

    return SafeWriter()


class SafeSpreadsheetExportMixin:
    """For Wagtail report and listing views (``SpreadsheetExportMixin``): CSV cells
    neutralised."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class ChoiceLabelsExportMixin:
    """For Wagtail listings' CSV/XLSX exports: choice fields (status, role, region...) as their
    labels in the exporting person's language, not as stored codes."""

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            display = getattr(item, f"get_{field}_display", None)
            if callable(display):
                row[field] = display()
        return row
