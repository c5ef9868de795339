import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { SCENARIO_PRESETS } from '@horizon/sim';
import { csvRows } from '@horizon/sim/internal';
import { runCli, type RunOutcome } from './test-io.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-per-sample-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SWEEP = ['sweep', '--preset', 'contract-example', '--samples', '20000', '--seed', '5', '--format', 'json'];

let wholeRun: Promise<{ cwd: string; outcome: RunOutcome }> | undefined;
/** `SWEEP --per-sample samples.csv` in a folder of its own, run once for the tests that read its rows. */
function sweepWithSamplesCsv(): Promise<{ cwd: string; outcome: RunOutcome }> {
  wholeRun ??= (async () => {
    const cwd = mkdtempSync(join(folder, 'csv-'));
    return { cwd, outcome: await runCli([...SWEEP, '--per-sample', 'samples.csv'], { cwd }) };
  })();
  return wholeRun;
}

describe('sweep --per-sample FILE.csv', () => {
  it('writes one row per sample whose years are the ones the result counts', async () => {
    const { cwd, outcome: { code, stdout } } = await sweepWithSamplesCsv();
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(stdout).toBe((await runCli(SWEEP, { cwd })).stdout);
    const [header, ...rows] = csvRows(readFileSync(join(cwd, 'samples.csv'), 'utf8'));
    expect(header.cells).toEqual(['sample', 'demand.tokens0', 'demand.growthPerYear[0].factor', 'demand.growthPerYear[1].factor', 'training.maxEpochs', 'training.rStar', 'stocks[0].tokens0', 'stocks[0].growthPerYear', 'stocks[0].usableFraction', 'stocks[1].tokens0', 'stocks[1].growthPerYear', 'stocks[1].usableFraction', 'year:indexed-web', 'year:high-quality']);
    expect(rows.map((row) => Number(row.cells[0]))).toEqual(Array.from({ length: 20000 }, (_, k) => k));
    expect(rows.every((row) => Number(row.cells[5]) === 15.4)).toBe(true);
    for (const [s, stock] of ['indexed-web', 'high-quality'].entries()) {
      const years = rows.map((row) => row.cells[12 + s]);
      const never = years.filter((year) => year === '').length;
      expect(never / 20000).toBeCloseTo(result.stocks[stock].pNever, 6);
      // The years read as numbers once, not once per year of the CDF.
      const exhausted = years.filter((y) => y !== '').map(Number);
      for (const { year, p } of result.stocks[stock].cdf) {
        const byYear = exhausted.filter((y) => y <= year).length;
        expect(Math.round((byYear / 20000) * 1e6) / 1e6, `${stock} cdf(${year})`).toBe(p);
      }
    }
  });

  it('writes the same bytes on any thread count, the bytes the row-at-a-time writer wrote', async () => {
    const cwd = mkdtempSync(join(folder, 'threads-'));
    for (const threads of ['1', '3']) expect((await runCli([...SWEEP, '--threads', threads, '--per-sample', `t${threads}.csv`], { cwd })).code).toBe(0);
    const bytes = readFileSync(join(cwd, 't1.csv'));
    expect(readFileSync(join(cwd, 't3.csv')).equals(bytes)).toBe(true);
    // Pinned from the first writer, which formatted one row at a time on the main thread; blocks computed by
    // workers must not change a byte.
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('a3fbfa397872345696f96576464c0b9c1ecb411cb6c712b89f2763e0e98b947a');
  });

  it('writes a shard\'s own samples, so the shards\' rows are the whole run\'s', async () => {
    const cwd = mkdtempSync(join(folder, 'shards-'));
    const whole = await sweepWithSamplesCsv();
    const base = SWEEP.filter((arg) => arg !== '--format' && arg !== 'json');
    for (const index of [1, 2]) {
      expect((await runCli([...base, '--shard', `${index}/2`, '--out', `part-${index}.json`, '--per-sample', `part-${index}.csv`], { cwd })).code).toBe(0);
    }
    const [one, two] = [1, 2].map((index) => readFileSync(join(cwd, `part-${index}.csv`), 'utf8'));
    expect(one + two.slice(two.indexOf('\n') + 1)).toBe(readFileSync(join(whole.cwd, 'samples.csv'), 'utf8'));
  });

  it('refuses another extension, an existing file without --force, and the --out file, before any work', async () => {
    const cwd = mkdtempSync(join(folder, 'refuse-'));
    writeFileSync(join(cwd, 'old.csv'), 'old');
    expect(await runCli([...SWEEP, '--per-sample', 'samples.txt'], { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: "samples.txt" must end in .csv or .arrow (one row per sample)\n' });
    expect(await runCli([...SWEEP, '--per-sample', 'old.csv'], { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: "old.csv" already exists; give --force to replace it\n' });
    expect((await runCli([...SWEEP, '--per-sample', 'old.csv', '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'old.csv'), 'utf8')).toMatch(/^sample,/);
    const sharded = ['sweep', '--preset', 'contract-example', '--samples', '1e4', '--shard', '1/2', '--out', 'p.csv', '--per-sample', 'p.csv'];
    expect(await runCli(sharded, { cwd })).toMatchObject({ code: 2, stderr: '--per-sample: must name another file than --out\n' });
  });
});

/** The per-sample CSV's rows as the Arrow file should hold them: numbers, and null for an empty year. */
function csvValues(text: string): { header: string[]; rows: Array<Array<number | null>> } {
  const [header, ...rows] = csvRows(text);
  return { header: header.cells, rows: rows.map((row) => row.cells.map((cell) => (cell === '' ? null : Number(cell)))) };
}

/**
 * Rows of numbers and nulls as typed arrays: each row's length, then every cell row by row, its value (0 for
 * a null) and whether it is null. toEqual compares typed arrays in one loop each, element by element with
 * Object.is (typed-array-equality.setup.ts), so two sets of rows give equal typed arrays exactly when toEqual
 * finds the rows themselves equal, in a fraction of the time it takes over 10⁵ small arrays.
 */
function packedRows(rows: Array<Array<number | null>>): { lengths: Uint32Array; values: Float64Array; nulls: Uint8Array } {
  const lengths = Uint32Array.from(rows, (row) => row.length);
  const cells = rows.flat();
  return { lengths, values: Float64Array.from(cells, (cell) => cell ?? 0), nulls: Uint8Array.from(cells, (cell) => (cell === null ? 1 : 0)) };
}

/** The Arrow file's rows, the sample index (a 64-bit integer) as a number. */
function arrowValues(bytes: Uint8Array): { header: string[]; rows: Array<Array<number | null>> } {
  const table = tableFromIPC(bytes);
  const columns = table.schema.fields.map((field) => table.getChild(field.name)!.toArray() as ArrayLike<unknown>);
  const nulls = table.schema.fields.map((field) => table.getChild(field.name)!);
  const rows = Array.from({ length: table.numRows }, (_, i) => columns.map((column, c) => (nulls[c].isValid(i) ? Number(column[i]) : null)));
  return { header: table.schema.fields.map((field) => field.name), rows };
}

describe('sweep --per-sample FILE.arrow', () => {
  it('writes an Arrow IPC file with the CSV\'s columns and values, null where the CSV is empty', async () => {
    const cwd = mkdtempSync(join(folder, 'arrow-'));
    const compute = ['sweep', '--preset', 'villalobos2024-compute', '--samples', '40000', '--seed', '3', '--format', 'json'];
    for (const out of ['samples.csv', 'samples.arrow']) expect((await runCli([...compute, '--per-sample', out], { cwd })).code).toBe(0);
    // A horizon in 2029: the indexed web is not exhausted by then in some samples, whose years are empty.
    writeFileSync(join(cwd, 'near.json'), JSON.stringify({ ...(SCENARIO_PRESETS['contract-example'] as object), horizonYear: 2029 }));
    const near = ['sweep', '--scenario', 'near.json', '--samples', '20000', '--seed', '4', '--format', 'json'];
    for (const out of ['near.csv', 'near.arrow']) expect((await runCli([...near, '--per-sample', out], { cwd })).code).toBe(0);
    // Each CSV read once, for every check below.
    const csvs = Object.fromEntries(['samples', 'near'].map((name) => [name, csvValues(readFileSync(join(cwd, `${name}.csv`), 'utf8'))]));
    for (const name of ['samples', 'near']) {
      const bytes = readFileSync(join(cwd, `${name}.arrow`));
      // The file format (not the stream format): magic bytes at both ends, a footer that indexes the batches.
      expect(bytes.subarray(0, 6).toString('latin1')).toBe('ARROW1');
      expect(bytes.subarray(-6).toString('latin1')).toBe('ARROW1');
      const arrow = arrowValues(bytes);
      const csv = csvs[name];
      expect(arrow.header).toEqual(csv.header);
      expect(arrow.rows.length).toBe(csv.rows.length);
      expect(packedRows(arrow.rows)).toEqual(packedRows(csv.rows));
    }
    expect(csvs.near.rows.filter((row) => row.includes(null)).length).toBeGreaterThan(1000);
    const table = tableFromIPC(readFileSync(join(cwd, 'samples.arrow')));
    expect(table.schema.fields.map((field) => [String(field.type), field.nullable])).toEqual(csvs.samples.header.map((name, c) => (c === 0 ? ['Int64', false] : ['Float64', name.startsWith('year:')])));
  });

  it('writes the same bytes on any thread count, and a shard\'s rows are the whole run\'s', async () => {
    const cwd = mkdtempSync(join(folder, 'arrow-threads-'));
    for (const threads of ['1', '3']) expect((await runCli([...SWEEP, '--threads', threads, '--per-sample', `t${threads}.arrow`], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 't3.arrow')).equals(readFileSync(join(cwd, 't1.arrow')))).toBe(true);
    const base = SWEEP.filter((arg) => arg !== '--format' && arg !== 'json');
    for (const index of [1, 2]) expect((await runCli([...base, '--shard', `${index}/2`, '--out', `part-${index}.json`, '--per-sample', `part-${index}.arrow`], { cwd })).code).toBe(0);
    const parts = [1, 2].map((index) => arrowValues(readFileSync(join(cwd, `part-${index}.arrow`))).rows);
    expect(packedRows([...parts[0], ...parts[1]])).toEqual(packedRows(arrowValues(readFileSync(join(cwd, 't1.arrow'))).rows));
  });
});
