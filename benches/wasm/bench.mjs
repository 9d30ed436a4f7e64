// Times the engine compiled to wasm32 in V8 (node), printing figures; no assertions.
// Usage: node bench.mjs path/to/crossroads_wasm_bench.wasm
import fs from 'node:fs';

const path = process.argv[2];
const mod = new WebAssembly.Module(fs.readFileSync(path));
// The crate links wasm-bindgen for the widget; the engine never calls it, so stubs suffice.
const imports = {};
for (const im of WebAssembly.Module.imports(mod)) {
  (imports[im.module] ??= {})[im.name] = () => { throw new Error(`unexpected import ${im.name}`); };
}
const e = new WebAssembly.Instance(mod, imports).exports;
if (e.setup() !== 8) throw new Error('setup failed');
for (let i = 0; i < 5; i++) e.run(0, 100); // warm up the JIT tiers

function median(f, reps) {
  const t = [];
  for (let r = 0; r < 21; r++) {
    const s = performance.now();
    f();
    t.push(((performance.now() - s) / reps) * 1000);
  }
  t.sort((a, b) => a - b);
  return t[10].toFixed(1);
}
console.log(`wasm in V8 (node ${process.version})`);
console.log(`Russia 2025-2100, project_into (buffers reused): median ${median(() => e.run(0, 200), 200)} µs (target ≤ 250 µs)`);
console.log(`Russia 2025-2100, project (allocates output):  median ${median(() => e.run_fresh(0, 100), 100)} µs`);
console.log(`All 8 countries, project_into:                 median ${median(() => { for (let c = 0; c < 8; c++) e.run(c, 20); }, 20)} µs`);
for (let i = 0; i < 5; i++) e.run_prepared(0, 100);
console.log(`Russia 2025-2100, project_prepared (cached survival): median ${median(() => e.run_prepared(0, 200), 200)} µs`);
console.log(`All 8 countries, project_prepared:             median ${median(() => { for (let c = 0; c < 8; c++) e.run_prepared(c, 20); }, 20)} µs`);
e.slider(20);
console.log(`Slider move, Projector::project_slim (lab_tjk=2500&lab_year=2050): median ${median(() => e.slider(40), 40)} µs`);
