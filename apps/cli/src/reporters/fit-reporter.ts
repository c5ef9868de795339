import { FIT_QUANTITIES, TOKENS_PER_PARAMETER_FLOPS, type FitQuantity, type FitSummary, inputError } from '@horizon/sim/internal';

/** What `horizon fit` reports. */
export interface FitReport {
  /** The runs file, as given. */
  readonly source: string;
  /** Runs fitted, and runs dropped by `--max-loss`. */
  readonly runs: number;
  readonly droppedRuns: number;
  readonly maxLoss: number | null;
  readonly starts: number;
  readonly seed: number;
  /** The draws file, as given. */
  readonly out: string;
  /** Summed Huber loss at the optimum, and whether the optimiser's convergence test passed there. */
  readonly objective: number;
  readonly converged: boolean;
  /** Bootstrap refits whose optimum passed the convergence test. */
  readonly convergedRefits: number;
  readonly summary: FitSummary;
}

/** Turns a fit's report into the text printed on stdout. */
export type FitReporter = (report: FitReport) => string;

const LABELS: Readonly<Record<FitQuantity, string>> = {
  E: 'E',
  A: 'A',
  B: 'B',
  alpha: 'alpha',
  beta: 'beta',
  a: 'a = beta/(alpha+beta)',
  b: 'b = alpha/(alpha+beta)',
  tokensPerParameter: `tokens/param at ${TOKENS_PER_PARAMETER_FLOPS.toExponential().replace('e+', 'e')} FLOP`,
};

/** The formats of `horizon fit` and `horizon trend` (a table or JSON; their draws go to --out as CSV). */
export const FIT_FORMATS = ['table', 'json'] as const;

/** `--format` if given (refused unless one of FIT_FORMATS), else a table on a terminal and JSON in a pipe. */
export function fitFormat(format: string | undefined, stdoutIsTTY: boolean): (typeof FIT_FORMATS)[number] {
  const chosen = format ?? (stdoutIsTTY ? 'table' : 'json');
  const known = FIT_FORMATS.find((name) => name === chosen);
  if (known === undefined) throw inputError('notAChoice', '--format', FIT_FORMATS, JSON.stringify(chosen));
  return known;
}

/** Picks the fit's reporter once: `--format` if given, else a table on a terminal and JSON in a pipe. */
export function createFitReporter(format: string | undefined, stdoutIsTTY: boolean): FitReporter {
  return fitFormat(format, stdoutIsTTY) === 'table' ? fitTable : fitJson;
}

/** The point estimate and 90% intervals, one quantity a row. */
export function fitTable(report: FitReport): string {
  const { summary } = report;
  const dropped = report.droppedRuns > 0 ? ` (${report.droppedRuns} with loss ≥ ${report.maxLoss} dropped)` : '';
  const lines = [
    `Fit of L(N, D) = E + A/N^alpha + B/D^beta to ${report.runs} runs of ${report.source}${dropped}`,
    `${report.starts.toLocaleString('en-US')} starts, ${summary.refits.toLocaleString('en-US')} bootstrap refits, seed ${report.seed}`,
    '',
    `${''.padEnd(27)}${'estimate'.padStart(10)}   90% interval`,
  ];
  for (const q of FIT_QUANTITIES) {
    const interval = summary.intervals ? `${format(summary.intervals[q].p5)} – ${format(summary.intervals[q].p95)}` : '';
    lines.push(`${LABELS[q].padEnd(27)}${format(summary.point[q]).padStart(10)}   ${interval}`);
  }
  const name = report.out.split(/[\\/]/).pop() ?? report.out;
  lines.push('', `Draws: ${summary.refits.toLocaleString('en-US')} rows in ${report.out}, for "scalingLaw": {"samples": ${JSON.stringify(name)}} in a scenario in the same folder`);
  return `${lines.join('\n')}\n`;
}

/** The same as JSON, numbers at full precision. */
export function fitJson(report: FitReport): string {
  const { summary } = report;
  return `${JSON.stringify(
    {
      source: report.source,
      runs: report.runs,
      droppedRuns: report.droppedRuns,
      maxLoss: report.maxLoss,
      starts: report.starts,
      bootstrap: summary.refits,
      seed: report.seed,
      out: report.out,
      objective: report.objective,
      converged: report.converged,
      convergedRefits: report.convergedRefits,
      tokensPerParameterFlops: TOKENS_PER_PARAMETER_FLOPS,
      estimate: summary.point,
      intervals: summary.intervals,
    },
    null,
    2,
  )}\n`;
}

/** Five significant digits, never an exponent for the magnitudes a law has. */
function format(value: number): string {
  return String(Number(value.toPrecision(5)));
}
