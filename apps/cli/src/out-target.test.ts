import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOutTarget, writeOutTarget } from './out-target.js';
import { runCli } from './test-io.js';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'horizon-out-target-'));
  writeFileSync(join(folder, 'old.json'), 'old');
  writeFileSync(join(folder, 'scenario.json'), '{}');
  execFileSync('mkfifo', [join(folder, 'fifo')]);
  symlinkSync(join(folder, 'old.json'), join(folder, 'link.json'));
  mkdirSync(join(folder, 'sub'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const check = (out: string, force = false, inputs: string[] = []) => () => checkOutTarget(folder, '--out', out, force, inputs);

describe('checkOutTarget', () => {
  it('accepts a new path, and an existing regular file only with --force', () => {
    expect(check('new.json')().path).toBe(join(folder, 'new.json'));
    expect(check('old.json')).toThrow('--out: "old.json" already exists; give --force to replace it');
    expect(check('old.json', true)().replace).toBe(true);
  });

  it('never replaces a device, a named pipe, a symbolic link or a folder, --force or not', () => {
    for (const force of [false, true]) {
      expect(check('/dev/null', force)).toThrow('--out: "/dev/null" is a device, not a regular file; horizon writes only regular files');
      expect(check('/dev/full', force)).toThrow(/is a device/);
      expect(check('fifo', force)).toThrow('--out: "fifo" is a named pipe (FIFO), not a regular file; horizon writes only regular files');
      expect(check('link.json', force)).toThrow('--out: "link.json" is a symbolic link; horizon replaces only regular files, so give the path it points to');
      expect(check('sub', force)).toThrow('--out: "sub" is a folder; give a file name');
    }
  });

  it('never replaces a file the command reads, --force or not', () => {
    expect(check('scenario.json', true, ['scenario.json'])).toThrow('--out: "scenario.json" is the file this command reads; write to another file');
    expect(check('./sub/../scenario.json', true, ['scenario.json'])).toThrow(/is "scenario.json", the file this command reads/);
  });

  it('refuses a missing folder, and a folder where no file can be created, before any work', () => {
    expect(check('nowhere/out.json')).toThrow('--out: cannot write "nowhere/out.json": its folder "nowhere" does not exist');
    expect(check('old.json/out.json')).toThrow('--out: cannot write "old.json/out.json": its folder "old.json" is not a folder');
    expect(() => checkOutTarget('/', '--out', '/proc/horizon-out.json', false)).toThrow(/^--out: cannot write "\/proc\/horizon-out.json": /);
  });
});

describe('writeOutTarget', () => {
  it('writes a new file whole, and leaves no temporary file', () => {
    const cwd = mkdtempSync(join(folder, 'write-'));
    writeOutTarget(checkOutTarget(cwd, '--out', 'a.json', false), 'content');
    expect(readFileSync(join(cwd, 'a.json'), 'utf8')).toBe('content');
    expect(readdirSync(cwd)).toEqual(['a.json']);
  });

  it('does not replace a file created after the check unless --force was given', () => {
    const cwd = mkdtempSync(join(folder, 'write-'));
    const target = checkOutTarget(cwd, '--out', 'a.json', false);
    writeFileSync(join(cwd, 'a.json'), 'theirs');
    expect(() => writeOutTarget(target, 'ours')).toThrow('--out: cannot write "a.json": it was created by something else meanwhile; give --force to replace it; nothing was written');
    expect(readFileSync(join(cwd, 'a.json'), 'utf8')).toBe('theirs');
    expect(readdirSync(cwd)).toEqual(['a.json']);
  });

  it('does not replace a path that became a named pipe after the check, even with --force', () => {
    const cwd = mkdtempSync(join(folder, 'write-'));
    writeFileSync(join(cwd, 'a.json'), 'old');
    const target = checkOutTarget(cwd, '--out', 'a.json', true);
    rmSync(join(cwd, 'a.json'));
    execFileSync('mkfifo', [join(cwd, 'a.json')]);
    expect(() => writeOutTarget(target, 'ours')).toThrow('--out: cannot write "a.json": it is no longer a regular file; nothing was written');
    expect(lstatSync(join(cwd, 'a.json')).isFIFO()).toBe(true);
    expect(readdirSync(cwd)).toEqual(['a.json']);
  });
});

describe('sweep --shard --out and fit --out', () => {
  it('refuse an existing file before any work, and replace it with --force', async () => {
    const cwd = mkdtempSync(join(folder, 'cli-'));
    writeFileSync(join(cwd, 'part.json'), 'old');
    const args = ['sweep', '--preset', 'contract-example', '--samples', '1e4', '--shard', '1/2', '--out', 'part.json'];
    expect(await runCli(args, { cwd })).toEqual({ code: 2, stdout: '', stderr: '--out: "part.json" already exists; give --force to replace it\n' });
    expect(readFileSync(join(cwd, 'part.json'), 'utf8')).toBe('old');
    expect((await runCli([...args, '--force'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'part.json'), 'utf8')).toMatch(/^\{"format":"horizon-shard"/);
  });

  it('never write over the scenario being run or the runs being fitted', async () => {
    const cwd = mkdtempSync(join(folder, 'cli-'));
    writeFileSync(join(cwd, 'runs.csv'), 'params,tokens,loss\n');
    const fit = await runCli(['fit', 'runs.csv', '--out', 'runs.csv', '--force'], { cwd });
    expect(fit).toMatchObject({ code: 2, stderr: '--out: "runs.csv" is the file this command reads; write to another file\n' });
    expect(readFileSync(join(cwd, 'runs.csv'), 'utf8')).toBe('params,tokens,loss\n');
    expect(existsSync(join(cwd, 'draws.csv'))).toBe(false);
  });

  it('--force without --out is a usage error', async () => {
    expect(await runCli(['sweep', '--force'])).toMatchObject({ code: 2, stderr: '--force: allows --out or --per-sample to replace an existing file, so it needs one of them\n' });
  });
});
