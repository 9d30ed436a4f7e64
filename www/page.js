// What every <crossroads-widget> of a page shares: the one wasm instance (loading starts as
// soon as this module runs, before any widget upgrades; the pages preload the .wasm), its
// words, the presets and stories computed once, the stylesheet, and the empty shell each
// widget's shadow root starts from. Performance marks `crossroads:init-start`,
// `…:wasm-ready`, `…:data-ready` and `…:first-chart` time the phases (scripts/budgets.mjs
// prints them). DOM wiring only.
import init from './pkg/crossroads_core.js';
import STYLE from './crossroads-style.js';
import { el } from './controls.js';

let core = null;
const timings = { wasm: 0, data: 0 };
let firstChartLogged = false;

export function loadCore() {
  core ??= (async () => {
    const start = performance.now();
    performance.mark('crossroads:init-start');
    await init();
    performance.mark('crossroads:wasm-ready');
    timings.wasm = performance.now() - start;
  })();
  return core;
}

/** The first handle of the page decodes the embedded data: timed once. */
export function timeData(make) {
  const t = performance.now();
  const app = make();
  if (!timings.data) {
    timings.data = performance.now() - t;
    performance.mark('crossroads:data-ready');
  }
  return app;
}

export function markFirstChart(start, end) {
  if (firstChartLogged) return;
  firstChartLogged = true;
  performance.mark('crossroads:first-chart');
  const ms = Math.round;
  console.info(`crossroads: first chart drawn ${ms(end)} ms after navigation start (wasm fetch+compile ${ms(timings.wasm)} ms, data parse ${ms(timings.data)} ms, draw ${ms(end - start)} ms)`);
}

// Computed once per page by the first widget that asks, after its first chart (each
// projects several scenarios): the presets (then every panel names them), the stories.
export const shared = { presets: null, presetsDone: false, stories: null };
export const later = (ms, compute) => new Promise((resolve) => setTimeout(() => {
  try { resolve(compute()); } catch { resolve(null); }
}, ms));

// The core's `ui-*` words in `lang` by camel-case name (`ui-copy-link` → `copyLink`).
export const texts = {};
export function wordsOf(app, lang) {
  texts[lang] ??= Object.fromEntries(Object.entries(app.words(lang))
    .map(([key, text]) => [key.slice(3).replace(/-(\w)/g, (_, c) => c.toUpperCase()), text]));
  return texts[lang];
}

// The fonts the core draws with at a device pixel ratio, as it names them (src/chart/style.rs:
// the title, text and small sizes in CSS pixels times the ratio; src/wasm/canvas.rs).
// An end-to-end test checks that the first chart measures no other font.
const CHART_FONTS = [
  (ratio) => `bold ${18 * ratio}px sans-serif`,
  (ratio) => `${13 * ratio}px sans-serif`,
  (ratio) => `${11 * ratio}px sans-serif`,
];

// While the core loads: the canvas gets its backing store (the size the core will give it)
// and the chart's fonts, so the first draw pays for neither (a font's first use costs
// 1–25 ms: matching and loading the face). Returns the chart box's size, if laid out.
export function prepareCanvas(canvas, chart) {
  const box = chart.getBoundingClientRect();
  if (box.width <= 0) return null;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.ceil(box.width * ratio);
  canvas.height = Math.ceil(box.height * ratio);
  const ctx = canvas.getContext('2d');
  for (const font of ctx ? CHART_FONTS : []) {
    ctx.font = font(ratio);
    ctx.measureText('Population, millions 2050 Население, млн');
  }
  if (ctx) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1, 1);
  }
  return { width: box.width, height: box.height };
}

let sheet = null; // one constructed stylesheet for every widget's shadow root

// The parts of a widget's shadow root, by name, in `root` (with the shared stylesheet).
export function buildShell(root) {
  const b = {};
  b.canvas = el('canvas', { role: 'img', 'aria-label': '' });
  b.chart = el('div', { class: 'chart' }, [b.canvas]);
  b.top = el('div', { class: 'top' });
  b.stories = el('nav', { class: 'stories', hidden: true });
  b.caption = el('p', { class: 'caption', 'aria-live': 'polite', hidden: true });
  b.panel = el('div', { class: 'panel' });
  b.actions = el('div', { class: 'actions' });
  b.error = el('div', { class: 'error', role: 'alert', hidden: true });
  b.status = el('p', { class: 'status', role: 'status' });
  b.notes = el('p', { class: 'notes', role: 'status' });
  b.copy = el('div', { class: 'copy', hidden: true });
  b.table = el('details', { class: 'table' });
  b.sources = el('details', { class: 'sources' });
  b.assumptions = el('details', { class: 'assumptions' });
  const main = el('div', { class: 'main' }, [
    b.top, b.stories, b.error, b.chart, b.caption, b.status, b.notes, b.actions, b.copy, b.table, b.assumptions, b.sources,
  ]);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  root.adoptedStyleSheets = [sheet];
  b.layout = el('div', { class: 'layout' }, [main, b.panel]);
  root.append(b.layout);
  return b;
}

// `fn` once, after the next frame has been shown (or after 250 ms on a page with no frames).
export function afterFrame(fn) {
  let done = false;
  const go = () => {
    if (!done) fn();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 250);
}

// What shows before the core (and its catalogs) has loaded.
export const LOADING = { en: 'Loading the chart…', ru: 'Загрузка графика…' };

// Keys of the `controls` attribute that are not levers (for the layout before the core loads).
const VIEW_KEYS = new Set(['view', 'country', 'lang', 'preset', 'year', 'presets', 'b']);

// The panel's layout before the core's panel, from the `controls` attribute, so the chart
// keeps its width when the controls arrive.
export function guessLayout(box, controls) {
  const list = controls?.split(',').map((s) => s.trim()).filter(Boolean);
  const sliders = !list ? Infinity : list.includes('none') ? 0 : list.filter((k) => !VIEW_KEYS.has(k)).length;
  box.layout.classList.toggle('side', sliders > 6);
  box.panel.hidden = sliders === 0;
}

// The chart's height from the `height` attribute (CSS pixels, 220…2000), else its own
// proportions (the core words a bad or clamped height in the status line).
export function applyHeight(chart, attr) {
  const h = Number.parseFloat(attr);
  chart.classList.toggle('fixed', Number.isFinite(h) && h > 0);
  if (Number.isFinite(h) && h > 0) chart.style.setProperty('--chart-height', `${Math.min(Math.max(h, 220), 2000)}px`);
}
