// Stress test (issue 7): many random slider moves in the explorer, one per animation frame,
// in headless Chromium. Fails on any console error, on a wasm or JavaScript heap that keeps
// growing, or on frames at the end slower than at the start; prints the figures. The move
// count is E2E_STRESS_MOVES (2000 in the test command to stay within about a minute;
// scripts/budgets.sh runs the full 10,000).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LAUNCH_ARGS, newPage, ready, session } from './harness.mjs';
import { chromium } from 'playwright-core';

const MOVES = Number(process.env.E2E_STRESS_MOVES || 2000);
// Unthrottled frames, so the run takes as long as the drawing does.
const s = session({
  launchWith: () => chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...LAUNCH_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync', '--js-flags=--expose-gc'],
  }),
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

test(`${MOVES} random slider moves: no error, no growing memory, no slower frames`, { timeout: 600000 }, async (t) => {
  const page = await newPage(s.browser);
  await page.goto(`${s.server.url}/index.html`);
  await ready(page);
  const memory = () => page.evaluate(async () => {
    globalThis.gc?.();
    const core = await import('/pkg/crossroads_core.js');
    const wasm = await core.default();
    return { wasm: wasm.memory.buffer.byteLength, js: performance.memory?.usedJSHeapSize ?? 0 };
  });
  // Warm-up (caches of baselines and JIT tiers), then measure the start of the run.
  const run = (n, seed) => page.evaluate(async ([count, s]) => {
    let state = s >>> 0;
    const rand = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let x = Math.imul(state ^ (state >>> 15), 1 | state);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
    const w = document.querySelector('crossroads-widget');
    const inputs = [...w.shadowRoot.querySelectorAll('.param input[type=range]')];
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    w.drawTimes.length = 0;
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const input = inputs[Math.floor(rand() * inputs.length)];
      const [min, max, step] = [Number(input.min), Number(input.max), Number(input.step)];
      input.value = String(min + Math.round((rand() * (max - min)) / step) * step);
      input.dispatchEvent(new Event('input'));
      await frame();
    }
    const ms = performance.now() - t0;
    return { ms, times: w.drawTimes.map((d) => d.draw), state: w.dataset.state, error: w.shadowRoot.querySelector('.error').hidden ? '' : w.shadowRoot.querySelector('.error').textContent };
  }, [n, seed]);

  await run(200, 1);
  const m0 = await memory();
  const chunk = Math.max(100, Math.floor(MOVES / 10));
  const chunks = [];
  let done = 0;
  let seed = 7;
  while (done < MOVES) {
    const n = Math.min(chunk, MOVES - done);
    const r = await run(n, seed++);
    assert.equal(r.state, 'ready', r.error);
    chunks.push(r);
    done += n;
  }
  const m1 = await memory();
  const first = chunks[0].times;
  const last = chunks[chunks.length - 1].times;
  const all = chunks.flatMap((c) => c.times);
  const fmt = (x) => x.toFixed(2);
  const report = [
    `${MOVES} moves in ${(chunks.reduce((s, c) => s + c.ms, 0) / 1000).toFixed(1)} s, ${all.length} draws`,
    `draw ms: first ${first.length} median ${fmt(median(first))} p95 ${fmt(p95(first))}; last ${last.length} median ${fmt(median(last))} p95 ${fmt(p95(last))}; all p95 ${fmt(p95(all))}`,
    `wasm memory ${(m0.wasm / 1048576).toFixed(2)} -> ${(m1.wasm / 1048576).toFixed(2)} MiB; JS heap ${(m0.js / 1048576).toFixed(2)} -> ${(m1.js / 1048576).toFixed(2)} MiB`,
  ];
  for (const line of report) {
    t.diagnostic(line);
    console.log(`stress: ${line}`);
  }
  assert.deepEqual(page.problems(), [], 'no console error or warning during the run');
  // Memory: the wasm heap may grow once to its working size, never by more than 2 MiB over
  // the run (a leak of one projection per move would add gigabytes); the JS heap by at most
  // 5 MiB after a forced collection.
  assert.ok(m1.wasm - m0.wasm <= 2 * 1048576, `wasm memory grew by ${m1.wasm - m0.wasm} bytes`);
  assert.ok(m1.js - m0.js <= 5 * 1048576, `JS heap grew by ${m1.js - m0.js} bytes`);
  // Frames: the last chunk's median draw at most 50 % (+1 ms) slower than the first
  // chunk's. A leak that slows every draw grows without bound; the margin is for a busy
  // 2-core machine (medians of a tenth of the run each, 0.1 ms timer resolution).
  assert.ok(median(last) <= median(first) * 1.5 + 1, `draws slowed from ${fmt(median(first))} to ${fmt(median(last))} ms`);
  await page.close();
});
