/**
 * Plain data to JSON and back, exactly: how a shard file stores its plan and its summary without knowing
 * their shapes. A summary is nested objects and arrays of numbers, typed arrays and BigInts; a section added
 * to SweepSummary later round-trips with no change here.
 *
 * JSON holds objects, arrays, strings, booleans, null and finite numbers as they are (a double prints as the
 * shortest text that reads back to the same double, so numbers are exact). The rest becomes an object of one
 * key that starts with "$":
 *   {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"}
 *   {"$bigint": "-123"}
 *   {"$Float64Array": [1, 2, "NaN"]}   (any typed array by its class name; BigInt arrays hold decimal strings)
 * A plain object's own keys that start with "$" are written with one more "$" in front, so data can never be
 * mistaken for a tag. `undefined` object members are left out, as JSON.stringify does.
 */

const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

const SPECIAL_NUMBERS: Record<string, number> = { NaN, Infinity, '-Infinity': -Infinity, '-0': -0 };

/** Thrown by `dataFromJson` on input it did not write; `path` locates the fault. */
export class ShardDataError extends Error {
  constructor(
    readonly path: string,
    rule: string,
  ) {
    super(`${path}: ${rule}`);
  }
}

/** Encodes plain data as a JSON-ready value. Throws (a program fault) on functions, symbols, Maps, class instances. */
export function dataToJson(value: unknown, path = ''): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : { $number: specialName(value) };
    case 'bigint':
      return { $bigint: value.toString() };
    case 'string':
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((item, k) => dataToJson(item, `${path}[${k}]`));
      const typedName = typedArrayName(value);
      if (typedName !== undefined) {
        const values = Array.from(value as AnyTypedArray, (x: number | bigint) => (typeof x === 'bigint' ? x.toString() : Number.isFinite(x) && !Object.is(x, -0) ? x : specialName(x)));
        return { [`$${typedName}`]: values };
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Error(`${path}: cannot store a ${proto?.constructor?.name ?? 'non-plain object'} in a shard file`);
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(value)) {
        if (member === undefined) continue;
        define(out, key.startsWith('$') ? `$${key}` : key, dataToJson(member, path ? `${path}.${key}` : key));
      }
      return out;
    }
    default:
      throw new Error(`${path}: cannot store a ${typeof value} in a shard file`);
  }
}

/** Decodes what `dataToJson` wrote (after JSON.parse); throws a ShardDataError on anything else. */
export function dataFromJson(json: unknown, path = ''): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((item, k) => dataFromJson(item, `${path}[${k}]`));
  const keys = Object.keys(json);
  const record = json as Record<string, unknown>;
  if (keys.length === 1 && keys[0].startsWith('$') && !keys[0].startsWith('$$')) return decodeTagged(keys[0], record[keys[0]], path);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key.startsWith('$') && !key.startsWith('$$')) throw new ShardDataError(path, `unexpected key ${JSON.stringify(key)}`);
    const name = key.startsWith('$') ? key.slice(1) : key;
    define(out, name, dataFromJson(record[key], path ? `${path}.${name}` : name));
  }
  return out;
}

function decodeTagged(tag: string, body: unknown, path: string): unknown {
  if (tag === '$number') {
    if (typeof body === 'string' && Object.hasOwn(SPECIAL_NUMBERS, body)) return SPECIAL_NUMBERS[body];
    throw new ShardDataError(path, `invalid $number ${JSON.stringify(body)}`);
  }
  if (tag === '$bigint') {
    if (typeof body === 'string' && /^-?\d{1,4000}$/.test(body)) return BigInt(body);
    throw new ShardDataError(path, 'invalid $bigint');
  }
  const name = tag.slice(1);
  if (!Object.hasOwn(TYPED_ARRAYS, name)) throw new ShardDataError(path, `unknown tag ${JSON.stringify(tag)}`);
  if (!Array.isArray(body)) throw new ShardDataError(path, `${tag} must hold a list`);
  const Kind = TYPED_ARRAYS[name as TypedArrayName];
  const isBig = Kind === BigInt64Array || Kind === BigUint64Array;
  const out = new Kind(body.length);
  body.forEach((item: unknown, k: number) => {
    if (isBig) {
      if (typeof item !== 'string' || !/^-?\d{1,40}$/.test(item)) throw new ShardDataError(`${path}[${k}]`, 'expected a decimal string');
      (out as BigInt64Array)[k] = BigInt(item);
    } else if (typeof item === 'number') {
      (out as Float64Array)[k] = item;
    } else if (typeof item === 'string' && Object.hasOwn(SPECIAL_NUMBERS, item)) {
      (out as Float64Array)[k] = SPECIAL_NUMBERS[item];
    } else {
      throw new ShardDataError(`${path}[${k}]`, 'expected a number');
    }
  });
  return out;
}

function typedArrayName(value: object): TypedArrayName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  for (const name of Object.keys(TYPED_ARRAYS) as TypedArrayName[]) {
    if (Object.getPrototypeOf(value) === TYPED_ARRAYS[name].prototype) return name;
  }
  return undefined;
}

function specialName(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Sets a member without ever touching the prototype (a key may be "__proto__"). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
