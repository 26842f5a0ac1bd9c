/**
 * The Beta distribution, written out in plain TypeScript so the funnel statistics need no
 * dependency: log-gamma (Lanczos), the regularized incomplete beta function (continued
 * fraction, modified Lentz), and its inverse (bisection refined by Newton steps).
 * Methods follow Press et al., *Numerical Recipes* (3rd ed., 2007), §6.1 and §6.4.
 */

// Lanczos coefficients for g = 7, n = 9 (Godfrey's set, as used by many libraries); relative
// error below 1e-15 for positive arguments, which is all the Beta function needs.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * Natural logarithm of the gamma function for x > 0.
 * @example Math.exp(logGamma(5)) // 24 (to 1e-12)
 */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the approximation accurate for small arguments.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Log of the Beta function B(a, b).
 * @example Math.exp(logBeta(2, 3)) // 1/12
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 1_000;

function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * The regularized incomplete beta function I_x(a, b): the Beta(a, b) distribution function at x.
 * @example regularizedBeta(0.4, 2, 3) // 0.5248
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError('Beta parameters must be positive');
  if (Number.isNaN(x)) throw new RangeError('x must be a number');
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  // The continued fraction converges fast only on one side of the mean; use symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) return clamp01((front * continuedFraction(x, a, b)) / a);
  return clamp01(1 - (front * continuedFraction(1 - x, b, a)) / b);
}

/**
 * Distribution function of Beta(a, b) at x (alias of {@link regularizedBeta}).
 * @example betaCdf(0.3, 1.2, 5.8) // ≈ 0.834
 */
export function betaCdf(x: number, a: number, b: number): number {
  return regularizedBeta(x, a, b);
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p. Bisection keeps the answer bracketed
 * (the distribution function is monotone), and a Newton step is taken whenever it lands inside
 * the bracket, so it converges in a few dozen evaluations even for very skewed shapes.
 * @example betaQuantile(0.1, 2, 5) // ≈ 0.0925953
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError('Beta parameters must be positive');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must lie in [0, 1]');
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = a / (a + b);
  const lb = logBeta(a, b);
  for (let i = 0; i < 400; i++) {
    const f = regularizedBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    // Converged when the bracket is a few ulps wide, measured from whichever end x is near.
    const tol = Math.max(1e-15 * Math.min(x, 1 - x), 4e-16 * x);
    if (hi - lo <= tol) break;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb);
    let next = density > 0 && Number.isFinite(density) ? x - f / density : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= tol) return next;
    x = next;
  }
  return clamp01(x);
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
