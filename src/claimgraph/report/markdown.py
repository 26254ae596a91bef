"""The brief as Markdown."""

from __future__ import annotations

import re

from claimgraph.report.content import Brief, Evidence, GroupBrief

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md(text: str) -> str:
    """Text with Markdown's special characters escaped (evidence is quoted verbatim)."""
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _evidence(e: Evidence) -> str:
    quote = f"**{md(e.quote)}**" if e.quote else ""
    chain = " › ".join(md(c) for c in e.chain) or "unattributed"
    date = f", {e.published}" if e.published else ""
    return f"  - “{md(e.before)}{quote}{md(e.after)}” — {md(e.doc)}{date}; {chain} ({e.modality})"


def _group(g: GroupBrief, level: str = "###") -> list[str]:
    flags = "".join(f" **[{f.upper()}]**" for f in g.flags)
    lines = [f"{level} {md(g.headline)}{flags}", ""]
    lines.append(f"{g.summary}; first seen in {md(g.first_seen)}. Group `{g.id}`.")
    lines.append("")
    for label, chains in g.origins:
        shown = "; ".join(" › ".join(md(c) for c in chain) or "unattributed" for chain in chains)
        lines.append(f"- origin **{md(label)}** — via {shown}")
    lines.append("- evidence:")
    lines.extend(_evidence(e) for e in g.evidence)
    lines.append("")
    return lines


def render_markdown(brief: Brief) -> str:
    c = brief.counts
    lines = [
        f"# {md(brief.title)}",
        "",
        f"Generated {brief.generated}. {c['documents']} documents, {c['claims']} claims in "
        f"{c['groups']} groups ({c['corroborated']} with more than one independent origin); "
        f"{c['conflicts']} conflicts, {c['denials']} denials, {c['retractions']} retractions.",
        "",
        "## Top figures and statements",
        "",
    ]
    for g in brief.top:
        lines.extend(_group(g))
    lines += ["## Conflicts", ""]
    if not brief.conflicts:
        lines += ["None found.", ""]
    for conflict in brief.conflicts:
        lines += [f"### {md(conflict.what)}: {conflict.difference}", ""]
        for side in conflict.sides:
            lines.extend(_group(side, "####"))
    for kind, title in (("denial", "Denials"), ("retraction", "Retractions")):
        lines += [f"## {title}", ""]
        links = [link for link in brief.links if link.kind == kind]
        if not links:
            lines += ["None found.", ""]
        for link in links:
            lines.append(f"- {_evidence(link.statement).strip()[2:]}")
            lines.append(
                f"  - targets: {md(link.target.headline)} ({link.target.summary}; {link.how})"
            )
            lines.extend("  " + _evidence(e) for e in link.target.evidence[:3])
        lines.append("")
    if brief.families:
        lines += ["## Documents counted as one origin", ""]
        for family in brief.families:
            lines.append("- " + "; ".join(f"{md(doc)} ({why})" for doc, why in family))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
