import { BLOCK_SIZE } from '@horizon/sim';

/** Samples in the first block: small enough to come back within a frame or two, large enough to draw. */
export const FIRST_BLOCK = 1024;

/**
 * Samples per later block. A quarter of the CLI's BLOCK_SIZE, so that a cancelled run frees its workers
 * within one such block (about 30 ms on the reference engine) and progress is smooth on few cores.
 */
export const CHUNK = BLOCK_SIZE / 4;

/**
 * Samples per later block on the WebAssembly kernel: the CLI's BLOCK_SIZE. The kernel does such a block in about
 * the time the reference engine takes for a CHUNK, so a cancel is as quick, and each kernel call has a fixed cost
 * (clearing and folding the drivers' accumulators) that 16,384-sample blocks pay four times.
 */
export const KERNEL_CHUNK = BLOCK_SIZE;

export interface Block {
  readonly first: number;
  readonly count: number;
  /** Run without the optional sections and not merged: a quick first answer (see withPreview). */
  readonly preview: boolean;
}

/**
 * The schedule with a preview block in front when the run asks for optional sections: the first FIRST_BLOCK
 * samples without them, which returns in a frame or two while the sections' set-up (sensitivity bins from every
 * input's quantiles) and first blocks run on the other workers. Its summary is drawn, never merged.
 */
export function withPreview(blocks: Block[], wantsSections: boolean): Block[] {
  return wantsSections && blocks.length > 1 ? [{ first: 0, count: FIRST_BLOCK, preview: true }, ...blocks] : blocks;
}

/**
 * Splits [0, samples) into blocks [first, count) that grow from FIRST_BLOCK to `chunk` (CHUNK, or KERNEL_CHUNK on
 * the kernel). Sample i depends only on (seed, i) (the Engine contract), so any split adds up to the CLI's counts.
 */
export function blockSchedule(samples: number, chunk: number = CHUNK): Block[] {
  const blocks: Block[] = [];
  let first = 0;
  let size = FIRST_BLOCK;
  while (first < samples) {
    const count = Math.min(size, samples - first);
    blocks.push({ first, count, preview: false });
    first += count;
    size = Math.min(chunk, size * 4);
  }
  return blocks;
}
