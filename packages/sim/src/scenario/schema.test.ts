import { describe, expect, it } from 'vitest';
import { DIST_KINDS, NormalSchema, LognormalSchema, UniformSchema, LoguniformSchema, TriangularSchema } from './schema.js';
import { DIST_PARAMETERS, SIMPLE_DIST_KINDS } from '../distributions/dist-parameters.js';

describe('the scenario schema', () => {
  it('takes for each simple kind the parameters DIST_PARAMETERS names', () => {
    const schemas = { normal: NormalSchema, lognormal: LognormalSchema, uniform: UniformSchema, loguniform: LoguniformSchema, triangular: TriangularSchema };
    for (const [kind, schema] of Object.entries(schemas)) {
      expect([...DIST_PARAMETERS[kind as keyof typeof schemas]].sort(), kind).toEqual(Object.keys(schema.shape).sort());
    }
  });

  it('has the kinds SIMPLE_DIST_KINDS lists, and the mixture', () => {
    expect([...SIMPLE_DIST_KINDS, 'mixture']).toEqual([...DIST_KINDS]);
  });
});
