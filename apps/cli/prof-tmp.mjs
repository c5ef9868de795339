import { perSampleTable, perSampleCsvRows, perSampleColumns, SCENARIO_PRESETS, validateScenario, compilePlan } from '@horizon/sim';
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const t = perSampleTable(plan, 7);
for (const rep of [0,1]) {
let t0 = performance.now();
for (let f = 0; f < 65536; f += 16384) { const s = perSampleCsvRows(t, f, 16384); new TextEncoder().encode(s); }
console.log('csv us/row', (performance.now() - t0) * 1000 / 65536);
t0 = performance.now();
for (let f = 0; f < 65536; f += 16384) { perSampleColumns(t, f, 16384); }
console.log('cols us/row', (performance.now() - t0) * 1000 / 65536);
}
