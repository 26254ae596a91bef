"""Random and hostile claims: reconciliation never crashes and keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.reconcile import DocInfo, reconcile
from claimgraph.records import Claim, Quantity, Source, Span, TimeRef

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e308, -1e308, 5e-324, 6000.0, 6000.0 * 1.01]),
)
iso = st.one_of(
    st.none(),
    st.sampled_from(["2025", "2025-09", "2023-Q1", "2022-12-10", "2024-02-30", "2025-13", "", "x"]),
    st.text(max_size=12),
)
names = st.sampled_from(
    ["", "WSJ", "unnamed officials", "Повітряні сили ЗСУ", "i24", "\x00", "Ä" * 50]
)


@st.composite
def claims(draw) -> tuple[list[Claim], list[DocInfo]]:
    n_docs = draw(st.integers(1, 4))
    docs = [
        DocInfo(
            id=f"d{i}",
            uri=f"d{i}.txt",
            outlet=draw(st.sampled_from([None, "rnd", "i24"])),
            language=draw(st.sampled_from([None, "en", "fr", "ru"])),
            published=draw(iso),
            ingest_order=i,
            duplicate_of=draw(st.sampled_from([None, "d0", "missing"])) if i else None,
            translated_from=draw(st.sampled_from([None, "d0"])) if i else None,
        )
        for i in range(n_docs)
    ]
    out = []
    for n in range(draw(st.integers(0, 25))):
        doc = draw(st.sampled_from(docs))
        is_range = draw(st.booleans())
        q = None
        if draw(st.booleans()):
            low, high = draw(numbers), draw(numbers)
            q = Quantity(
                Span(0, 1),
                "q",
                None if is_range else draw(numbers),
                unit=draw(st.sampled_from([None, "drone", "km", "mi", "USD", "drone/month", "%"])),
                low=low if is_range else None,
                high=high if is_range else None,
                bound=draw(st.sampled_from(["=", "~", "<=", ">=", "<", ">"])),
                vague=draw(st.booleans()),
            )
        start = draw(st.integers(0, 500))
        targets = draw(st.sampled_from([None, Span(0, 3), Span(start, start + 5)]))
        out.append(
            Claim(
                doc_id=doc.id,
                doc_uri=doc.uri,
                evidence=Span(start, start + 10),
                evidence_text=draw(st.text(max_size=40)),
                language=doc.language,
                modality=draw(st.sampled_from(["asserted", "reported", "denied", "retracted"])),
                quantity=q,
                proposition=draw(st.one_of(st.none(), st.text(max_size=30))),
                measure=draw(st.sampled_from([None, "launched", "distance"])),
                subject=draw(st.sampled_from([None, "", "iran", "alabuga"])),
                when=draw(
                    st.one_of(
                        st.none(), st.builds(TimeRef, st.just(Span(0, 1)), st.just("t"), iso, iso)
                    )
                ),
                sources=[
                    Source(draw(names), draw(st.sampled_from(["outlet", "anonymous", "person"])))
                    for _ in range(draw(st.integers(0, 3)))
                ],
                targets=targets,
                id=f"c{n}",
            )
        )
    return out, docs


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims())
def test_invariants_hold_for_any_claims(data):
    items, docs = data
    recon = reconcile(items, docs)
    members = [c for g in recon.groups for c in g.claim_ids]
    assert sorted(members) == sorted(c.id for c in items)
    for g in recon.groups:
        assert 1 <= len(g.origins) <= g.reports
        assert sorted(c for o in g.origins for c in o.claim_ids) == sorted(g.claim_ids)
        for other in g.conflicts_with:
            assert g.id in recon.group(other).conflicts_with
            assert other != g.id
    for link in recon.links:
        assert link.claim_id != link.target_id
    assert set(recon.families.root) >= {d.id for d in docs}
