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

/**
 * One record batch of `count` rows from a per-sample task's columns (perSampleColumns: column c at
 * [c · count, (c + 1) · count)). The buffers are views of `columns` where the types match, so building a
 * batch copies only the sample index and the year columns' validity.
 */
export function perSampleRecordBatch(schema: Schema, table: PerSampleTable, columns: Float64Array, count: number): RecordBatch {
  const yearsFrom = 1 + table.inputCount;
  const children = schema.fields.map((field, c) => {
    const values = columns.subarray(c * count, (c + 1) * count);
    if (c === 0) return makeData({ type: new Int64(), length: count, nullCount: 0, data: sampleIndexes(values) });
    if (c < yearsFrom) return makeData({ type: new Float64(), length: count, nullCount: 0, data: values });
    const { validity, nullCount } = finiteValidity(values);
    return makeData({ type: new Float64(), length: count, nullCount, nullBitmap: nullCount > 0 ? validity : undefined, data: values });
  });
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: count, nullCount: 0, children }));
}

/**
 * Sample indexes (integers below 2^44, held exactly as doubles) as little-endian 64-bit integers, the byte
 * order of Arrow files: the low 32 bits, then the high.
 */
function sampleIndexes(values: Float64Array): BigInt64Array {
  const words = new Uint32Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    words[2 * i] = values[i] >>> 0;
    words[2 * i + 1] = Math.floor(values[i] / 2 ** 32);
  }
  return new BigInt64Array(words.buffer);
}

/** Arrow's validity bitmap (bit i set: row i has a value, least significant bit first) of the finite values; +Infinity (never) is null and set to 0 underneath. */
function finiteValidity(values: Float64Array): { validity: Uint8Array; nullCount: number } {
  const validity = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === Infinity) {
      values[i] = 0;
      nullCount++;
    } else {
      validity[i >> 3] |= 1 << (i & 7);
    }
  }
  return { validity, nullCount };
}
