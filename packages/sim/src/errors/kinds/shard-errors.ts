import { fixedKind, kind, quote } from '../error-kind.js';

const SHARD = 'the shard file';
const RERUN = 'run this shard again';

/** Errors reading shard files and merging them (horizon merge), and the size limits of a shard's sections. */
export const SHARD_ERRORS = {
  shardTooBig: kind(SHARD, 'is <size>, too large to be a shard file (at most <limit> MB)', (size: string, limitMb: number) => `is ${size}, too large to be a shard file (at most ${limitMb} MB)`),
  shardFolder: kind(SHARD, 'is a folder, not a shard file', () => 'is a folder, not a shard file'),
  shardEmpty: kind(SHARD, `truncated: the file is empty; ${RERUN}`, () => `truncated: the file is empty; ${RERUN}`),
  shardTruncated: kind(SHARD, `truncated or corrupted: its checksum line is missing; ${RERUN}`, () => `truncated or corrupted: its checksum line is missing; ${RERUN}`),
  shardChecksum: kind(SHARD, `truncated or corrupted: its checksum does not match its content; ${RERUN}`, () => `truncated or corrupted: its checksum does not match its content; ${RERUN}`),
  shardNotJson: kind(SHARD, 'corrupted: its content is not valid JSON although its checksum matches', () => 'corrupted: its content is not valid JSON although its checksum matches'),
  notAShard: kind(
    SHARD,
    'not a Horizon shard file (those start with <the format\'s first bytes>…); write one with horizon sweep --shard I/N --out FILE',
    (magic: string) => `not a Horizon shard file (those start with ${magic}…); write one with horizon sweep --shard I/N --out FILE`,
  ),
  shardVersionNewer: kind(
    SHARD,
    'written in shard format version <v>, newer than this horizon reads (<version>); merge with a newer horizon',
    (version: number, readable: number) => `written in shard format version ${version}, newer than this horizon reads (${readable}); merge with a newer horizon`,
  ),
  shardVersionOlder: kind(
    SHARD,
    `written in shard format version <v> by an older horizon, which did not record its version; ${RERUN}`,
    (version: number) => `written in shard format version ${version} by an older horizon, which did not record its version; ${RERUN}`,
  ),
  shardInvalid: kind(
    SHARD,
    'not a valid shard file: <its format version is not a whole number | unknown format version <v> | <the path in the file>: <the rule it breaks>>',
    (why: string) => `not a valid shard file: ${why}`,
  ),
  shardOtherScenario: kind(
    SHARD,
    'is a shard of <scenario "name" | a different version of scenario "name"> (<digest>…), not of "<name>" (<digest>…) like <the first shard>',
    (which: string, digest: string, expectedName: string, expectedDigest: string, first: string) => `is a shard of ${which} (${digest}…), not of ${quote(expectedName)} (${expectedDigest}…) like ${first}`,
  ),
  shardOtherVersion: kind(
    SHARD,
    'was computed by horizon <version> (random stream <s>), but <the first shard> by <version> (stream <s>); run every shard of a run with one version',
    (version: string, stream: number, first: string, firstVersion: string, firstStream: number) =>
      `was computed by horizon ${version} (random stream ${stream}), but ${first} by ${firstVersion} (stream ${firstStream}); run every shard of a run with one version`,
  ),
  shardOtherSetting: kind(
    SHARD,
    'was run with <seed | samples> <value>, but <the first shard> with <value>; shards of one run share it',
    (what: string, value: number, first: string, other: number) => `was run with ${what} ${value}, but ${first} with ${other}; shards of one run share it`,
  ),
  shardOtherCount: kind(SHARD, 'is shard <I/N>, but <the first shard> is shard <I/N>; shards of one run share N', (shard: string, first: string, firstShard: string) => `is shard ${shard}, but ${first} is shard ${firstShard}; shards of one run share N`),
  shardOtherAxes: kind(SHARD, 'was run with other --vary axes than <the first shard>; shards of one run share them', (first: string) => `was run with other --vary axes than ${first}; shards of one run share them`),
  shardOtherShape: kind(
    SHARD,
    'its <section> differs in shape from <the first shard>\'s; were the shards run with the same options?',
    (section: string, first: string) => `its ${section} differs in shape from ${first}'s; were the shards run with the same options?`,
  ),
  shardTwice: kind(
    SHARD,
    '<is given twice | is shard <I/N> again, as is <other file>>; give each shard once',
    (again: string | undefined) => `${again === undefined ? 'is given twice' : `is shard ${again}`}; give each shard once`,
  ),
  noShards: fixedKind('merge', 'give the shard files to merge'),
  shardsMissing: kind(
    'merge',
    'shard[s] <I, J, …> of <N> is | are missing; give all <N> shard files of the run',
    (missing: readonly number[], count: number) => {
      const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
      return `shard${missing.length === 1 ? '' : 's'} ${list} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing; give all ${count} shard files of the run`;
    },
  ),
  trajectoriesTooBig: kind(
    '--trajectories',
    'would need <size> for <n> stocks with schedules of up to <m> segments, at most <limit> MB; use fewer stocks or segments',
    (size: string, stocks: number, segments: number, limit: string) => `would need ${size} for ${stocks} stocks with schedules of up to ${segments} segments, ${limit}; use fewer stocks or segments`,
  ),
  explainTooBig: kind(
    '--explain',
    'would need <size> for <n> inputs × <m> stocks, at most <limit> MB; use fewer stocks or schedule segments',
    (size: string, inputs: number, stocks: number, limit: string) => `would need ${size} for ${inputs} inputs × ${stocks} stocks, ${limit}; use fewer stocks or schedule segments`,
  ),
} as const;
