/**
 * Worth of a stock repeated for up to `maxEpochs` epochs, in unique-token equivalents per token:
 * m = 1 + R* (1 − exp(−(maxEpochs − 1) / R*)) (Muennighoff et al. 2023, Eq. 5 with R_D = epochs − 1;
 * R* = 15.4 in their C4 fit). m(1) = 1 and m → 1 + R* as epochs grow. Written with expm1: 1 − exp(−x)
 * cancels for small x = (maxEpochs − 1)/R*, giving m = 1 or even m > maxEpochs once R* ≳ 1e15, while
 * −expm1(−x) keeps full precision, so 1 ≤ m ≤ maxEpochs holds for every R*.
 */
export function repetitionMultiplier(maxEpochs: number, rStar: number): number {
  return 1 - rStar * Math.expm1(-(maxEpochs - 1) / rStar);
}

/** Default decay constant R*_D of repeated data: scenario/scenario-inputs.ts, with the scenario's other defaults. */
export { DEFAULT_R_STAR } from '../scenario/scenario-inputs.js';
