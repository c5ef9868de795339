import { decimalYear, splitCsvLine } from '@horizon/sim';
import csv from '../../../../data/frontier-runs.csv?raw';

/** A historical frontier training run (data/frontier-runs.csv, whose README gives each row's source). */
export interface FrontierRun {
  readonly model: string;
  /** Announcement date as a decimal year. */
  readonly year: number;
  readonly tokens: number;
  /** The source counts image and video tokens too. */
  readonly multimodal: boolean;
}

/** The runs of the shipped CSV, parsed once (the file is the project's own, so a bad row is a fault). */
export function frontierRuns(text: string = csv): FrontierRun[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const columns = splitCsvLine(header);
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = splitCsvLine(row);
    const year = decimalYear(cells[at('date')]);
    const tokens = Number(cells[at('training_tokens')]);
    if (year === null || !(tokens > 0)) throw new Error(`frontier-runs.csv: bad row ${row}`);
    return { model: cells[at('model')], year, tokens, multimodal: cells[at('modality')] === 'multimodal' };
  });
}
