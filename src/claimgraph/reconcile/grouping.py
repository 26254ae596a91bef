"""Grouping: claims that assert the same thing, found block by block (never all pairs).

Figures are blocked by (subject root, measure, unit dimension) and, inside a block, swept in order
of their value in base units: a claim joins the first open cluster whose leader it agrees with
(see ``values.agree``), whose period it meets and whose subjects are all compatible with its own
(``items.subjects_compatible``); clusters whose leader is already too far below the
sweep are closed. Non-numeric claims (events, denials, retractions) are blocked by (kind, subject)
and clustered by the Jaccard similarity of their proposition features, with candidates found
through an inverted index. Both grow near-linearly with the number of claims.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimgraph.reconcile.items import FIGURE, Item, subjects_compatible
from claimgraph.reconcile.values import Period, Tolerance, agree

PROPOSITION_THRESHOLD = 0.5
MAX_POSTING = 200  # a feature shared by more clusters than this proves nothing


@dataclass(slots=True)
class Cluster:
    block: tuple[str, ...]
    leader: Item
    period: Period
    members: list[Item] = field(default_factory=list)
    subjects: set[str] = field(default_factory=set)

    def add(self, item: Item) -> None:
        self.members.append(item)
        self.period = self.period.intersect(item.period)
        self.subjects.add(item.subject)

    def accepts_subject(self, subject: str) -> bool:
        root = self.leader.root
        return all(subjects_compatible(s, subject, root) for s in self.subjects)

    def compatible_with(self, other: Cluster) -> bool:
        return all(other.accepts_subject(s) for s in self.subjects)


def group_items(items: Iterable[Item], tolerance: Tolerance) -> list[Cluster]:
    blocks: dict[tuple[str, ...], list[Item]] = defaultdict(list)
    for item in items:
        blocks[item.block].append(item)
    clusters: list[Cluster] = []
    for block, members in blocks.items():
        if block[0] == FIGURE:
            clusters.extend(_sweep_figures(block, members, tolerance))
        else:
            clusters.extend(_cluster_propositions(block, members))
    return clusters


def _sweep_figures(
    block: tuple[str, ...], items: list[Item], tolerance: Tolerance
) -> list[Cluster]:
    done: list[Cluster] = []
    window: deque[Cluster] = deque()
    for item in sorted(items, key=lambda i: (i.value.anchor, i.order)):  # type: ignore[union-attr]
        value = item.value
        assert value is not None
        while window:
            lead = window[0].leader.value
            assert lead is not None
            gap = value.anchor - lead.anchor
            if gap <= tolerance.approximate * max(abs(value.anchor), abs(lead.anchor)):
                break
            done.append(window.popleft())
        for cluster in window:
            lead = cluster.leader.value
            assert lead is not None
            if (
                agree(lead, value, tolerance)
                and cluster.period.meets(item.period)
                and cluster.accepts_subject(item.subject)
            ):
                cluster.add(item)
                break
        else:
            cluster = Cluster(block, item, item.period)
            cluster.add(item)
            window.append(cluster)
    done.extend(window)
    return done


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _cluster_propositions(block: tuple[str, ...], items: list[Item]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[str, list[int]] = defaultdict(list)
    for item in sorted(items, key=lambda i: i.order):
        candidates: set[int] = set()
        for feature in item.features:
            posting = index.get(feature)
            if posting and len(posting) <= MAX_POSTING:
                candidates.update(posting)
        best, best_score = None, PROPOSITION_THRESHOLD
        for ci in sorted(candidates):
            cluster = clusters[ci]
            score = _jaccard(cluster.leader.features, item.features)
            if score >= best_score and cluster.period.meets(item.period):
                best, best_score = cluster, score
        if best is not None:
            best.add(item)
            continue
        cluster = Cluster(block, item, item.period)
        cluster.add(item)
        for feature in item.features:
            index[feature].append(len(clusters))
        clusters.append(cluster)
    return clusters
