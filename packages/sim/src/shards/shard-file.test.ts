import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { ReferenceEngine } from '../engine/reference-engine.js';
import { runSweep } from '../engine/run-sweep.js';
import { shardRange } from './shard-range.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { createSummary, type SweepSummary } from '../summary/sweep-summary.js';
import { decodeShardFile, encodeShardFile, SHARD_FORMAT_VERSION } from './shard-file.js';
import { mergeShardFiles, type NamedShard } from './shard-file-set.js';
import { dataFromJson, dataToJson } from './shard-file-data.js';
import { sha256Hex } from '../math/sha256.js';
import { HORIZON_VERSION } from '../version.js';
import { STREAM_VERSION } from '../random/stream-version.js';

const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function shardSummary(samples: number, index: number, count: number, seed: number): SweepSummary {
  const { first, end } = shardRange(samples, index, count);
  const summary = createSummary(plan.startYear, plan.horizonYear, plan.stocks.length);
  if (end > first) new ReferenceEngine(plan, seed).runBlock(first, end - first, summary);
  return summary;
}

function shardText(samples: number, index: number, count: number, seed = 7): string {
  return encodeShardFile(plan, seed, samples, { index, count }, shardSummary(samples, index, count, seed));
}

function named(texts: string[]): NamedShard[] {
  return texts.map((text, k) => ({ source: `s${k + 1}.shard`, file: decodeShardFile(bytes(text), `s${k + 1}.shard`) }));
}

const samples = 3 * 65536 + 100;
const three = [1, 2, 3].map((i) => shardText(samples, i, 3));

describe('shard files', () => {
  it('decodeShardFile reads back exactly what encodeShardFile wrote', () => {
    const summary = shardSummary(samples, 2, 3, 7);
    const file = decodeShardFile(bytes(three[1]), 'two');
    expect(file.summary).toEqual(summary);
    expect(file.plan).toEqual(plan);
    expect(file).toMatchObject({ scenario: 'contract-example', seed: 7, samples, shard: { index: 2, count: 3 }, sampleRange: shardRange(samples, 2, 3) });
    expect(encodeShardFile(file.plan, file.seed, file.samples, file.shard, file.summary)).toBe(three[1]);
  });

  it('a shard file is two lines: the self-describing content, then its SHA-256', () => {
    const [content, trailer, rest] = three[0].split('\n');
    expect(content.startsWith(`{"format":"horizon-shard","version":${SHARD_FORMAT_VERSION},"horizon":{"version":"${HORIZON_VERSION}","stream":${STREAM_VERSION}},"scenario":"contract-example","scenarioDigest":"sha256:`)).toBe(true);
    expect(trailer).toBe(`{"sha256":"${sha256Hex(bytes(content + '\n'))}"}`);
    expect(rest).toBe('');
  });

  it('mergeShardFiles of all shards in any order equals the unsharded run', () => {
    const whole = runSweep(plan, new ReferenceEngine(plan, 7), samples);
    for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) {
      expect(mergeShardFiles(named(order.map((k) => three[k]))).summary).toEqual(whole);
    }
  });

  it('mergeShardFiles refuses shards computed by another Horizon version or random stream', () => {
    const recheck = (text: string): string => {
      const body = text.split('\n')[0] + '\n';
      return `${body}{"sha256":"${sha256Hex(bytes(body))}"}\n`;
    };
    const otherStream = recheck(three[1].replace(`"stream":${STREAM_VERSION}}`, `"stream":${STREAM_VERSION + 1}}`));
    expect(() => mergeShardFiles(named([three[0], otherStream, three[2]]))).toThrow(/s2\.shard: was computed by horizon .* \(random stream \d+\), but s1\.shard by .*; run every shard of a run with one version/);
    const otherVersion = recheck(three[2].replace(`"version":"${HORIZON_VERSION}"`, '"version":"9.9.9"'));
    expect(() => mergeShardFiles(named([three[0], three[1], otherVersion]))).toThrow(/s3\.shard: was computed by horizon 9\.9\.9/);
    expect(mergeShardFiles(named(three)).horizon).toEqual({ version: HORIZON_VERSION, stream: STREAM_VERSION });
  });

  it('decodeShardFile refuses a shard of an older format, which did not record the Horizon version', () => {
    const older = three[0].split('\n')[0].replace(`"version":${SHARD_FORMAT_VERSION},"horizon":{"version":"${HORIZON_VERSION}","stream":${STREAM_VERSION}},`, '"version":1,') + '\n';
    expect(() => decodeShardFile(bytes(`${older}{"sha256":"${sha256Hex(bytes(older))}"}\n`), 'old.shard')).toThrow(/^old\.shard: written in shard format version 1 by an older horizon.*run this shard again$/);
  });

  it('decodeShardFile refuses every truncation of a shard file', () => {
    const full = bytes(shardText(1000, 1, 1));
    for (let length = 0; length < full.length; length += length < 200 || length > full.length - 200 ? 1 : 97) {
      expect(() => decodeShardFile(full.subarray(0, length), 'cut.shard')).toThrow(/^cut\.shard: truncated/);
    }
  });

  it('decodeShardFile refuses a file with any one byte changed', () => {
    const full = bytes(shardText(1000, 1, 1));
    fc.assert(
      fc.property(fc.nat({ max: full.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const copy = full.slice();
        copy[at] ^= flip;
        expect(() => decodeShardFile(copy, 'x.shard')).toThrow(/^x\.shard: /);
      }),
      { numRuns: 300 },
    );
  });

  it('decodeShardFile refuses a newer format version and files that are not shard files', () => {
    const newer = three[0].replace(`"version":${SHARD_FORMAT_VERSION}`, '"version":99');
    expect(() => decodeShardFile(bytes(newer), 'new.shard')).toThrow(`new.shard: written in shard format version 99, newer than this horizon reads (${SHARD_FORMAT_VERSION}); merge with a newer horizon`);
    expect(() => decodeShardFile(bytes('{"scenario": "x"}\n'), 'a.json')).toThrow(/^a\.json: not a Horizon shard file/);
    expect(() => decodeShardFile(new Uint8Array([0xff, 0xfe, 0x00]), 'b.bin')).toThrow(/^b\.bin: not a Horizon shard file/);
  });

  it('decodeShardFile refuses a well-checksummed file whose counts do not add up', () => {
    const [content] = three[0].split('\n');
    const forged = content.replace('"already":', '"already":1e9,"x":');
    const line = forged + '\n';
    expect(() => decodeShardFile(bytes(`${line}{"sha256":"${sha256Hex(bytes(line))}"}\n`), 'f.shard')).toThrow(/^f\.shard: not a valid shard file: /);
  });

  it('mergeShardFiles refuses duplicate and missing shards, and shards of other runs', () => {
    expect(() => mergeShardFiles(named([three[0], three[1], three[1]]))).toThrow('s3.shard: is shard 2/3 again, as is s2.shard; give each shard once');
    expect(() => mergeShardFiles(named([three[0], three[2]]))).toThrow('merge: shard 2 of 3 is missing; give all 3 shard files of the run');
    expect(() => mergeShardFiles(named([three[0], shardText(samples, 2, 3, 8)]))).toThrow('s2.shard: was run with seed 8, but s1.shard with 7; shards of one run share it');
    expect(() => mergeShardFiles(named([three[0], shardText(samples + 1, 2, 3)]))).toThrow(`s2.shard: was run with samples ${samples + 1}, but s1.shard with ${samples}`);
    expect(() => mergeShardFiles(named([three[0], shardText(samples, 2, 4)]))).toThrow('s2.shard: is shard 2/4, but s1.shard is shard 1/3; shards of one run share N');
    const other = compilePlan(validateScenario(SCENARIO_PRESETS.default));
    const foreign = encodeShardFile(other, 7, samples, { index: 2, count: 3 }, createSummaryFor(other, shardRange(samples, 2, 3)));
    expect(() => mergeShardFiles(named([three[0], foreign]))).toThrow(/^s2\.shard: is a shard of scenario "[^"]+" \(sha256:/);
  });
});

function createSummaryFor(p: typeof plan, range: { first: number; end: number }): SweepSummary {
  const summary = createSummary(p.startYear, p.horizonYear, p.stocks.length);
  new ReferenceEngine(p, 7).runBlock(range.first, range.end - range.first, summary);
  return summary;
}

describe('dataToJson', () => {
  const leaf = fc.oneof(
    fc.double(),
    fc.bigInt(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.float64Array({ maxLength: 8 }),
    fc.int32Array({ maxLength: 8 }),
    fc.bigInt64Array({ maxLength: 4 }),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('$x', '$$y', '$bigint', '__proto__')), tie('tree'), { maxKeys: 4, noNullPrototype: true })),
  }));

  it('dataFromJson(JSON.parse(JSON.stringify(dataToJson(x)))) equals x for nested plain data', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const back = dataFromJson(JSON.parse(JSON.stringify(dataToJson(value))));
        expect(back).toStrictEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
