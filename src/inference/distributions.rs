//! The distributions behind the p-values: normal, Student's t and
//! chi-square tails through the regularized incomplete beta and gamma
//! functions, and the exact null distribution of Kendall's discordant count.
//!
//! Written here rather than taken from a crate because the tests need about
//! 1e-12 relative agreement with scipy in the tails, which asks for care with
//! the log-gamma differences of large arguments (the Stirling forms below).

use std::f64::consts::PI;

/// ln Γ(x) for x > 0.
///
/// Below 10: Lanczos' approximation (g = 7, nine terms; about 1e-15
/// absolute). From 10: Stirling's series, whose remainder is below 1e-17
/// there. O(1).
pub(crate) fn ln_gamma(x: f64) -> f64 {
    // Coefficients for g = 7, n = 9 (Godfrey's published values).
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x >= 10.0 {
        return (x - 0.5) * x.ln() - x + 0.5 * (2.0 * PI).ln() + stirling_tail(x);
    }
    if x < 0.5 {
        // Reflection keeps the approximation in its accurate range.
        return (PI / (PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = C[0];
    for (i, &c) in C.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// ln Γ(x) - [(x - 1/2) ln x - x + ln √(2π)], Stirling's remainder, from its
/// asymptotic series (Bernoulli numbers B2..B16). Accurate for x >= 10.
fn stirling_tail(x: f64) -> f64 {
    const C: [f64; 8] = [
        1.0 / 12.0,
        -1.0 / 360.0,
        1.0 / 1260.0,
        -1.0 / 1680.0,
        1.0 / 1188.0,
        -691.0 / 360_360.0,
        1.0 / 156.0,
        -3617.0 / 122_400.0,
    ];
    let inv2 = 1.0 / (x * x);
    let mut sum = 0.0;
    for &c in C.iter().rev() {
        sum = sum * inv2 + c;
    }
    sum / x
}

/// ln B(a, b) for a, b > 0, without the cancellation of three large
/// log-gammas when an argument is large.
fn ln_beta(a: f64, b: f64) -> f64 {
    let (small, large) = if a < b { (a, b) } else { (b, a) };
    if small >= 10.0 {
        let sum = a + b;
        0.5 * (2.0 * PI).ln() + (a - 0.5) * (a / sum).ln() + (b - 0.5) * (b / sum).ln()
            - 0.5 * sum.ln()
            + stirling_tail(a)
            + stirling_tail(b)
            - stirling_tail(sum)
    } else if large >= 10.0 {
        // ln Γ(large) - ln Γ(large + small), in Stirling's form.
        let sum = large + small;
        let diff = -(large - 0.5) * (small / large).ln_1p() - small * sum.ln()
            + small
            + stirling_tail(large)
            - stirling_tail(sum);
        ln_gamma(small) + diff
    } else {
        ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
    }
}

/// The regularized incomplete beta function I_x(a, b), with `y` = 1 - x
/// given separately so that neither loses precision near 1.
///
/// Continued fraction (modified Lentz) on whichever of I_x(a, b) and
/// I_y(b, a) converges fast; O(√max(a, b)) iterations, capped at 10,000.
pub(crate) fn beta_reg(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if y <= 0.0 {
        return 1.0;
    }
    if x > (a + 1.0) / (a + b + 2.0) {
        return 1.0 - beta_lower(b, a, y, x);
    }
    beta_lower(a, b, x, y)
}

/// I_x(a, b) by its continued fraction, for x below the mean-ish point
/// (a + 1) / (a + b + 2) where the fraction converges quickly.
fn beta_lower(a: f64, b: f64, x: f64, y: f64) -> f64 {
    let ln_x = if x < 0.5 { x.ln() } else { (-y).ln_1p() };
    let ln_y = if y < 0.5 { y.ln() } else { (-x).ln_1p() };
    let front = (a * ln_x + b * ln_y - ln_beta(a, b)).exp() / a;
    front * beta_fraction(a, b, x)
}

/// The modified Lentz method's stand-in for a zero denominator.
const TINY: f64 = 1e-300;

/// `x`, or [`TINY`] in its place when it is that close to zero, so that the
/// next Lentz step does not divide by zero.
fn off_zero(x: f64) -> f64 {
    if x.abs() < TINY { TINY } else { x }
}

/// The continued fraction of I_x(a, b) (Numerical Recipes' `betacf`
/// recurrence, modified Lentz evaluation).
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    d = off_zero(d);
    d = 1.0 / d;
    let mut h = d;
    for m in 1..10_000 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = off_zero(d);
        c = 1.0 + aa / c;
        c = off_zero(c);
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = off_zero(d);
        c = 1.0 + aa / c;
        c = off_zero(c);
        d = 1.0 / d;
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    h
}

/// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a),
/// for a > 0 and x >= 0.
///
/// Series for P = 1 - Q when x < a + 1, continued fraction otherwise; the
/// prefactor x^a e^-x / Γ(a) in Stirling's form for a >= 10, so that large
/// degrees of freedom keep their precision. O(√a) iterations, capped.
pub(crate) fn gamma_upper_reg(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let front = gamma_front(a, x);
    if front == 0.0 {
        return if x < a { 1.0 } else { 0.0 };
    }
    if x < a + 1.0 {
        let mut term = 1.0 / a;
        let mut sum = term;
        let mut ap = a;
        for _ in 0..10_000 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        return 1.0 - front * sum;
    }
    // Modified Lentz on the continued fraction for Γ(a, x).
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..10_000 {
        let i = f64::from(i);
        let an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        d = off_zero(d);
        c = b + an / c;
        c = off_zero(c);
        d = 1.0 / d;
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    front * h
}

/// x^a e^-x / Γ(a).
fn gamma_front(a: f64, x: f64) -> f64 {
    if a >= 10.0 {
        let u = (x - a) / a;
        (a * (u.ln_1p() - u) + 0.5 * (a / (2.0 * PI)).ln() - stirling_tail(a)).exp()
    } else {
        (a * x.ln() - x - ln_gamma(a)).exp()
    }
}

/// The standard normal upper tail P(Z > z), through Q(1/2, z²/2).
pub(crate) fn normal_sf(z: f64) -> f64 {
    let tail = 0.5 * gamma_upper_reg(0.5, 0.5 * z * z);
    if z >= 0.0 { tail } else { 1.0 - tail }
}

/// The upper tail P(T > t) of Student's t with `df` > 0 degrees of freedom:
/// ½ I_{df/(df+t²)}(df/2, 1/2) on the far side of zero.
pub(crate) fn student_t_sf(t: f64, df: f64) -> f64 {
    if t.is_infinite() {
        return if t > 0.0 { 0.0 } else { 1.0 };
    }
    let t2 = t * t;
    let x = df / (df + t2);
    let y = t2 / (df + t2);
    let tail = 0.5 * beta_reg(0.5 * df, 0.5, x, y);
    if t >= 0.0 { tail } else { 1.0 - tail }
}

/// The upper tail P(X > x) of the chi-square distribution with `df`
/// degrees of freedom.
pub(crate) fn chi_square_sf(x: f64, df: f64) -> f64 {
    gamma_upper_reg(0.5 * df, 0.5 * x)
}

/// The null distribution of the number of discordant pairs (inversions) of
/// a uniformly random permutation of n items, up to `c`: P(X <= c) and
/// P(X = c).
///
/// Kendall's recurrence (each new item adds 0..j-1 inversions), on counts
/// below 171 items (n! is a finite f64 there) and on probabilities above,
/// as scipy computes it. O(n·c) time, O(c) memory.
pub(crate) fn discordant_cdf(n: u64, c: u64) -> (f64, f64) {
    let c = c as usize;
    let scaled = n >= 171;
    let mut counts = vec![0.0f64; c + 1];
    counts[0] = 1.0;
    for j in 2..=n as usize {
        // Prefix sums, then each entry keeps only the last j of them.
        for k in 1..=c {
            counts[k] += counts[k - 1];
        }
        for k in (j..=c).rev() {
            counts[k] -= counts[k - j];
        }
        if scaled {
            let scale = 1.0 / j as f64;
            for x in &mut counts {
                *x *= scale;
            }
        }
    }
    let total = if scaled {
        1.0
    } else {
        (1..=n).map(|k| k as f64).product()
    };
    (counts.iter().sum::<f64>() / total, counts[c] / total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn ln_gamma_meets_factorials_on_both_sides_of_the_switch() {
        let mut factorial = 1.0f64;
        for n in 1..30u32 {
            // Γ(n + 1) = n!
            factorial *= f64::from(n);
            let got = ln_gamma(f64::from(n) + 1.0);
            assert!(close(got, factorial.ln(), 1e-14), "n = {n}: {got}");
        }
        assert!(close(ln_gamma(0.5), PI.sqrt().ln(), 1e-14));
    }

    #[test]
    fn ln_beta_forms_agree_where_they_meet() {
        for (a, b) in [(10.0, 0.5), (12.5, 10.0), (40.0, 3.0)] {
            let direct = ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b);
            assert!(close(ln_beta(a, b), direct, 1e-13), "{a} {b}");
        }
    }

    #[test]
    fn tails_at_known_points() {
        // P(Z > 1.96) and the t with 1 df (Cauchy): P(T > 1) = 1/4.
        assert!(close(normal_sf(1.96), 0.024_997_895_148_220_435, 1e-13));
        assert!(close(student_t_sf(1.0, 1.0), 0.25, 1e-14));
        assert!(close(student_t_sf(-1.0, 1.0), 0.75, 1e-14));
        // The chi-square with 2 df has tail e^(-x/2).
        assert!(close(chi_square_sf(7.0, 2.0), (-3.5f64).exp(), 1e-14));
        assert!(close(chi_square_sf(0.3, 2.0), (-0.15f64).exp(), 1e-14));
        assert_eq!(student_t_sf(f64::INFINITY, 3.0), 0.0);
    }

    #[test]
    fn discordant_counts_are_mahonian_numbers() {
        // Inversions of permutations of 4: 1, 3, 5, 6, 5, 3, 1 (sum 24).
        let (cdf, mass) = discordant_cdf(4, 2);
        assert_eq!(mass, 5.0 / 24.0);
        assert_eq!(cdf, 9.0 / 24.0);
        // Against a count of inversions over every order of 7 items (5040).
        let mut tally = [0u32; 22];
        let mut order: Vec<usize> = (0..7).collect();
        let mut heap = crate::inference::permutation::Heap::new(7);
        loop {
            let inversions = (0..7)
                .flat_map(|i| (i + 1..7).map(move |j| (i, j)))
                .filter(|&(i, j)| order[i] > order[j])
                .count();
            tally[inversions] += 1;
            let Some((i, j)) = heap.next() else { break };
            order.swap(i, j);
        }
        for c in 0..=21u64 {
            let below: u32 = tally[..=c as usize].iter().sum();
            let (cdf, mass) = discordant_cdf(7, c);
            assert!(close(cdf, f64::from(below) / 5040.0, 1e-15), "c = {c}");
            assert!(close(mass, f64::from(tally[c as usize]) / 5040.0, 1e-15));
        }
        // The scaled recurrence above 170 items: P(X <= 1) = n/n! there, 0 in f64.
        assert_eq!(discordant_cdf(200, 1).0, 0.0);
        let (half, _) = discordant_cdf(200, 200 * 199 / 4);
        assert!(half > 0.5 && half < 0.51);
    }
}
