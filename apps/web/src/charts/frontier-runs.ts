import { csvRows, decimalYear } from '@horizon/sim/internal';
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
  const [header, ...rows] = csvRows(text);
  const at = (name: string) => header.cells.indexOf(name);
  return rows.map(({ cells, line }) => {
    const year = decimalYear(cells[at('date')]);
    const tokens = Number(cells[at('training_tokens')]);
    if (year === null || !(tokens > 0)) throw new Error(`frontier-runs.csv: bad row on line ${line}`);
    return { model: cells[at('model')], year, tokens, multimodal: cells[at('modality')] === 'multimodal' };
  });
}
