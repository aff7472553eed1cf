//! Properties of the comparison measures, and agreement of the fast
//! implementations with brute-force O(n²) references on small inputs.
// Reference computations convert small test sizes between integer types.
#![allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)]

use std::cmp::Ordering;

use proptest::prelude::*;
use security_hierarchy::Ranking;
use security_hierarchy::compare::{self, TieTreatment, Weigher};
use security_hierarchy::strategies::{
    strict_ranking_of_size, weak_ranking, weak_ranking_of_size, weak_ranking_of_subset,
};

const ITEMS: u32 = 9;

fn items() -> Vec<u32> {
    (0..ITEMS).collect()
}

fn shared(a: &Ranking<u32>, b: &Ranking<u32>) -> Vec<u32> {
    a.items().copied().filter(|x| b.contains(x)).collect()
}

/// (concordant, discordant, tied only a, tied only b, tied both), pair by pair.
fn brute_counts(a: &Ranking<u32>, b: &Ranking<u32>) -> [u64; 5] {
    let s = shared(a, b);
    let mut c = [0u64; 5];
    for i in 0..s.len() {
        for j in i + 1..s.len() {
            let oa = a.compare(&s[i], &s[j]).unwrap();
            let ob = b.compare(&s[i], &s[j]).unwrap();
            let k = match (oa, ob) {
                (Ordering::Equal, Ordering::Equal) => 4,
                (Ordering::Equal, _) => 2,
                (_, Ordering::Equal) => 3,
                _ if oa == ob => 0,
                _ => 1,
            };
            c[k] += 1;
        }
    }
    c
}

/// Average ranks among the shared items, from the definition.
fn brute_ranks(r: &Ranking<u32>, s: &[u32]) -> Vec<f64> {
    s.iter()
        .map(|x| {
            let above = s
                .iter()
                .filter(|y| r.compare(y, x) == Some(Ordering::Greater));
            let tied = s
                .iter()
                .filter(|y| r.compare(y, x) == Some(Ordering::Equal));
            above.count() as f64 + f64::midpoint(tied.count() as f64, 1.0)
        })
        .collect()
}

fn brute_spearman(a: &Ranking<u32>, b: &Ranking<u32>) -> Option<f64> {
    let s = shared(a, b);
    let (x, y) = (brute_ranks(a, &s), brute_ranks(b, &s));
    let n = s.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let cov: f64 = x.iter().zip(&y).map(|(p, q)| (p - mx) * (q - my)).sum();
    let vx: f64 = x.iter().map(|p| (p - mx).powi(2)).sum();
    let vy: f64 = y.iter().map(|q| (q - my).powi(2)).sum();
    (s.len() >= 2 && vx > 0.0 && vy > 0.0).then(|| cov / (vx * vy).sqrt())
}

/// Weighted tau from its definition, as scipy computes it with scores listed
/// in `a`'s order: each direction ranks by the decreasing lexicographic order
/// of (primary, secondary) scores, joint ties by decreasing index.
fn brute_weighted(a: &Ranking<u32>, b: &Ranking<u32>, weigher: fn(usize) -> f64) -> Option<f64> {
    let s = shared(a, b);
    let n = s.len();
    let la: Vec<usize> = s.iter().map(|x| a.level_of(x).unwrap()).collect();
    let lb: Vec<usize> = s.iter().map(|x| b.level_of(x).unwrap()).collect();
    let direction = |p: &[usize], q: &[usize]| -> Option<f64> {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (p[i], q[i], std::cmp::Reverse(i)));
        let mut w = vec![0.0; n];
        for (r, &i) in order.iter().enumerate() {
            w[i] = weigher(r);
        }
        let (mut num, mut dp, mut dq) = (0.0, 0.0, 0.0);
        for i in 0..n {
            for j in i + 1..n {
                let pw = w[i] + w[j];
                let sp = (p[i] as i64 - p[j] as i64).signum();
                let sq = (q[i] as i64 - q[j] as i64).signum();
                num += pw * (sp * sq) as f64;
                if sp != 0 {
                    dp += pw;
                }
                if sq != 0 {
                    dq += pw;
                }
            }
        }
        (dp > 0.0 && dq > 0.0).then(|| num / dp.sqrt() / dq.sqrt())
    };
    Some(f64::midpoint(direction(&la, &lb)?, direction(&lb, &la)?))
}

/// Weighted tau of score lists from the definition, with scipy's ranks: by
/// decreasing (primary, secondary) score, joint ties by decreasing index.
fn brute_weighted_scores(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    let direction = |p: &[f64], q: &[f64]| -> Option<f64> {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&i, &j| (p[j], q[j], i).partial_cmp(&(p[i], q[i], j)).unwrap());
        let mut w = vec![0.0; n];
        for (r, &i) in order.iter().enumerate() {
            w[i] = 1.0 / (r as f64 + 1.0);
        }
        let (mut num, mut dp, mut dq) = (0.0, 0.0, 0.0);
        for i in 0..n {
            for j in i + 1..n {
                let pw = w[i] + w[j];
                let sp = p[i].total_cmp(&p[j]) as i8;
                let sq = q[i].total_cmp(&q[j]) as i8;
                num += pw * f64::from(sp * sq);
                dp += if sp != 0 { pw } else { 0.0 };
                dq += if sq != 0 { pw } else { 0.0 };
            }
        }
        (dp > 0.0 && dq > 0.0).then(|| num / dp.sqrt() / dq.sqrt())
    };
    Some(f64::midpoint(direction(x, y)?, direction(y, x)?))
}

/// RBO with ties from Corsi & Urbano's definitions, with the full item by
/// depth contribution matrices (quadratic).
fn brute_rbo(a: &Ranking<u32>, b: &Ranking<u32>, p: f64, ties: TieTreatment) -> [f64; 3] {
    let (s_r, l_r) = if a.len() >= b.len() { (b, a) } else { (a, b) };
    let ties = if s_r.is_strict() && l_r.is_strict() {
        TieTreatment::W
    } else {
        ties
    };
    let (s, l) = (s_r.len(), l_r.len());
    // Position bounds (t, b) of an item's tie group.
    let bounds = |r: &Ranking<u32>, x: &u32| {
        let lv = r.level_of(x).unwrap();
        let t: usize = r.levels().take(lv).map(<[u32]>::len).sum();
        (t, t + r.level(lv).unwrap().len() - 1)
    };
    let contribution = |r: &Ranking<u32>, x: &u32, d: usize| -> f64 {
        if !r.contains(x) {
            return 0.0;
        }
        let (t, bb) = bounds(r, x);
        match ties {
            TieTreatment::W => f64::from(u8::from(d >= t)),
            _ if d >= bb => 1.0,
            _ if d >= t => (d - t + 1) as f64 / (bb - t + 1) as f64,
            _ => 0.0,
        }
    };
    let omega: Vec<u32> = s_r
        .items()
        .chain(l_r.items().filter(|x| !s_r.contains(x)))
        .copied()
        .collect();
    let only_l: Vec<u32> = l_r.items().filter(|x| !s_r.contains(x)).copied().collect();
    let col = |r: &Ranking<u32>, d: usize, f: &dyn Fn(f64) -> f64| -> f64 {
        omega.iter().map(|x| f(contribution(r, x, d))).sum()
    };
    let x_at = |d: usize| -> f64 {
        omega
            .iter()
            .map(|x| contribution(s_r, x, d) * contribution(l_r, x, d))
            .sum()
    };
    let agreement = |d: usize, x: f64, padded: bool| -> f64 {
        let sum_s = if padded {
            (d + 1) as f64
        } else {
            col(s_r, d, &|c| c)
        };
        let sq_s = if padded {
            (d + 1) as f64
        } else {
            col(s_r, d, &|c| c * c)
        };
        match ties {
            TieTreatment::W => 2.0 * x / (sum_s + col(l_r, d, &|c| c)),
            TieTreatment::A => x / (d + 1) as f64,
            TieTreatment::B => x / sq_s.sqrt() / col(l_r, d, &|c| c * c).sqrt(),
        }
    };
    let mut a1_last = 0.0;
    let (mut min, mut max, mut ext) = (0.0, 0.0, 0.0);
    for d in 0..l {
        let w = p.powi(d as i32 + 1);
        let x = x_at(d);
        if d < s {
            let v = agreement(d, x, false);
            a1_last = v;
            min += v * w;
            max += v * w;
            ext += v * w;
            continue;
        }
        let k = d - s + 1;
        let unseen_max: f64 = only_l[..k].iter().map(|y| contribution(l_r, y, d)).sum();
        let nonzero: Vec<f64> = only_l
            .iter()
            .map(|y| contribution(l_r, y, d))
            .filter(|&c| c > 0.0)
            .collect();
        let mean = nonzero.iter().sum::<f64>() / nonzero.len() as f64;
        min += agreement(d, x, true) * w;
        max += agreement(d, x + unseen_max, true) * w;
        ext += agreement(d, x + k as f64 * a1_last * mean, true) * w;
    }
    let xl = x_at(l - 1);
    let tail_min =
        xl * ((1.0 / (1.0 - p)).ln() - (1..=l).map(|d| p.powi(d as i32) / d as f64).sum::<f64>());
    let f = l + s - xl.round() as usize;
    let tail_max = (l + 1..=f)
        .map(|d| (2.0 * d as f64 - (l + s) as f64 + xl) / d as f64 * p.powi(d as i32))
        .sum::<f64>()
        + p.powi(f as i32 + 1) / (1.0 - p);
    let tail_ext = (xl + (l - s) as f64 * a1_last) / l as f64 * p.powi(l as i32 + 1) / (1.0 - p);
    let scale = (1.0 - p) / p;
    [
        scale * (min + tail_min),
        scale * (max + tail_max),
        scale * (ext + tail_ext),
    ]
}

/// Pair counts of paired scores by looking at every pair: [concordant,
/// discordant, tied in x only, tied in y only, tied in both].
fn brute_score_counts(x: &[f64], y: &[f64]) -> [u64; 5] {
    let mut out = [0; 5];
    for i in 0..x.len() {
        for j in i + 1..x.len() {
            let (sx, sy) = (x[i].partial_cmp(&x[j]), y[i].partial_cmp(&y[j]));
            let class = match (sx.unwrap(), sy.unwrap()) {
                (Ordering::Equal, Ordering::Equal) => 4,
                (Ordering::Equal, _) => 2,
                (_, Ordering::Equal) => 3,
                (p, q) if p == q => 0,
                _ => 1,
            };
            out[class] += 1;
        }
    }
    out
}

/// Scores with many ties and with the bit patterns the radix sort treats
/// specially: a small grid (ties), a cluster of neighbours of 1.0 that agree
/// on their leading 33 bits and differ only in the last ones, signed zeros,
/// and extreme magnitudes that spread the varying bits over all 64.
fn tricky_score() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => (-3i8..=3).prop_map(|k| f64::from(k) / 2.0),
        4 => (0u64..40).prop_map(|j| f64::from_bits(1f64.to_bits() + j)),
        1 => Just(-0.0),
        1 => prop_oneof![Just(1e300), Just(-1e300), Just(1e-300), Just(-1e-300), Just(f64::MAX)],
    ]
}

fn ties() -> impl Strategy<Value = TieTreatment> {
    prop_oneof![
        Just(TieTreatment::W),
        Just(TieTreatment::A),
        Just(TieTreatment::B)
    ]
}

fn near(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-9
}

fn near_opt(x: Option<f64>, y: Option<f64>) -> bool {
    match (x, y) {
        (Some(x), Some(y)) => near(x, y),
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fast_measures_equal_brute_force(
        a in weak_ranking_of_subset(items()),
        b in weak_ranking_of_subset(items()),
    ) {
        let c = compare::kendall(&a, &b);
        let want = brute_counts(&a, &b);
        prop_assert_eq!(
            [c.concordant(), c.discordant(), c.tied_a(), c.tied_b(), c.tied_both()],
            want
        );
        prop_assert!(near_opt(compare::spearman(&a, &b), brute_spearman(&a, &b)));
        let s = shared(&a, &b);
        let (ra, rb) = (brute_ranks(&a, &s), brute_ranks(&b, &s));
        let foot: f64 = ra.iter().zip(&rb).map(|(x, y)| (x - y).abs()).sum();
        prop_assert!(near(compare::footrule(&a, &b).distance, foot));
        let hyperbolic = |r: usize| 1.0 / (r as f64 + 1.0);
        prop_assert!(near_opt(compare::weighted_tau(&a, &b, &compare::Weigher::hyperbolic()).unwrap(), brute_weighted(&a, &b, hyperbolic)));
        let square = Weigher::new("square", |r| (r * r) as f64);
        prop_assert!(near_opt(
            compare::weighted_tau(&a, &b, &square).unwrap(),
            brute_weighted(&a, &b, |r| (r * r) as f64)
        ));
    }

    #[test]
    fn fast_rbo_equals_brute_force(
        a in weak_ranking_of_subset(items()),
        b in weak_ranking_of_subset(items()),
        p in 0.05f64..0.99,
        t in ties(),
    ) {
        prop_assume!(!a.is_empty() && !b.is_empty());
        let r = compare::rbo(&a, &b, p, t).unwrap();
        let [min, max, ext] = brute_rbo(&a, &b, p, t);
        prop_assert!(near(r.min, min), "min {} vs {}", r.min, min);
        prop_assert!(near(r.max, max), "max {} vs {}", r.max, max);
        prop_assert!(near(r.ext, ext), "ext {} vs {}", r.ext, ext);
    }

    #[test]
    fn rbo_bounds(
        a in weak_ranking_of_subset(items()),
        b in weak_ranking_of_subset(items()),
        p in 0.01f64..0.99,
        t in ties(),
    ) {
        prop_assume!(!a.is_empty() && !b.is_empty());
        let r = compare::rbo(&a, &b, p, t).unwrap();
        let eps = 1e-12;
        prop_assert!(-eps <= r.min && r.max <= 1.0 + eps, "{r:?}");
        prop_assert!(r.min <= r.ext + eps && r.ext <= r.max + eps, "{r:?}");
        prop_assert!(near(r.res, r.max - r.min));
        // Self-agreement is complete, except for the averaged treatment,
        // which counts the disagreement between two random orders of a tie.
        let same = compare::rbo(&a, &a, p, t).unwrap();
        if t != TieTreatment::A || a.is_strict() {
            prop_assert!(near(same.ext, 1.0), "{same:?}");
        }
    }

    #[test]
    fn taus_are_bounded_and_symmetric(
        a in weak_ranking_of_subset(items()),
        b in weak_ranking_of_subset(items()),
        pen in 0.0f64..=1.0,
    ) {
        let (ab, ba) = (compare::kendall(&a, &b), compare::kendall(&b, &a));
        for tau in [ab.tau_a(), ab.tau_b()].into_iter().flatten() {
            prop_assert!((-1.0..=1.0).contains(&tau));
        }
        prop_assert_eq!(ab.tau_a(), ba.tau_a());
        prop_assert!(near_opt(ab.tau_b(), ba.tau_b()));
        prop_assert!(near_opt(compare::spearman(&a, &b), compare::spearman(&b, &a)));
        prop_assert!(near(compare::footrule(&a, &b).distance, compare::footrule(&b, &a).distance));
        prop_assert_eq!(ab.distance(pen).unwrap(), ba.distance(pen).unwrap());
        if let Some(n) = compare::footrule(&a, &b).normalized() {
            prop_assert!((0.0..=1.0 + 1e-12).contains(&n));
        }
    }

    #[test]
    fn tau_of_self_and_reverse(a in weak_ranking_of_size(1..=ITEMS as usize), s in strict_ranking_of_size(2..=ITEMS as usize)) {
        let own = compare::kendall(&a, &a);
        if let Some(tau) = own.tau_b() {
            prop_assert!(near(tau, 1.0));
        }
        let rev = compare::kendall(&s, &s.reversed());
        prop_assert_eq!((rev.tau_a(), rev.tau_b()), (Some(-1.0), Some(-1.0)));
        prop_assert!(near_opt(compare::spearman(&s, &s.reversed()), Some(-1.0)));
        prop_assert!(near_opt(compare::weighted_tau(&s, &s.reversed(), &compare::Weigher::hyperbolic()).unwrap(), Some(-1.0)));
        prop_assert_eq!(compare::kendall(&s, &s).tau_a(), Some(1.0));
    }

    #[test]
    fn score_lists_agree_with_rankings(
        pairs in proptest::collection::vec((-4i8..4, -4i8..4), 0..12),
    ) {
        let x: Vec<f64> = pairs.iter().map(|p| f64::from(p.0) / 2.0).collect();
        let y: Vec<f64> = pairs.iter().map(|p| f64::from(p.1) / 2.0).collect();
        let a = Ranking::from_scores((0..x.len() as u32).map(|i| (i, x[i as usize]))).unwrap();
        let b = Ranking::from_scores((0..y.len() as u32).map(|i| (i, y[i as usize]))).unwrap();
        prop_assert_eq!(compare::kendall_scores(&x, &y).unwrap(), compare::kendall(&a, &b));
        prop_assert!(near_opt(compare::spearman_scores(&x, &y).unwrap(), compare::spearman(&a, &b)));
        // Rankings list tied items by index, as scipy's arrays do.
        prop_assert!(near_opt(
            compare::weighted_tau_scores(&x, &y).unwrap(),
            brute_weighted_scores(&x, &y)
        ));
    }

    /// The score path (radix sort of x carrying y, merge-sort counting)
    /// against every pair, on lists long enough for long runs of ties and
    /// of keys that agree on the radix sort's prefix.
    #[test]
    fn score_counts_agree_with_every_pair(
        pairs in proptest::collection::vec((tricky_score(), tricky_score()), 0..300),
    ) {
        let (x, y): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
        let c = compare::kendall_scores(&x, &y).unwrap();
        prop_assert_eq!(
            [c.concordant(), c.discordant(), c.tied_a(), c.tied_b(), c.tied_both()],
            brute_score_counts(&x, &y)
        );
        // The same sort levels rankings built from scores.
        let a = Ranking::from_scores((0..x.len() as u32).map(|i| (i, x[i as usize]))).unwrap();
        for (i, &score) in x.iter().enumerate() {
            let mut above: Vec<f64> = x.iter().copied().filter(|&s| s > score).collect();
            above.sort_by(f64::total_cmp);
            above.dedup_by(|p, q| p == q);
            prop_assert_eq!(a.level_of(&(i as u32)), Some(above.len()));
        }
    }

    #[test]
    fn kendall_distance_triangle(
        a in weak_ranking(items()),
        b in weak_ranking(items()),
        c in weak_ranking(items()),
        pen in 0.5f64..=1.0,
    ) {
        let d = |x: &Ranking<u32>, y: &Ranking<u32>| compare::kendall(x, y).distance(pen).unwrap();
        prop_assert!(d(&a, &c) <= d(&a, &b) + d(&b, &c) + 1e-9);
    }

    /// Any persistence in (0, 1), subnormals included, gives ordered scores
    /// in [0, 1]; below 1e-300 the weight is all on depth 1, so the scores
    /// meet, and equal those at persistence 1e-250.
    #[test]
    fn rbo_at_any_persistence(
        a in weak_ranking_of_subset(items()),
        b in weak_ranking_of_subset(items()),
        bits in 1u64..0x3FF0_0000_0000_0000,
        t in ties(),
    ) {
        prop_assume!(!a.is_empty() && !b.is_empty());
        let persistence = f64::from_bits(bits);
        let r = compare::rbo(&a, &b, persistence, t).unwrap();
        prop_assert!(0.0 <= r.min && r.min <= r.ext && r.ext <= r.max && r.max <= 1.0, "persistence {persistence:e}: {r:?}");
        if persistence < 1e-300 {
            let reference = compare::rbo(&a, &b, 1e-250, t).unwrap();
            for (v, w) in [(r.min, reference.min), (r.max, reference.max), (r.ext, reference.ext)] {
                prop_assert!((v - w).abs() < 1e-12, "persistence {persistence:e}: {r:?} vs {reference:?}");
            }
            prop_assert!(r.res < 1e-12, "persistence {persistence:e}: {r:?}");
        }
    }
}

#[test]
fn fast_counts_scale_past_quadratic_sizes() {
    // 200 000 items in 1 000 levels against a strict ranking: O(n²) would
    // take minutes; the counts must still sum to every pair.
    let n = 200_000u32;
    let a =
        Ranking::new((0..1000u32).map(|l| (0..n / 1000).map(move |i| l * (n / 1000) + i))).unwrap();
    let b = Ranking::strict((0..n).map(|i| (i * 7919) % n)).unwrap();
    let c = compare::kendall(&a, &b);
    let sum = c.concordant() + c.discordant() + c.tied_a() + c.tied_b() + c.tied_both();
    assert_eq!(sum, c.pairs());
    assert_eq!(c.tied_a(), 1000 * (200 * 199 / 2));
    assert_eq!(c.tied_b(), 0);
}
