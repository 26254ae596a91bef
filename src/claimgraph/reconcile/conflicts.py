"""Conflicts: same subject, measure and dimension, periods that meet, values that cannot both hold.

"Same subject" is the grouping's: one block (subject root), subjects compatible (equal, or one is
the root).

Clusters of one block are sorted by value; each is compared with its ``NEIGHBOURS`` nearest
clusters on either side (whose periods meet), so finding conflicts stays linear even in a block
with thousands of distinct figures. Each cluster is represented by its tightest member (a point
value before a bound), so "up to 6,000" does not hide a firm "6,000".

Three kinds of figures never conflict: those without a subject (two unrelated "three weeks" are
not a contradiction), vague amounts ("hundreds", "dozens": a reporting convention, not a figure
anyone can contradict), and figures of a measure the profile marks ``contradicts: false`` (a
duration: "a gap of three weeks" and "at least a month's delay", both about Russia, are about two
different things).
"""

from __future__ import annotations

from collections import defaultdict

from claimgraph.reconcile.grouping import Cluster
from claimgraph.reconcile.items import FIGURE, Item
from claimgraph.reconcile.values import Tolerance, contradict

NEIGHBOURS = 8


def representative(cluster: Cluster) -> Item:
    def width(item: Item) -> tuple[float, tuple[str, int, int]]:
        v = item.value
        assert v is not None
        return (v.high - v.low, item.order)

    return min(cluster.members, key=width)


def find_conflicts(
    clusters: list[Cluster], tolerance: Tolerance, never: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Index pairs (i, j), i < j, of clusters that contradict each other; clusters of the
    measures in ``never`` contradict nothing."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        if (
            cluster.block[0] == FIGURE
            and cluster.block[1]
            and not cluster.leader.value.vague  # type: ignore[union-attr]
            and cluster.leader.claim.measure not in never
        ):
            blocks[cluster.block].append(i)
    reps = {}
    pairs: set[tuple[int, int]] = set()
    for indices in blocks.values():
        if len(indices) < 2:
            continue
        for i in indices:
            reps[i] = representative(clusters[i])
        indices.sort(key=lambda i: reps[i].value.anchor)  # type: ignore[union-attr]
        for pos, i in enumerate(indices):
            a = reps[i]
            for j in indices[pos + 1 : pos + 1 + NEIGHBOURS]:
                b = reps[j]
                assert a.value is not None and b.value is not None
                if not clusters[i].period.meets(clusters[j].period):
                    continue
                if not clusters[i].compatible_with(clusters[j]):
                    continue
                if contradict(a.value, b.value, tolerance):
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)
