/**
 * The Huber loss (Huber 1964): quadratic within `delta` of zero and linear outside, so a few badly fitting
 * runs pull on the fit like an absolute error while the rest are fitted like least squares. Continuous with
 * a continuous first derivative at ±delta.
 */
export function huber(residual: number, delta: number): number {
  const abs = Math.abs(residual);
  return abs <= delta ? 0.5 * residual * residual : delta * (abs - 0.5 * delta);
}

/** d huber(r, delta) / dr: the residual clamped to [−delta, delta]. */
export function huberDerivative(residual: number, delta: number): number {
  return residual > delta ? delta : residual < -delta ? -delta : residual;
}
