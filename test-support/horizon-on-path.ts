import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An environment with a `horizon` command on the PATH, as a user has it after installing: a shell script in
 * `folder`/bin that runs `cliBin` (the CLI's bin/horizon.js) with this process's Node.
 */
export function horizonOnPath(folder: string, cliBin: string): NodeJS.ProcessEnv {
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'horizon'), `#!/bin/sh\nexec "${process.execPath}" "${cliBin}" "$@"\n`);
  chmodSync(join(bin, 'horizon'), 0o755);
  return { ...process.env, PATH: `${bin}:${process.env.PATH}` };
}
