import { perSampleTable, SCENARIO_PRESETS, validateScenario, compilePlan } from '@horizon/sim';
const plan = compilePlan(validateScenario(SCENARIO_PRESETS['contract-example']));
const t = perSampleTable(plan, 7);
const W = t.columns.length, yearsFrom = 1 + t.inputCount;
const N = 16384; const vals = new Float64Array(W * N);
{ const v = new Float64Array(W); for (let i = 0; i < N; i++) { t.row(i, v); vals.set(v, i * W); } }
function strOnly() { let L = 0; for (let i = 0; i < N * W; i++) L += String(vals[i]).length; return L; }
function lines() { const lines = new Array(N); for (let i = 0; i < N; i++) { let line = String(vals[i*W]); for (let k = 1; k < W; k++) line += ',' + vals[i*W+k]; lines[i] = line; } return lines.join('\n'); }
function enc() { return new TextEncoder().encode(lines()); }
function buf() { return Buffer.from(lines(), 'latin1'); }
const best = {};
for (let rep = 0; rep < 8; rep++) for (const [name, f] of [['strOnly', strOnly], ['lines', lines], ['enc', enc], ['buf', buf]]) {
  const t0 = performance.now(); f(); const us = (performance.now() - t0) * 1000 / N; best[name] = Math.min(best[name] ?? 1e9, us);
}
console.log(best);
function parts() { const cells = new Array(N * W); for (let i = 0; i < N; i++) { cells[i*W] = String(vals[i*W]); for (let k = 1; k < W; k++) cells[i*W+k] = ',' + vals[i*W+k]; cells[i*W+W-1] += '\n'; } return Buffer.from(cells.join(''), 'latin1'); }
function bytes() { const out = new Uint8Array(N * W * 26); let p = 0; for (let i = 0; i < N; i++) { for (let k = 0; k < W; k++) { if (k) out[p++] = 44; const s = String(vals[i*W+k]); for (let c = 0; c < s.length; c++) out[p++] = s.charCodeAt(c); } out[p++] = 10; } return out.subarray(0, p); }
function bufwrite() { const out = Buffer.allocUnsafe(N * W * 26); let p = 0; for (let i = 0; i < N; i++) { for (let k = 0; k < W; k++) { if (k) out[p++] = 44; p += out.latin1Write(String(vals[i*W+k]), p); } out[p++] = 10; } return out.subarray(0, p); }
const best2 = {};
for (let rep = 0; rep < 8; rep++) for (const [name, f] of [['strOnly', strOnly], ['buf', buf], ['parts', parts], ['bytes', bytes], ['bufwrite', bufwrite]]) {
  const t0 = performance.now(); f(); const us = (performance.now() - t0) * 1000 / N; best2[name] = Math.min(best2[name] ?? 1e9, us);
}
console.log(best2, Buffer.compare(buf(), parts().subarray(0, -1)), Buffer.compare(Buffer.from(bytes()), parts()));
