"""The brief as one self-contained HTML page (inline style, no scripts, no external resources)."""

from __future__ import annotations

from html import escape

from claimgraph.report.content import Brief, Evidence, GroupBrief

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{margin-bottom:.2rem}
.flag{font-size:.75rem;font-weight:700;padding:.1rem .4rem;border-radius:.3rem;margin-left:.4rem;
background:#fde2e1;color:#9b1c1c;text-transform:uppercase}
.meta{color:#555;font-size:.9rem}.origin b{color:#134e4a}mark{background:#fff3a3;font-weight:600}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #ddd}
.src{color:#555;font-size:.85rem}.side{margin-left:1rem}
"""


def _evidence(e: Evidence) -> str:
    quote = f"<mark>{escape(e.quote)}</mark>" if e.quote else ""
    chain = " › ".join(escape(c) for c in e.chain) or "unattributed"
    date = f", {escape(e.published)}" if e.published else ""
    return (
        f"<blockquote>“{escape(e.before)}{quote}{escape(e.after)}”"
        f'<div class="src">{escape(e.doc)}{date}; {chain} ({escape(e.modality)})</div></blockquote>'
    )


def _group(g: GroupBrief, tag: str = "h3") -> str:
    flags = "".join(f'<span class="flag">{escape(f)}</span>' for f in g.flags)
    origins = "".join(
        f'<li class="origin"><b>{escape(label)}</b> — via '
        + "; ".join(" › ".join(escape(c) for c in chain) or "unattributed" for chain in chains)
        + "</li>"
        for label, chains in g.origins
    )
    return (
        f'<section id="{escape(g.id)}"><{tag}>{escape(g.headline)}{flags}</{tag}>'
        f'<p class="meta">{escape(g.summary)}; first seen in {escape(g.first_seen)}.</p>'
        f"<ul>{origins}</ul>" + "".join(_evidence(e) for e in g.evidence) + "</section>"
    )


def render_html(brief: Brief) -> str:
    c = brief.counts
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(brief.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(brief.title)}</h1>",
        f'<p class="meta">Generated {escape(brief.generated)}. {c["documents"]} documents, '
        f"{c['claims']} claims in {c['groups']} groups ({c['corroborated']} with more than one "
        f"independent origin); {c['conflicts']} conflicts, {c['denials']} denials, "
        f"{c['retractions']} retractions.</p>",
        "<h2>Top figures and statements</h2>",
    ]
    parts.extend(_group(g) for g in brief.top)
    parts.append("<h2>Conflicts</h2>")
    if not brief.conflicts:
        parts.append("<p>None found.</p>")
    for conflict in brief.conflicts:
        parts.append(f"<h3>{escape(conflict.what)}: {escape(conflict.difference)}</h3>")
        parts.extend(f'<div class="side">{_group(side, "h4")}</div>' for side in conflict.sides)
    for kind, title in (("denial", "Denials"), ("retraction", "Retractions")):
        parts.append(f"<h2>{title}</h2>")
        links = [link for link in brief.links if link.kind == kind]
        if not links:
            parts.append("<p>None found.</p>")
        for link in links:
            parts.append(_evidence(link.statement))
            parts.append(
                f'<div class="side"><p class="meta">targets ({escape(link.how)}):</p>'
                f"{_group(link.target, 'h4')}</div>"
            )
    if brief.families:
        parts.append("<h2>Documents counted as one origin</h2><ul>")
        for family in brief.families:
            items = "; ".join(f"{escape(doc)} ({escape(why)})" for doc, why in family)
            parts.append(f"<li>{items}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
