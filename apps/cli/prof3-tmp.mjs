import { perSampleTable, SCENARIO_PRESETS, validateScenario, compilePlan } from '@horizon/sim';
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const t = perSampleTable(plan, 7);
const W = t.columns.length, yearsFrom = 1 + t.inputCount;
function A(first, count) {
  const values = new Float64Array(W); const lines = new Array(count);
  for (let i = 0; i < count; i++) { t.row(first + i, values); let line = String(values[0]);
    for (let k = 1; k < W; k++) line += k >= yearsFrom && values[k] === Infinity ? ',' : `,${values[k]}`; lines[i] = line; }
  return lines.join('\n') + '\n';
}
function B(first, count) {
  const values = new Float64Array(W); const lines = new Array(count);
  const lastV = new Float64Array(W).fill(NaN); const lastS = new Array(W).fill('');
  for (let i = 0; i < count; i++) { t.row(first + i, values); let line = String(values[0]);
    for (let k = 1; k < W; k++) { const v = values[k]; if (v !== lastV[k]) { lastV[k] = v; lastS[k] = k >= yearsFrom && v === Infinity ? ',' : ',' + v; } line += lastS[k]; } lines[i] = line; }
  return lines.join('\n') + '\n';
}
function R(first, count) { const values = new Float64Array(W); for (let i = 0; i < count; i++) t.row(first + i, values); }
for (const rep of [0, 1, 2]) for (const [name, f] of [['rows', R], ['A', A], ['B', B]]) {
  const t0 = performance.now();
  for (let f0 = 0; f0 < 65536; f0 += 16384) { const s = f(f0, 16384); if (s) new TextEncoder().encode(s); }
  console.log(name, ((performance.now() - t0) * 1000 / 65536).toFixed(2));
}
console.log(A(0, 100) === B(0, 100));
