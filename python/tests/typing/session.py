"""A typed session, checked with `mypy --strict` by python/ci.sh, so that the
stubs stay in step with the API the tests exercise."""

from typing import List, Optional

import numpy as np

import security_hierarchy as sh
from security_hierarchy import Concern, Ranking, Tier, corpus


def session() -> None:
    ids: List[str] = corpus.ids()
    erickson: sh.Hierarchy = corpus.hierarchy(ids[-1])
    tiers: Ranking = sh.Via("tier").ranking(erickson)
    report: sh.Comparison = sh.compare(tiers, Tier.ranking(), names=("a", "b"), persistence=0.8)
    tau: Optional[float] = report.tau_b
    rbo: Optional[sh.Rbo] = report.rbo
    ext: Optional[float] = rbo.ext if rbo is not None else None
    pairs: List[sh.DiscordantPair] = report.discordant
    on_tiers: sh.Comparison = sh.compare(erickson, corpus.hierarchy("rudd-2022"), via="tier")
    crosswalk: sh.Comparison = sh.compare(erickson, erickson, via={"x": "y"})
    conflicts: sh.Conflicts = sh.conflicts([erickson], via="concern")
    found: bool = conflicts.found
    agreed: sh.Consensus = sh.consensus([tiers, Tier.ranking()], method="heuristic", seed=3)
    analysis: sh.Analysis = sh.scenarios.scenario(sh.scenarios.ids()[0]).analyse(erickson, via="tier")
    findings: List[sh.Finding] = sh.check(erickson) + analysis.findings
    svg: str = sh.slopegraph(erickson, erickson, via=sh.Via("concern"))
    print(on_tiers, crosswalk, found, agreed.ranking, [f.message for f in findings], len(svg))
    counts: sh.PairCounts = sh.kendall_scores(np.arange(5, dtype=np.int16), [1.0, 2.0, 3.0, 4.0, 5.0])
    distance: float = counts.distance(tie_penalty=1.0)
    level: Optional[int] = tiers.level_of(Tier.REGIME)
    slug: str = Concern.PARTY_RULE.slug
    label: str = Tier.GLOBAL.label
    try:
        Ranking.strict(["a", "a"])
    except sh.InvalidRankingError as error:
        message: str = str(error)
    print(tau, ext, pairs, distance, level, slug, label, message, report.to_dict())
    tested: sh.KendallTest = sh.kendall_test(tiers, Tier.ranking(), alternative="greater")
    rho: sh.SpearmanTest = sh.spearman_test_scores(np.arange(4), [1.0, 3.0, 2.0, 4.0])
    shuffled: sh.PermutationTest = sh.permutation_test(tiers, tiers, "rbo", seed=1)
    w: sh.Concordance = sh.concordance([erickson, erickson], via="tier", permutations=True)
    robust: sh.Robustness = sh.robustness([erickson], "consensus", via="tier", method="borda")
    fragile: List[sh.Conclusion] = robust.fragile
    pictures: List[str] = [sh.heatmap([erickson], measure="rbo"), sh.bump([erickson]), sh.majority_graph([erickson])]
    html: str = sh.report("t", [erickson], scenarios=[sh.scenarios.scenario("securitisation-paradox")])
    with_test: sh.Comparison = sh.compare(erickson, erickson, via="tier", test="kendall", alternative="less")
    print(tested.p_value, rho.rho, shuffled.exact, w.w, fragile, pictures, html, with_test.significance)
