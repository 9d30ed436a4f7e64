// Prints the widget's budget figures (issue 6); not a test, nothing here fails on a slow
// machine. Run by scripts/budgets.sh after a release build of www/pkg.
//   1. wasm + data + JS + CSS shipped to a page, gzipped (target ≤ 240 KB, budget 300 KB)
//   2. first chart after navigation start, localhost, fresh browser context (≤ 150 ms), the
//      median of FIRST_LOADS loads (default 11; the first, a warm-up, is left out) and the
//      phases the widget marks: wasm fetch + compile, data decoding, first draw
//   3. slider input event → redrawn canvas p95, projection and pyramid (≤ 2 ms; every view and
//      the canvas calls of a redraw: scripts/redraw.mjs):
//      from the input event's timestamp to the end of the draw it caused
//   4. one Russia projection 2025-2100 in wasm in headless Chromium (≤ 250 µs), from the
//      engine benchmark crate benches/wasm (built by budgets.sh)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

import { LAUNCH_ARGS, newPage, ready, ROOT, serve } from '../tests/e2e/harness.mjs';

const www = path.join(ROOT, 'www');
const BENCH_WASM = process.env.BENCH_WASM;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const line = (what, value, target) => console.log(`${what.padEnd(58)} ${value.padStart(12)}   (target ${target})`);

// 1. Sizes.
const shipped = ['pkg/crossroads_core_bg.wasm', 'pkg/crossroads_core.js', 'crossroads.js', 'controls.js', 'panels.js', 'history.js', 'page.js', 'crossroads-style.js', 'readout.js'];
let total = 0;
for (const f of shipped) {
  const raw = fs.readFileSync(path.join(www, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(30)} ${String(raw.length).padStart(9)} bytes, ${String(gz).padStart(8)} gzipped`);
}
line('wasm + data + JS + CSS, gzipped', `${(total / 1024).toFixed(1)} KB`, '≤ 240 KB; budget 300 KB');
// The data inside the wasm: embedded.bin, which build.rs writes into the release build's
// OUT_DIR (the newest one, if several builds left theirs).
const outs = path.join(ROOT, 'target/wasm32-unknown-unknown/release/build');
const bins = fs.existsSync(outs)
  ? fs.readdirSync(outs).map((d) => path.join(outs, d, 'out/embedded.bin')).filter((f) => fs.existsSync(f))
  : [];
const bin = bins.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
if (bin) {
  const raw = fs.readFileSync(bin);
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  console.log(`  ${'(in the wasm) embedded.bin'.padEnd(30)} ${String(raw.length).padStart(9)} bytes, ${String(gz).padStart(8)} gzipped`);
}

const server = await serve();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: LAUNCH_ARGS });
const fast = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [...LAUNCH_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
try {
  // 2. First chart: the widget marks `crossroads:first-chart` when its first draw is done,
  // and the phases before it (see www/crossroads.js).
  // Timings swing with what else the machine runs (2 cores here): say how busy it was.
  console.log(`  machine load average (1 min): ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
  const loads = Math.max(2, Number(process.env.FIRST_LOADS) || 11);
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const page = await newPage(browser);
    await page.goto(`${server.url}/index.html`);
    await ready(page);
    runs.push(await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(`crossroads:${n}`)[0]?.startTime ?? NaN;
      return { start: at('init-start'), wasm: at('wasm-ready'), data: at('data-ready'), first: at('first-chart') };
    }));
    await page.context().close();
  }
  const measured = runs.slice(1);
  const firsts = measured.map((r) => r.first);
  const ms = (x) => `${Math.round(x)}`;
  console.log(`  first chart, ${loads} loads (ms; the first is a warm-up): ${runs.map((r) => ms(r.first)).join(', ')}`);
  const phase = (f) => median(measured.map(f));
  console.log(`  phases, medians (ms): navigation → module runs ${ms(phase((r) => r.start))}; wasm fetch + compile ${ms(phase((r) => r.wasm - r.start))}; ` +
    `data decoding ${ms(phase((r) => r.data - r.wasm))}; first draw ${ms(phase((r) => r.first - r.data))}`);
  line(`first chart after navigation start, median (${Math.round(Math.min(...firsts))}–${Math.round(Math.max(...firsts))})`, `${ms(median(firsts))} ms`, '≤ 150 ms');

  // 3. Slider input → redrawn canvas, one move per frame with frames unthrottled.
  for (const [view, key, target] of [['projection', 'tfr_shift', '≤ 2 ms'], ['pyramid', 'tfr_shift', '≤ 2 ms']]) {
    const page = await newPage(fast);
    await page.goto(`${server.url}/index.html${view === 'projection' ? '' : `#view=${view}`}`);
    await ready(page);
    const times = await page.evaluate(async (k) => {
      const w = document.querySelector('crossroads-widget');
      const input = w.shadowRoot.querySelector(`input[data-key="${k}"]`);
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const [min, max, step] = [Number(input.min), Number(input.max), Number(input.step)];
      const steps = Math.round((max - min) / step);
      for (let i = 0; i < 50; i++) { // warm-up
        input.value = String(min + ((i * 7) % steps) * step);
        input.dispatchEvent(new Event('input'));
        await frame();
      }
      w.drawTimes.length = 0;
      for (let i = 0; i < 400; i++) {
        input.value = String(min + ((i * 13) % steps) * step);
        input.dispatchEvent(new Event('input'));
        await frame();
      }
      return w.drawTimes;
    }, key);
    const state = await page.$eval('crossroads-widget', (w) => w.dataset.state);
    if (state !== 'ready' || times.length === 0) {
      line(`slider → redrawn canvas p95, ${view}`, 'n/a', `${target} (view not drawn: ${state})`);
    } else {
      const draw = times.map((d) => d.draw);
      const since = times.map((d) => d.sinceInput);
      console.log(`  ${view}: ${times.length} redraws of 400 moves; projection + draw median ${median(draw).toFixed(2)} ms, p95 ${p95(draw).toFixed(2)} ms; input event → canvas drawn median ${median(since).toFixed(2)} ms`);
      line(`slider input event → canvas drawn p95, ${view}`, `${p95(since).toFixed(2)} ms`, target);
    }
    await page.context().close();
  }

  // 4. The engine alone, compiled to wasm, in the browser's V8.
  if (BENCH_WASM && fs.existsSync(BENCH_WASM)) {
    const page = await newPage(browser);
    await page.goto(`${server.url}/index.html`);
    const bytes = [...fs.readFileSync(BENCH_WASM)];
    const r = await page.evaluate(async (b) => {
      const mod = await WebAssembly.compile(new Uint8Array(b));
      const imports = {};
      for (const im of WebAssembly.Module.imports(mod)) {
        (imports[im.module] ??= {})[im.name] = () => { throw new Error(`unexpected import ${im.name}`); };
      }
      const e = (await WebAssembly.instantiate(mod, imports)).exports;
      if (e.setup() !== 8) return { error: 'setup failed' };
      const time = (f, reps) => {
        for (let i = 0; i < 5; i++) f(reps);
        const t = [];
        for (let r = 0; r < 21; r++) {
          const s = performance.now();
          f(reps);
          t.push(((performance.now() - s) / reps) * 1000);
        }
        t.sort((a, b) => a - b);
        return { median: t[10], min: t[0], max: t[20] };
      };
      return {
        into: time((n) => e.run(0, n), 200),
        prepared: time((n) => e.run_prepared(0, n), 200),
        slider: time((n) => e.slider(n), 40),
      };
    }, bytes);
    const range = (t) => `${t.median.toFixed(1)} µs (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
    const ratio = (t, native) => (native > 0 ? `, ${(t.median / native).toFixed(2)} × native` : '');
    if (r.error) line('one Russia projection in wasm (Chromium), median', 'n/a', `≤ 250 µs (${r.error})`);
    else {
      line('one Russia projection 2025-2100 in wasm (Chromium), project_into, median',
        range(r.into) + ratio(r.into, Number(process.env.NATIVE_INTO_US)), '≤ 250 µs');
      line('  the same with cached survival tables (project_prepared)',
        range(r.prepared) + ratio(r.prepared, Number(process.env.NATIVE_PREPARED_US)), '≤ 1.4 × native');
      line('  one slider move through the scenario API in wasm (project_slim)', range(r.slider), '—');
    }
    await page.context().close();
  } else {
    console.log('  (no BENCH_WASM: engine benchmark skipped)');
  }
} finally {
  await browser.close();
  await fast.close();
  server.stop();
}
