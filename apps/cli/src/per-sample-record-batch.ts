import { Field, Float64, Int64, RecordBatch, Schema, Struct, makeData } from 'apache-arrow';
import type { PerSampleTable } from '@horizon/sim';

/**
 * The Arrow schema of `--per-sample FILE.arrow`: the CSV's columns, `sample` as a 64-bit integer, the inputs
 * as doubles, and each stock's year as a nullable double (null for never, as the CSV's empty cell).
 */
export function perSampleSchema(table: PerSampleTable): Schema {
  const yearsFrom = 1 + table.inputCount;
  return new Schema(table.columns.map((name, c) => (c === 0 ? new Field(name, new Int64(), false) : new Field(name, new Float64(), c >= yearsFrom))));
}

/** Builds a record batch from a per-sample task's columns; the batch is valid until the next call. */
export type PerSampleBatcher = (columns: Float64Array, count: number) => RecordBatch;

/**
 * Record batches of the per-sample rows, made from a task's columns (perSampleColumns: column c at
 * [c · count, (c + 1) · count)) without allocating per batch: every buffer is a view of `columns`, which is
 * rewritten in place (sample indexes as 64-bit integers, never years as 0 under a null), and the validity
 * bitmaps are reused. So a batch must be written out before the next one is made, as the Arrow file writer's
 * `write` does. Allocating them afresh would leave tens of megabytes of dead buffers between collections.
 */
export function createPerSampleBatcher(schema: Schema, table: PerSampleTable): PerSampleBatcher {
  const yearsFrom = 1 + table.inputCount;
  let validity: Uint8Array[] = [];
  return (columns, count) => {
    if (validity.length === 0 || validity[0].length < Math.ceil(count / 8)) validity = schema.fields.map(() => new Uint8Array(Math.ceil(count / 8)));
    const children = schema.fields.map((field, c) => {
      const values = columns.subarray(c * count, (c + 1) * count);
      if (c === 0) return makeData({ type: new Int64(), length: count, nullCount: 0, data: sampleIndexesInPlace(values) });
      if (c < yearsFrom) return makeData({ type: new Float64(), length: count, nullCount: 0, data: values });
      const bitmap = validity[c].subarray(0, Math.ceil(count / 8));
      const nullCount = finiteValidity(values, bitmap);
      return makeData({ type: new Float64(), length: count, nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined, data: values });
    });
    return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: count, nullCount: 0, children }));
  };
}

/**
 * Rewrites sample indexes (integers below 2^44, held exactly as doubles) in place as little-endian 64-bit
 * integers, the byte order of Arrow files: the low 32 bits, then the high. Each value keeps its 8 bytes.
 */
function sampleIndexesInPlace(values: Float64Array): BigInt64Array {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const index = values[i];
    words[2 * i] = index >>> 0;
    words[2 * i + 1] = Math.floor(index / 2 ** 32);
  }
  return new BigInt64Array(values.buffer, values.byteOffset, values.length);
}

/**
 * Fills Arrow's validity bitmap (bit i set: row i has a value, least significant bit first) for the finite
 * values and returns the null count; +Infinity (never) is null and set to 0 underneath.
 */
function finiteValidity(values: Float64Array, bitmap: Uint8Array): number {
  bitmap.fill(0);
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === Infinity) {
      values[i] = 0;
      nullCount++;
    } else {
      bitmap[i >> 3] |= 1 << (i & 7);
    }
  }
  return nullCount;
}
