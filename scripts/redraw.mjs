// Redraw figures of the widget (issue 15; not a test, nothing here fails on a slow machine):
// for each view, the canvas calls of one slider redraw (every 2d-context method call,
// property set and `new Path2D`, counted by wrapping them in Chromium), the slider input →
// end of draw p95 and the whole frame p95 (input → the task after the next animation
// frame, i.e. with the browser's paint of that frame), and the pyramid's animation
// (frames drawn per second, frames dropped). Run after scripts/build.sh:
//   node scripts/redraw.mjs [www-dir ...]    (several dirs: before/after in one run)
// The slider is dragged one step a frame back and forth (REDRAW_PATTERN=jump: 13 steps a
// move, which changes the value axis, hence the static layer, far more often).
import path from 'node:path';
import { chromium } from 'playwright-core';

import { LAUNCH_ARGS, newPage, ready, ROOT, serve } from '../tests/e2e/harness.mjs';

const VIEWS = ['projection', 'pyramid', 'compare', 'compatriots', 'remittances', 'relokanty', 'needs'];
const MOVES = Number(process.env.REDRAW_MOVES) || 150;
const JUMP = process.env.REDRAW_PATTERN === 'jump';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(ROOT, 'www')];

// Counts every call the page makes on a 2d context (and every Path2D it builds).
export function countCalls() {
  window.__canvasCalls = 0;
  window.__canvasByName = {};
  const count = (k) => { window.__canvasCalls++; window.__canvasByName[k] = (window.__canvasByName[k] || 0) + 1; };
  const P = CanvasRenderingContext2D.prototype;
  for (const k of Object.getOwnPropertyNames(P)) {
    const d = Object.getOwnPropertyDescriptor(P, k);
    if (typeof d.value === 'function' && k !== 'constructor') {
      const f = d.value;
      P[k] = function (...a) { count(k); return f.apply(this, a); };
    } else if (d.set) {
      const s = d.set;
      Object.defineProperty(P, k, { ...d, set(v) { count(`${k}=`); s.call(this, v); } });
    }
  }
  const Native = window.Path2D;
  window.Path2D = function (...a) { count('new Path2D'); return new Native(...a); };
  window.Path2D.prototype = Native.prototype;
}

// In the page: moves the tfr_shift slider `moves` times, one move per frame; returns per
// move the input → end of draw time (the widget's drawTimes) and the input → after-frame time.
async function slide({ moves, counting, jump }) {
  const w = document.querySelector('crossroads-widget');
  const input = w.shadowRoot.querySelector('input[data-key="tfr_shift"]');
  const afterFrame = () => new Promise((r) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = r;
    ch.port2.postMessage(0);
  }));
  const [min, max, step] = [Number(input.min), Number(input.max), Number(input.step)];
  const steps = Math.round((max - min) / step);
  const frames = [];
  const calls = [];
  for (let i = 0; i < moves + 20; i++) {
    // A drag: one step a frame, back and forth over the whole range (jump: 13 steps).
    const k = jump ? (i * 13) % steps : (i % (2 * steps) < steps ? i % steps : steps - (i % steps));
    input.value = String(min + k * step);
    if (i === 20) w.drawTimes.length = 0;
    const before = window.__canvasCalls ?? 0;
    const t0 = performance.now();
    input.dispatchEvent(new Event('input'));
    await afterFrame();
    if (i >= 20) frames.push(performance.now() - t0);
    if (counting && i >= 20) calls.push(window.__canvasCalls - before);
  }
  return { since: w.drawTimes.map((d) => d.sinceInput), frames, calls, by: window.__canvasByName };
}

const server = await Promise.all(dirs.map((d) => serve(d)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [...LAUNCH_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
});
const vsync = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: LAUNCH_ARGS });
const fmt = (xs) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
try {
  const rows = [];
  for (const view of VIEWS) {
    for (const [i, s] of server.entries()) {
      const url = `${s.url}/index.html#view=${view}`;
      // Calls: a page whose context methods are wrapped (slower: not timed).
      let page = await newPage(browser);
      await page.addInitScript(countCalls);
      await page.goto(url);
      await ready(page);
      const counted = await page.evaluate(slide, { moves: 20, counting: true, jump: JUMP });
      await page.context().close();
      // Times: a plain page.
      page = await newPage(browser);
      await page.goto(url);
      await ready(page);
      const timed = await page.evaluate(slide, { moves: MOVES, counting: false, jump: JUMP });
      await page.context().close();
      rows.push({ view, dir: i, calls: median(counted.calls), callsRange: `${Math.min(...counted.calls)}–${Math.max(...counted.calls)}`,
        since: timed.since, frames: timed.frames, by: counted.by });
      console.log(`${view.padEnd(12)} [${dirs[i]}] canvas calls per slider redraw ${median(counted.calls)} (${Math.min(...counted.calls)}–${Math.max(...counted.calls)}); ` +
        `input → end of draw p95 ${p95(timed.since).toFixed(2)} ms (median ${fmt(timed.since)}); whole frame p95 ${p95(timed.frames).toFixed(2)} ms (median ${fmt(timed.frames)})`);
    }
  }
  if (process.env.REDRAW_BY_NAME) for (const r of rows) console.log(r.view, r.dir, JSON.stringify(r.by));
  // The pyramid's animation at the display's pace (vsync, 60 Hz headless): frames drawn per
  // second of play and animation frames that passed without a new year while playing.
  for (const [i, s] of server.entries()) {
    const page = await newPage(vsync);
    await page.goto(`${s.url}/index.html#view=pyramid`);
    await ready(page);
    const r = await page.evaluate(async () => {
      const w = document.querySelector('crossroads-widget');
      const play = w.shadowRoot.querySelector('[data-action="play"]');
      const year = w.shadowRoot.querySelector('input[data-key="year"]');
      year.value = year.min;
      year.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 100));
      const draws0 = Number(w.dataset.draws);
      const t0 = performance.now();
      const seen = [];
      play.click();
      await new Promise((resolve) => {
        const tick = () => {
          seen.push({ t: performance.now(), draws: Number(w.dataset.draws), year: Number(year.value) });
          if (play.getAttribute('aria-pressed') === 'true' && performance.now() - t0 < 3000) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      const t1 = performance.now();
      if (play.getAttribute('aria-pressed') === 'true') play.click();
      const draws = Number(w.dataset.draws) - draws0;
      // Gaps between successive years longer than the step asked for (33.3 ms) + one frame.
      const changes = seen.filter((s, k) => k > 0 && s.year !== seen[k - 1].year).map((s) => s.t);
      const gaps = changes.slice(1).map((t, k) => t - changes[k]);
      return { fps: (draws / (t1 - t0)) * 1000, years: changes.length, gaps };
    });
    const late = r.gaps.filter((g) => g > 1000 / 30 + 1000 / 60 + 2).length;
    console.log(`pyramid animation [${dirs[i]}]: ${r.fps.toFixed(1)} draws/s over ${r.years} years; year-to-year gap median ${median(r.gaps).toFixed(1)} ms, max ${Math.max(...r.gaps).toFixed(1)} ms; ${late} gaps late by more than a frame`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await vsync.close();
  for (const s of server) s.stop();
}
