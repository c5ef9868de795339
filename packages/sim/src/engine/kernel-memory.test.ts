import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../scenario/validate-scenario.js';
import { compilePlan } from '../model/compile-plan.js';
import { SCENARIO_PRESETS } from '../presets/presets.js';
import { zigguratTables } from '../random/normal-ziggurat.js';
import { SENSITIVITY_BINS } from '../summary/sensitivity-accumulator.js';
import { AGREEMENT_SCENARIOS, LAW_ROWS } from './agreement-scenarios.fixture.js';
import { encodePlan } from './encode-plan.js';
import { ADDRESS_COUNT, REGION_ALIGN, ZIGGURAT_TABLE_F64 } from './kernel-layout-constants.js';
import { kernelMemoryLayout, type KernelMemoryLayout } from './kernel-memory.js';

const plans = Object.entries({ ...SCENARIO_PRESETS, ...AGREEMENT_SCENARIOS }).map(
  ([name, scenario]) => [name, encodePlan(compilePlan(validateScenario(scenario), { lawSamples: () => LAW_ROWS }))] as const,
);

/** Throws unless every region lies in [heapBase, byteLength), starts aligned and ends before the next begins. */
function expectRegionsApart(layout: KernelMemoryLayout, heapBase: number): void {
  const regions = [...layout.regions].sort((a, b) => a.at - b.at);
  let end = heapBase;
  for (const region of regions) {
    expect(region.at % REGION_ALIGN, region.name).toBe(0);
    expect(region.at, `${region.name} starts after the region before it ends`).toBeGreaterThanOrEqual(end);
    expect(region.bytes, region.name).toBeGreaterThanOrEqual(0);
    end = region.at + region.bytes;
  }
  expect(end).toBeLessThanOrEqual(layout.byteLength);
}

describe('kernelMemoryLayout(heapBase, plan, yearsCapacity, sections)', () => {
  it('sizes the ziggurat region for the tables TypeScript writes', () => {
    const { x, ratio, f } = zigguratTables;
    expect(x.length + ratio.length + f.length).toBe(ZIGGURAT_TABLE_F64);
  });

  it.each(plans)('%s: every region is in bounds, aligned and apart, with and without sensitivity', (_, encoded) => {
    for (const inputs of [0, 1, 7]) {
      const layout = kernelMemoryLayout(1234, encoded, 4096, { sensitivityInputs: inputs, sensitivityBins: SENSITIVITY_BINS });
      expectRegionsApart(layout, 1234);
    }
  });

  it.each(plans)('%s: every region is in bounds, aligned and apart, with a pick-freeze design', (_, encoded) => {
    for (const design of [{ inputs: 0, slots: 0 }, { inputs: 1, slots: 1 }, { inputs: 9, slots: 14 }]) {
      const layout = kernelMemoryLayout(1234, encoded, 256, { sensitivityInputs: 0, sensitivityBins: SENSITIVITY_BINS, design });
      expectRegionsApart(layout, 1234);
      expect(layout.designSlotsAt).toBeGreaterThan(0);
    }
  });

  it('gives every entry of the address table the address of a region of its own', () => {
    const layout = kernelMemoryLayout(0, plans[0][1], 16, { sensitivityInputs: 3, sensitivityBins: SENSITIVITY_BINS, design: { inputs: 2, slots: 3 } });
    expect(layout.addresses).toHaveLength(ADDRESS_COUNT);
    const starts = new Map(layout.regions.map((r) => [r.at, r.name]));
    const seen = new Set<string>();
    for (const address of layout.addresses) {
      const name = starts.get(address);
      expect(name, `address ${address}`).toBeDefined();
      expect(seen.has(name!), `${name} named twice`).toBe(false);
      seen.add(name!);
    }
    // Every region but the table itself is named by an entry.
    expect(seen.size).toBe(layout.regions.length - 1);
  });

  it('keeps regions apart for any heap base, years capacity and section size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 << 20 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: plans.length - 1 }),
        fc.option(fc.record({ inputs: fc.integer({ min: 0, max: 40 }), slots: fc.integer({ min: 0, max: 200 }) }), { nil: undefined }),
        (heapBase, yearsCapacity, inputs, k, design) => {
          const layout = kernelMemoryLayout(heapBase, plans[k][1], yearsCapacity, { sensitivityInputs: inputs, sensitivityBins: SENSITIVITY_BINS, design });
          expectRegionsApart(layout, heapBase);
        },
      ),
    );
  });
});
