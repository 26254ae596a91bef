"""The analyst's brief: Markdown or self-contained HTML, built from a reconciliation."""

from __future__ import annotations

from claimgraph.reconcile import Reconciliation
from claimgraph.report.content import Brief, build_brief
from claimgraph.report.html import render_html
from claimgraph.report.markdown import render_markdown

REPORT_FORMATS = ("markdown", "html")


def render_report(recon: Reconciliation, fmt: str = "markdown", top: int = 10) -> str:
    brief = build_brief(recon, top=top)
    if fmt == "html":
        return render_html(brief)
    if fmt in ("markdown", "md"):
        return render_markdown(brief)
    raise ValueError(f"unknown report format {fmt!r}; choose markdown or html")


__all__ = [
    "REPORT_FORMATS",
    "Brief",
    "build_brief",
    "render_html",
    "render_markdown",
    "render_report",
]
