import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test-io.js';

/**
 * The built `horizon` as a process among others: a reader that stops early (EPIPE), a full disk (/dev/full),
 * a short write (a file-size limit set with `ulimit -f`, its signal ignored so the write itself fails, as on
 * a nearly full disk), and SIGTERM on a terminal (a pseudo-terminal from util-linux's `script`). Needs the
 * built CLI (`npm run build`).
 */
const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../bin/horizon.js');
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-unix-'));
  // The shard files the merges read; writing them is not what is checked, so it runs in-process.
  for (const index of [1, 2]) {
    expect((await runCli(['sweep', '--preset', 'contract-example', '--samples', '2e4', '--shard', `${index}/2`, '--out', `part-${index}.json`], { cwd: folder })).code).toBe(0);
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs horizon with its stdout a pipe whose reader has already gone. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stderr }));
  });
}

const STDOUT_COMMANDS = [
  ['schema'],
  ['presets'],
  ['--help'],
  ['--version'],
  ...['json', 'csv', 'table'].map((format) => ['sweep', '--samples', '1e4', '--format', format]),
  ...['json', 'csv', 'table'].map((format) => ['merge', 'part-1.json', 'part-2.json', '--format', format]),
];

describe('a closed standard output', () => {
  it.each(STDOUT_COMMANDS.map((args) => [args.join(' '), args]))('ends horizon %s quietly with status 0', async (_, args) => {
    const { code, stderr } = await withClosedStdout(args as string[]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|error|at /);
  });
});

describe('a failed or short write', () => {
  it.each([['schema'], ['sweep', '--samples', '1e4', '--format', 'json'], ['merge', 'part-1.json', 'part-2.json']])('to a full disk (/dev/full) is exit 2 with one line: horizon %s', (...args) => {
    const result = spawnSync('bash', ['-c', `exec "${process.execPath}" "${BIN}" "$@" > /dev/full`, 'horizon', ...args], { cwd: folder, encoding: 'utf8' });
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('stdout: cannot write the output (no space left on the device); nothing was written');
    expect(lines.filter((line) => !line.startsWith('horizon: '))).toHaveLength(1);
  });

  it('cut short by a file-size limit is exit 2 with one line saying how much was written', () => {
    const result = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 8; exec "${process.execPath}" "${BIN}" schema > schema.json`], { cwd: folder, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('stdout: cannot write the output (the file would exceed the largest size allowed); only the first 8192 bytes were written, and they are incomplete\n');
    expect(statSync(join(folder, 'schema.json')).size).toBe(8192);
  });

  it('to a shard file leaves no file at all', () => {
    const cwd = mkdtempSync(join(folder, 'limit-'));
    const result = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 4; exec "${process.execPath}" "${BIN}" sweep --preset contract-example --samples 1e4 --shard 1/1 --out part.json`], { cwd, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('--out: cannot write "part.json": the file would exceed the largest size allowed; nothing was written');
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(cwd, 'part.json'))).toBe(false);
  });
});

describe('SIGTERM on a terminal', () => {
  it('stops the sweep as Ctrl-C does: the cursor comes back, the bar\'s line is cleared, status 143', async () => {
    // `script` gives horizon a terminal of 80 columns; stdout goes to /dev/null, so the terminal shows stderr only.
    const command = `stty cols 80 rows 24; exec "${process.execPath}" "${BIN}" sweep --samples 1e11 --threads 1 > /dev/null`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const closed = new Promise<number | null>((done) => child.on('close', done));
    await waitFor(() => output.includes('\x1b[?25l') && /horizon .* 0% /.test(output));
    const horizon = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim().split('\n')[0];
    process.kill(Number(horizon), 'SIGTERM');
    expect(await closed).toBe(143);
    const afterBar = output.slice(output.lastIndexOf('\x1b[?25l'));
    expect(afterBar).toContain('\x1b[?25h');
    expect(afterBar).toContain('\x1b[2K');
    expect(output).toContain('horizon: interrupted');
    // eslint-disable-next-line no-control-regex
    for (const line of output.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '\n').split(/[\r\n]/)) expect(line.length).toBeLessThanOrEqual(80);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 60_000) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 50));
  }
}
