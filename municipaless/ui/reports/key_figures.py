"""The bilan's key figures as the screen shows them (Rapports preview, Tableau de bord).

The officer's own screen is not a council export: figures are shown unmasked here.
"""

from html import escape

from PySide6.QtCore import QCoreApplication

from municipaless.core import formats

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def key_items(report) -> list[tuple[str, str]]:
    """(caption, value) of the key figures, in the order of the printed bilan."""
    cur = report.current
    totals = cur.referral_totals()
    rate = cur.taken_rate(totals)
    leverage = cur.leverage
    return [
        (translate("ReportPreview", "new project holders"), formats.format_count(cur.holders_new)),
        (
            translate("ReportPreview", "project holders supported"),
            formats.format_count(cur.holders_followed),
        ),
        (
            translate("ReportPreview", "projects followed"),
            formats.format_count(cur.projects_followed),
        ),
        (translate("ReportPreview", "referrals"), formats.format_count(cur.referrals_sent)),
        (
            translate("ReportPreview", "taken on by the structure"),
            formats.format_percent(rate) if rate is not None else "–",
        ),
        (translate("ReportPreview", "funding obtained"), formats.format_money(cur.granted_cents)),
        (
            translate("ReportPreview", "leverage of the commune's euro"),
            "–" if leverage is None else f"× {formats.format_count(round(leverage, 1))}",
        ),
        (translate("ReportPreview", "structures created"), formats.format_count(cur.creations)),
        (translate("ReportPreview", "jobs created"), formats.format_count(cur.jobs_created)),
        (translate("ReportPreview", "meetings held"), formats.format_count(cur.meetings_held)),
    ]


def preview_html(report) -> str:
    title = translate("ReportPreview", "Key figures, {period} (compared with {previous})").format(
        period=report.period.label(), previous=report.previous_period.label()
    )
    rows = "".join(
        f"<tr><td align='right'><b>{escape(value)}</b></td><td>&nbsp;{escape(caption)}</td></tr>"
        for caption, value in key_items(report)
    )
    return f"<p><b>{escape(title)}</b></p><table cellspacing='3'>{rows}</table>"
