// <crossroads-widget>: population and migration scenarios for Russia and its neighbours,
// projected and drawn by the Rust/wasm core onto a canvas in a shadow root.
//
//   <script type="module" src="crossroads.js"></script>
//   <crossroads-widget view="projection" country="RUS" scenario="tfr_shift=0.2"
//                      lang="ru" height="420" controls="tfr_shift,lab_tjk"></crossroads-widget>
//
// Attributes: view, country, scenario (the command-line program's query string), lang
// (en|ru; default: the page's <html lang>), height (CSS pixels; default: an aspect ratio),
// controls (comma-separated keys to show, or "none"; default: every control), url-state
// (keep the state in the page's URL hash). Every widget on a page shares one wasm instance;
// each keeps its own handle, so a panic in one shows in that widget only.
//
// This file only wires the DOM. The widget's state is one query string that the core reads
// and writes (`read`, `set`); everything shown — controls, words, numbers, notes, status,
// table, sources, embed code — comes from the core worded (src/app) and is rendered by
// controls.js and panels.js. At most one draw per animation frame. No inline scripts,
// styles, event-handler attributes or innerHTML, no globals besides the element's name, and
// no request beyond this file's own origin.
import init, { Crossroads, takePanic } from './pkg/crossroads_core.js';
import STYLE from './crossroads-style.js';
import { Readout } from './readout.js';
import { el, buildTop, buildLevers, buildStories } from './controls.js';
import { fillTable, fillAssumptions, fillSources, openCopy } from './panels.js';

let sheet = null; // one constructed stylesheet for every widget's shadow root
const SCRIPT = import.meta.url;
const EXPLORER = new URL('./index.html', import.meta.url).href;

// What shows before the core (and its catalogs) has loaded.
const LOADING = { en: 'Loading the chart…', ru: 'Загрузка графика…' };

// The fonts the core draws with at a device pixel ratio, as it names them (src/chart/style.rs:
// the title, text and small sizes in CSS pixels times the ratio; src/wasm/canvas.rs).
// An end-to-end test checks that the first chart measures no other font.
const CHART_FONTS = [
  (ratio) => `bold ${18 * ratio}px sans-serif`,
  (ratio) => `${13 * ratio}px sans-serif`,
  (ratio) => `${11 * ratio}px sans-serif`,
];

// Keys of the `controls` attribute that are not levers (for the layout before the core loads).
const VIEW_KEYS = new Set(['view', 'country', 'lang', 'preset', 'year', 'presets', 'b']);

const langOf = (s) => (String(s || '').toLowerCase().startsWith('ru') ? 'ru' : 'en');
const isLang = (s) => /^(en|ru)(-|$)/i.test(String(s || '').trim());

// ---------------------------------------------------------------------------------------
// One wasm instance for the page. Loading starts as soon as this module runs, before any
// widget upgrades; the pages preload the .wasm. The first chart needs only the core and
// the embedded data; the controls, presets and stories follow once it is on screen.
// Performance marks `crossroads:init-start`, `…:wasm-ready`, `…:data-ready` and
// `…:first-chart` time the phases (scripts/budgets.mjs prints them).
let core = null;
const timings = { wasm: 0, data: 0 };
let firstChartLogged = false;

function loadCore() {
  core ??= (async () => {
    const start = performance.now();
    performance.mark('crossroads:init-start');
    await init();
    performance.mark('crossroads:wasm-ready');
    timings.wasm = performance.now() - start;
  })();
  return core;
}

// Computed once per page by the first widget that asks, after its first chart (each
// projects several scenarios): the presets (then every panel names them), the stories.
let presetsReady = null;
let presetsDone = false;
let storyList = null;
const later = (ms, compute) => new Promise((resolve) => setTimeout(() => {
  try { resolve(compute()); } catch { resolve(null); }
}, ms));

// The core's `ui-*` words in `lang` by camel-case name (`ui-copy-link` → `copyLink`).
const texts = {};
function wordsOf(app, lang) {
  texts[lang] ??= Object.fromEntries(Object.entries(app.words(lang))
    .map(([key, text]) => [key.slice(3).replace(/-(\w)/g, (_, c) => c.toUpperCase()), text]));
  return texts[lang];
}

let uid = 0;
const retired = []; // handles of widgets stopped by a panic (see #die)

class CrossroadsWidget extends HTMLElement {
  static observedAttributes = ['view', 'country', 'scenario', 'lang', 'height', 'controls'];

  #id = ++uid;
  #app = null;
  #dead = false;
  #lang = 'en';
  #langChosen = false;
  #state = ''; // the request as read and moved (src/app/state.rs), without its language
  #ignored = []; // parts of the request read last that the core refused: [{part, message}]
  #panel = null; // the core's controls of the state (src/app/panel.rs)
  #drawn = null; // the core's answer to the last draw
  #size = null;
  #frame = 0;
  #dirty = false;
  #drewInFrame = false;
  #pendingInput = 0;
  #observer = null;
  #ratioQuery = null;
  #hashTimer = 0;
  #writtenHash = null;
  #playTimer = 0;
  #built = false;
  #controlsPending = false;
  #controlsQueued = false;
  #box = {}; // the shadow root's parts, by name
  #canvas = null;
  #readout = null;
  #warned = new Set(); // console warnings already given
  #pendingAttrs = null; // attribute names changed since the last microtask
  #past = { list: [], at: -1 }; // committed states for Back and Forward (see #commit)
  #tap = null; // a touch that landed on a slider's track away from its thumb
  #closeCopy = null;
  /** Per slider input: ms spent drawing and ms from the input event to the drawn canvas. */
  drawTimes = [];

  // ---- lifecycle

  connectedCallback() {
    const loading = loadCore();
    if (!this.shadowRoot) this.#buildShell();
    if (!this.#dead) this.dataset.state = this.#app && !this.#controlsPending ? 'ready' : 'loading';
    if (!this.#app) this.#prepareCanvas();
    loading.then(() => this.#start(), (err) => this.#fail(err));
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      // Its first report is usually the size the first chart was already drawn at.
      if (this.#size && this.#size.width === box.width && this.#size.height === box.height) return;
      this.#size = { width: box.width, height: box.height };
      this.#schedule();
    });
    this.#observer.observe(this.#box.chart);
    this.#watchPixelRatio();
    if (this.hasAttribute('url-state')) {
      window.addEventListener('hashchange', this.#onHashChange);
      window.addEventListener('popstate', this.#onPopState);
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#ratioQuery?.removeEventListener('change', this.#onRatioChange);
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('popstate', this.#onPopState);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#drewInFrame = false;
    this.#stopPlay();
  }

  // Attribute changes are gathered and applied once, after the script that made them (a
  // page setting 1,000 attributes in a row rebuilds the controls once, not 1,000 times).
  attributeChangedCallback(name, old, value) {
    if (!this.#built || old === value || this.#dead) return;
    if (!this.#pendingAttrs) {
      this.#pendingAttrs = new Set();
      queueMicrotask(() => this.#applyAttributes());
    }
    this.#pendingAttrs.add(name);
  }

  #applyAttributes() {
    const names = this.#pendingAttrs;
    this.#pendingAttrs = null;
    if (!names || this.#dead || !this.#app) return;
    if (names.has('height')) this.#applyHeight();
    if (names.has('lang')) {
      this.#langChosen = false;
      this.#lang = this.#pickLang();
    }
    if (names.has('view') || names.has('country') || names.has('scenario')) this.#readState(this.#attributeQuery());
    if (names.size === 1 && names.has('height')) this.#showStatus();
    else this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- state: one query string, read and written by the core

  // The widget's own lang when it is one the widget speaks, else the page's around it.
  #pickLang() {
    const own = this.getAttribute('lang');
    if (isLang(own)) return langOf(own);
    return langOf(this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  // The attributes as one request (the country attribute wins over one in the scenario).
  #attributeQuery() {
    const enc = (k) => `${k}=${encodeURIComponent(this.getAttribute(k).trim())}`;
    const scenario = (this.getAttribute('scenario') || '').trim().replace(/^[?#]/, '');
    const country = this.getAttribute('country');
    const rest = scenario.split('&').filter((s) => s.trim() && !(country && /^\s*country\s*=/.test(s)));
    return [this.getAttribute('view') && enc('view'), country && enc('country'), ...rest].filter(Boolean).join('&');
  }

  // Reads a request into the state: every part the core accepts is kept and the others
  // are named in the status line and the console (one bad attribute never wipes the rest).
  #readState(query) {
    const read = this.#call((app) => app.read(query));
    this.#state = read.query;
    this.#ignored = read.ignored;
    if (read.lang) {
      this.#lang = langOf(read.lang);
      this.#langChosen = true;
    }
    this.#box.layout.dataset.view = read.view; // the phone layout sizes the chart by view
  }

  // The request the core draws: the state and the language (always, or when chosen).
  #request({ lang = true } = {}) {
    return [this.#state, lang && this.#lang !== 'en' ? `lang=${this.#lang}` : ''].filter(Boolean).join('&');
  }

  // The reader moved `key` to `value`: the core writes the new state.
  #set(key, value) {
    try {
      this.#state = this.#call((app) => app.set(this.#state, key, String(value)));
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  // ---- wasm calls, with the panic funnel

  #call(fn) {
    if (this.#dead || !this.#app) throw new Error('crossroads: this widget has no engine (it stopped after an internal error)');
    try {
      return fn(this.#app);
    } catch (err) {
      const panic = takePanic();
      if (panic !== undefined || err instanceof WebAssembly.RuntimeError) this.#die(panic ?? String(err));
      throw err;
    }
  }

  #die(message) {
    this.#dead = true;
    this.dataset.state = 'error';
    this.#stopPlay();
    // Its borrow flag may be stuck after the trap: never touch it again, and keep it
    // reachable so the garbage collector's finalizer does not try to free it either.
    if (this.#app) retired.push(this.#app);
    this.#app = null;
    const t = this.#t;
    this.#box.error.replaceChildren(el('strong', { textContent: t.panic ?? t.failed }), el('br'), el('code', { lang: 'en', textContent: message }));
    this.#box.error.hidden = false;
    for (const c of this.shadowRoot.querySelectorAll('input, select, button')) c.disabled = true;
    console.error(`crossroads widget ${this.id || `#${this.#id}`}: ${message}`);
  }

  /**
   * Test hook: a deliberate panic inside the core, on this widget's behalf. Works only in
   * builds made with the `test-panic` feature (the browser tests build one).
   */
  async panicForTest(message) {
    const mod = await import('./pkg/crossroads_core.js');
    if (typeof mod.testPanic !== 'function') throw new Error('not a test-panic build');
    try {
      this.#call(() => mod.testPanic(String(message)));
    } catch {
      /* shown in the widget's error box */
    }
  }

  // ---- building the DOM

  get #t() {
    return texts[this.#lang] ?? {};
  }

  #buildShell() {
    const root = this.attachShadow({ mode: 'open' });
    this.#canvas = el('canvas', { role: 'img', 'aria-label': '' });
    const b = this.#box;
    b.chart = el('div', { class: 'chart' }, [this.#canvas]);
    this.#readout = new Readout(b.chart, this.#canvas, (year) => this.#call((app) => app.readout(this.#request(), year)));
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
    sheet ??= (() => {
      const s = new CSSStyleSheet();
      s.replaceSync(STYLE);
      return s;
    })();
    root.adoptedStyleSheets = [sheet];
    b.layout = el('div', { class: 'layout' }, [main, b.panel]);
    root.append(b.layout);
    b.copy.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape' || !this.#closeCopy) return;
      ev.preventDefault();
      this.#closeCopy();
    });
    for (const name of ['table', 'sources', 'assumptions']) {
      b[name].addEventListener('toggle', () => b[name].open && this.#fill(name));
    }
    this.#applyHeight();
    const lang = this.#pickLang();
    b.layout.lang = lang; // screen readers read each part in its language
    b.status.textContent = LOADING[lang];
  }

  #applyHeight() {
    const h = Number.parseFloat(this.getAttribute('height'));
    this.#box.chart.classList.toggle('fixed', Number.isFinite(h) && h > 0);
    if (Number.isFinite(h) && h > 0) this.#box.chart.style.setProperty('--chart-height', `${Math.min(Math.max(h, 220), 2000)}px`);
  }

  #start() {
    if (this.#app || this.#dead) return;
    try {
      const t = performance.now();
      this.#app = new Crossroads(); // the page's first handle decodes the embedded data
      for (const lang of ['en', 'ru']) wordsOf(this.#app, lang);
      if (!timings.data) {
        timings.data = performance.now() - t;
        performance.mark('crossroads:data-ready');
      }
      this.#lang = this.#pickLang();
      const fromHash = this.hasAttribute('url-state') && location.hash.length > 1;
      this.#readState(fromHash ? location.hash.slice(1) : this.#attributeQuery());
      if (fromHash) this.#writtenHash = location.hash.slice(1);
    } catch (err) {
      this.#fail(err);
      return;
    }
    // The chart first; the controls (dozens of sliders) once it is on screen.
    this.#built = true;
    this.#controlsPending = true;
    this.#guessLayout();
    // Draw now: the chart box was laid out by #prepareCanvas, so the first chart waits for
    // no animation frame or resize callback.
    const box = this.#box.chart.getBoundingClientRect();
    if (box.width > 0) this.#size = { width: box.width, height: box.height };
    if (this.#size) {
      this.#dirty = false;
      this.#draw();
    } else {
      this.#schedule();
    }
  }

  // After the first chart, once a frame has shown it: the controls, then presets, stories.
  #finishStart() {
    if (this.#dead || !this.#app) return;
    this.#buildControls();
    this.dataset.state = 'ready';
    this.#commit();
    presetsReady ??= later(50, () => Boolean(this.#call((app) => app.presets('en'))));
    presetsReady.then((ok) => {
      presetsDone ||= ok;
      if (ok && !this.#dead) this.#buildControls(true);
    });
    storyList ??= later(0, () => ({ en: this.#call((app) => app.stories('en')), ru: this.#call((app) => app.stories('ru')) }));
    storyList.then(() => !this.#dead && this.#showStories());
  }

  // The panel's layout before the core's panel, from the `controls` attribute, so the
  // chart keeps its width when the controls arrive.
  #guessLayout() {
    if (this.#panel) return;
    const list = this.getAttribute('controls')?.split(',').map((s) => s.trim()).filter(Boolean);
    const sliders = !list ? Infinity : list.includes('none') ? 0 : list.filter((k) => !VIEW_KEYS.has(k)).length;
    this.#box.layout.classList.toggle('side', sliders > 6);
    this.#box.panel.hidden = sliders === 0;
  }

  // While the core loads: lay the chart box out and give the canvas its backing store (the
  // size the core will give it) and the chart's font, so the first draw pays for neither.
  #prepareCanvas() {
    this.#guessLayout();
    const box = this.#box.chart.getBoundingClientRect();
    if (box.width <= 0) return;
    this.#size = { width: box.width, height: box.height };
    const ratio = window.devicePixelRatio || 1;
    this.#canvas.width = Math.ceil(box.width * ratio);
    this.#canvas.height = Math.ceil(box.height * ratio);
    const ctx = this.#canvas.getContext('2d');
    if (!ctx) return;
    // A font's first use costs 1–25 ms here (matching and loading the face): resolve the
    // chart's fonts now, while the core compiles, not in the first draw.
    for (const font of CHART_FONTS) {
      ctx.font = font(ratio);
      ctx.measureText('Population, millions 2050 Население, млн');
    }
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1, 1);
  }

  // What the builders of controls.js report to (see there).
  #host = {
    id: `w${this.#id}`,
    t: {},
    tap: (v) => (v === undefined ? this.#tap : (this.#tap = v)),
    choose: (key, value) => this.#choose(key, value),
    slide: (key, value, ev) => {
      this.#set(key, value);
      this.#pendingInput ||= ev.timeStamp || performance.now();
      // The chart first: with the widget's DOM untouched since the last frame, the canvas
      // sets its fonts without recalculating the page's styles (about 0.7 ms a redraw).
      this.#changed();
      if (key !== 'year') this.#clearClamp(key);
      return key === 'year' ? String(value) : this.#app?.valueText(key, Number(value), this.#lang) ?? String(value);
    },
    commit: () => this.#commit(),
    play: (button, show, first, last) => this.#play(button, show, first, last),
  };

  // A menu chosen: the view, the language and a preset rebuild the controls.
  #choose(key, value) {
    if (key === 'preset') {
      const preset = value && this.#call((app) => app.presets(this.#lang)).find((x) => x.id === value);
      if (preset) this.#applyPreset(preset.query);
      return;
    }
    if (key === 'lang') {
      this.#lang = langOf(value);
      this.#langChosen = true;
    } else {
      this.#set(key, value);
      this.#clearClamp(key);
    }
    if (key === 'view' || key === 'lang') this.#buildControls();
    this.#changed();
    if (key === 'country') this.#showStatus();
    this.#commit();
  }

  // A preset's levers (or a story's), keeping the view and the country unless the preset
  // names one: one committed state.
  #applyPreset(query) {
    this.#set('preset', query);
    this.#buildControls();
    this.#changed();
    this.#commit();
  }

  #buildControls(keepFocus = false) {
    if (!this.#built || this.#dead) return;
    if (!this.#drawn) {
      this.#controlsPending = true; // built by #finishStart
      return;
    }
    const focused = keepFocus ? this.shadowRoot.activeElement?.dataset?.key : null;
    this.#controlsPending = false;
    let panel;
    try {
      panel = this.#call((app) => app.panel(this.#request(), this.getAttribute('controls') ?? undefined, presetsDone));
    } catch (err) {
      if (!this.#dead) this.#fail(err);
      return;
    }
    this.#panel = panel;
    const t = this.#t;
    const b = this.#box;
    b.layout.lang = this.#lang;
    b.layout.dataset.view = panel.view;
    this.dataset.builds = String(Number(this.dataset.builds || 0) + 1);
    this.#stopPlay();
    this.#host.t = t;
    const top = buildTop(this.#host, panel.top);
    b.top.replaceChildren(...top);
    b.top.hidden = top.length === 0;
    const sets = buildLevers(this.#host, panel);
    b.panel.replaceChildren(...sets);
    b.panel.hidden = sets.length === 0;
    b.layout.classList.toggle('side', panel.side);
    this.#showStories();
    this.#showNotes();
    this.#showStatus();
    this.#buildActions(panel.buttons);
    b.copy.hidden = true;
    for (const [name, word] of [['table', t.table], ['sources', t.sources], ['assumptions', t.assumptions]]) {
      if (b[name].open) this.#fill(name);
      else b[name].replaceChildren(el('summary', { textContent: word }));
    }
    if (focused) this.shadowRoot.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  // ---- stories: the briefs' questions as the explorer's entry points

  async #showStories() {
    const b = this.#box;
    const list = (await storyList?.catch(() => null))?.[this.#lang];
    if (!list?.length || !this.#panel?.stories) {
      b.stories.hidden = true;
      b.stories.replaceChildren();
    } else if (b.stories.hidden || b.stories.lang !== this.#lang) {
      buildStories(b.stories, list, this.#t.stories, this.#t.storyPick, `w${this.#id}-stories`, (s) => this.#applyPreset(s.query));
      b.stories.lang = this.#lang;
      b.stories.hidden = false;
    }
    this.#showStory(list);
  }

  // The chosen story's one-sentence answer beside the chart; its question marked as chosen.
  #showStory(list) {
    const b = this.#box;
    const story = b.stories.hidden ? null : list?.find((s) => s.levers === this.#drawn?.levers) ?? null;
    const text = story?.caption ?? '';
    if (b.caption.textContent !== text) b.caption.textContent = text;
    b.caption.hidden = !text;
    for (const x of b.stories.querySelectorAll('button[data-story]')) x.setAttribute('aria-pressed', String(x.dataset.story === story?.id));
    const sel = b.stories.querySelector('select');
    if (sel) sel.value = story?.id ?? '';
  }

  #buildActions(undo) {
    const t = this.#t;
    const button = (name, text, fn) => {
      const x = el('button', { type: 'button', textContent: text, 'data-action': name });
      x.addEventListener('click', fn);
      return x;
    };
    const list = [];
    // controls="none": the chart alone, no buttons either.
    this.#box.actions.hidden = !undo;
    if (undo) {
      list.push(button('back', t.back, () => this.#step(-1)), button('forward', t.forward, () => this.#step(1)), button('reset', t.reset, () => this.#reset()));
      list[0].title = t.backTitle;
      list[1].title = t.forwardTitle;
    }
    list.push(
      button('copy-link', t.copyLink, () => this.#copy(this.#link())),
      button('copy-embed', t.copyEmbed, () => this.#copy(this.#call((app) => app.embed(this.#canonical(), this.#lang, this.getAttribute('height') ?? undefined, this.getAttribute('controls') ?? undefined, SCRIPT, this.#drawn?.description ?? '')))),
      button('png', t.png, () => this.#downloadPng()),
      button('csv', t.csv, () => this.#downloadCsv()),
    );
    this.#box.actions.replaceChildren(...list);
    this.#updateUndo();
  }

  #play(button, show, first, last) {
    if (this.#playTimer) {
      this.#stopPlay();
      return;
    }
    let year = Number(this.shadowRoot.querySelector('input[data-key="year"]')?.value ?? first);
    if (year >= last) year = first - 1;
    button.textContent = this.#t.pause;
    button.setAttribute('aria-pressed', 'true');
    this.#playTimer = setInterval(() => {
      year = Math.min(year + 1, last);
      show(year);
      this.#set('year', year);
      this.#changed();
      if (year >= last) this.#stopPlay();
    }, 120);
  }

  #stopPlay() {
    if (!this.#playTimer) return;
    clearInterval(this.#playTimer);
    this.#playTimer = 0;
    this.#commit();
    const play = this.shadowRoot?.querySelector('[data-action="play"]');
    if (play) {
      play.textContent = this.#t.play;
      play.setAttribute('aria-pressed', 'false');
    }
  }

  // The status line (in the reader's language) and, once each, a console warning (English).
  #showStatus() {
    const status = (lang) => this.#call((app) => app.status(this.#state, lang, this.#ignored, this.getAttribute('lang') ?? undefined, this.getAttribute('height') ?? undefined, this.getAttribute('controls') ?? undefined));
    try {
      this.#box.status.textContent = [...status(this.#lang), ...(this.#panel?.loose ?? [])].join(' ');
      for (const text of status('en')) {
        if (this.#warned.has(text)) continue;
        this.#warned.add(text);
        console.warn(`crossroads widget${this.id ? ` #${this.id}` : ''}: ${text}`);
      }
    } catch { /* a dead widget shows its error box */ }
  }

  // The core's notes on the last drawing (worded): each next to its slider (a lever that
  // does nothing as set looks inactive), or under the chart when the slider is not shown.
  #showNotes() {
    const notes = this.#drawn?.notes ?? [];
    const panel = this.#box.panel;
    const signature = JSON.stringify([this.dataset.builds, notes]);
    if (!this.#panel || signature === panel.dataset.notes) return;
    panel.dataset.notes = signature;
    for (const row of panel.querySelectorAll('.param .note')) row.textContent = '';
    for (const row of panel.querySelectorAll('.param[data-idle]')) row.removeAttribute('data-idle');
    const loose = [];
    for (const n of notes) {
      const param = panel.querySelector(`[data-param="${CSS.escape(n.key)}"]`);
      const row = param?.querySelector('.note');
      if (param && n.kind === 'idle') param.setAttribute('data-idle', '');
      if (row) row.textContent = [row.textContent, n.text].filter(Boolean).join(' ');
      // A default that does nothing is said next to its slider only, not under every chart.
      else if (!n.implicit) loose.push(el('span', { textContent: `${n.label}: ${n.text}`, 'data-note': n.key }));
    }
    this.#box.notes.replaceChildren(...loose);
  }

  #clearClamp(key) {
    const row = this.#box.panel.querySelector(`[data-param="${CSS.escape(key)}"] .clamp`);
    if (row) row.textContent = '';
  }

  #reset() {
    const p = this.#panel;
    this.#readState(p ? `view=${p.view}&country=${p.country}` : '');
    this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- Back and Forward: committed states (a slider released, a menu chosen, a preset,
  // reset, an edited address), not every input event. With url-state each committed state is
  // also an entry of the browser's history (the moves of a drag replace one entry), so the
  // browser's Back and the widget's are the same step.

  #commit() {
    if (!this.#panel || this.#dead || !this.#app) return;
    const past = this.#past;
    const entry = { q: this.#canonical(false), state: this.#state, ignored: this.#ignored, lang: this.#lang, chosen: this.#langChosen };
    const last = past.list[past.at];
    if (last && last.q === entry.q && last.lang === entry.lang) return;
    past.list.length = past.at + 1;
    past.list.push(entry);
    if (past.list.length > 200) past.list.shift();
    past.at = past.list.length - 1;
    if (this.hasAttribute('url-state')) {
      clearTimeout(this.#hashTimer);
      entry.hash = this.#canonical();
      this.#writeUrl(entry.hash, past.at, past.at === 0);
    }
    this.#updateUndo();
  }

  #step(d) {
    const i = this.#past.at + d;
    if (i < 0 || i >= this.#past.list.length) return;
    const own = this.hasAttribute('url-state') && typeof history.state?.crossroads === 'number';
    if (own && history.state.crossroads !== i) {
      if (d < 0) history.back();
      else history.forward(); // #onPopState restores the state
      return;
    }
    this.#restore(i);
  }

  #restore(i) {
    const entry = this.#past.list[i];
    if (!entry || this.#dead || !this.#app) return;
    this.#past.at = i;
    ({ state: this.#state, ignored: this.#ignored, lang: this.#lang, chosen: this.#langChosen } = entry);
    this.#buildControls();
    this.#schedule(true);
    this.#updateUndo();
  }

  #updateUndo() {
    const [back, forward] = ['back', 'forward'].map((a) => this.#box.actions.querySelector(`[data-action="${a}"]`));
    if (back) back.disabled = this.#past.at <= 0;
    if (forward) forward.disabled = this.#past.at >= this.#past.list.length - 1;
  }

  // The page's address for `q`, as history entry `index` of this widget: the entry is
  // replaced when it is that one already (or not the widget's), else a new one is pushed.
  #writeUrl(q, index, replace = false) {
    this.#writtenHash = q;
    const url = `${location.pathname}${location.search}${q ? `#${q}` : ''}`;
    const current = history.state?.crossroads;
    if (replace || typeof current !== 'number' || current === index) history.replaceState({ crossroads: index }, '', url);
    else history.pushState({ crossroads: index }, '', url);
  }

  #onPopState = (ev) => {
    const i = ev.state?.crossroads;
    // An entry of this page's earlier visit, or a draft: #onHashChange reads the address.
    if (typeof i !== 'number' || this.#past.list[i]?.hash !== location.hash.slice(1)) return;
    this.#writtenHash = location.hash.slice(1);
    this.#restore(i);
  };

  // ---- drawing

  // A change of state by the reader: redrawn at once unless this frame has drawn already.
  #changed() {
    this.#schedule(true);
    if (this.hasAttribute('url-state')) {
      clearTimeout(this.#hashTimer);
      this.#hashTimer = setTimeout(() => this.#writeHash(), 150);
    }
  }

  #onRatioChange = () => {
    this.#watchPixelRatio();
    this.#schedule();
  };

  #watchPixelRatio() {
    this.#ratioQuery?.removeEventListener('change', this.#onRatioChange);
    this.#ratioQuery = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    this.#ratioQuery.addEventListener('change', this.#onRatioChange);
  }

  // At most one draw per animation frame. `now`: the first request of a frame draws at once
  // (a slider's input shows without waiting for the next frame); later requests of the same
  // frame, and every request without `now` (resizes), are coalesced into the next frame.
  #schedule(now = false) {
    if (this.#dead) return;
    if (now && !this.#drewInFrame && this.#app && this.#size) {
      this.#dirty = false;
      this.#draw();
      this.#drewInFrame = true;
    } else {
      this.#dirty = true;
    }
    this.#frame ||= requestAnimationFrame(this.#onFrame);
  }

  #onFrame = () => {
    this.#frame = 0;
    this.#drewInFrame = false;
    if (!this.#dirty || this.#dead) return;
    this.#dirty = false;
    this.#draw();
    this.#drewInFrame = true;
    this.#frame = requestAnimationFrame(this.#onFrame); // ends this frame's turn
  };

  #draw() {
    if (!this.#app || !this.#size || this.#size.width === 0 || this.#dead) return;
    try {
      const start = performance.now();
      const drawn = this.#call((app) => app.draw(this.#canvas, this.#request(), this.#size.width, this.#size.height, window.devicePixelRatio || 1));
      const end = performance.now();
      this.#drawn = drawn;
      this.#canvas.setAttribute('aria-label', drawn.description);
      this.#canvas.textContent = drawn.description;
      this.#readout.plot = drawn.plot;
      this.dataset.query = drawn.query;
      this.#box.error.hidden = true;
      this.#afterDraw(start, end);
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  // What follows a drawing: timings, the controls of the first chart, notes, open panels.
  #afterDraw(start, end) {
    if (!firstChartLogged) {
      firstChartLogged = true;
      performance.mark('crossroads:first-chart');
      const ms = Math.round;
      console.info(`crossroads: first chart drawn ${ms(end)} ms after navigation start (wasm fetch+compile ${ms(timings.wasm)} ms, data parse ${ms(timings.data)} ms, draw ${ms(end - start)} ms)`);
    }
    if (this.#controlsPending && !this.#panel) {
      if (!this.#controlsQueued) {
        // The controls wait until a frame has shown the chart (laying out dozens of
        // sliders would hold that frame up); the timer covers a page with no frames.
        this.#controlsQueued = true;
        let done = false;
        const go = () => {
          if (!done) this.#finishStart();
          done = true;
        };
        requestAnimationFrame(() => setTimeout(go, 0));
        setTimeout(go, 250);
      }
    } else {
      if (this.#controlsPending) this.#buildControls();
      this.dataset.state = 'ready';
    }
    if (this.#pendingInput) {
      this.drawTimes.push({ draw: end - start, sinceInput: end - this.#pendingInput });
      if (this.drawTimes.length > 20000) this.drawTimes.splice(0, 10000);
      this.#pendingInput = 0;
    }
    this.#showNotes();
    storyList?.then((both) => this.#showStory(both?.[this.#lang]));
    this.dataset.draws = String(Number(this.dataset.draws || 0) + 1);
    if (this.#box.table.open) this.#fill('table');
    if (this.#box.assumptions.open) this.#fill('assumptions');
  }

  #fail(err) {
    this.dataset.state = 'error';
    const message = err instanceof Error ? err.message : String(err);
    const t = this.#t;
    // The core words its errors in English: another language's reader gets a sentence in
    // their language, and the core's words folded away and marked as English.
    const code = el('code', { lang: 'en', textContent: message });
    this.#box.error.replaceChildren(...(this.#lang === 'en'
      ? [el('strong', { textContent: t.failed ?? 'The chart could not be drawn:' }), ' ', message]
      : [el('strong', { textContent: t.failed }), el('details', {}, [el('summary', { textContent: t.failedDetails }), code])]));
    this.#box.error.hidden = false;
    this.#box.status.textContent = '';
    console.error(err);
  }

  // ---- URL state, links and embed code

  // A state not committed yet (a slider being dragged): the entry after the last committed
  // one, pushed once and then replaced.
  #writeHash() {
    if (this.#dead || !this.#app) return;
    const q = this.#canonical();
    if (q === this.#writtenHash) return;
    const next = this.#past.at + 1;
    const current = history.state?.crossroads;
    // A new browser entry drops the browser's forward entries: drop the widget's too.
    if (typeof current === 'number' && current !== next && this.#past.list.length > next) {
      this.#past.list.length = next;
      this.#updateUndo();
    }
    this.#writeUrl(q, next);
  }

  #onHashChange = () => {
    const q = location.hash.slice(1);
    if (q === this.#writtenHash || !this.#app || this.#dead) return;
    this.#writtenHash = q;
    try {
      this.#readState(q);
    } catch (err) {
      if (!this.#dead) this.#fail(err);
      return;
    }
    this.#buildControls();
    this.#schedule();
    this.#commit();
  };

  // The canonical request of the current state (written by the core); the language is
  // part of it only when the reader chose one.
  #canonical(lang = this.#langChosen) {
    const request = this.#request({ lang });
    try {
      return this.#call((app) => app.parse(request)).query;
    } catch {
      return request;
    }
  }

  #link() {
    const q = this.#canonical();
    const base = this.hasAttribute('url-state') ? `${location.origin}${location.pathname}${location.search}` : EXPLORER;
    return q ? `${base}#${q}` : base;
  }

  #copy(text) {
    this.#closeCopy = openCopy(this.#box.copy, text, this.#t, this.shadowRoot.activeElement);
  }

  // ---- downloads and the folded panels

  #save(blob, ext) {
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: `crossroads-${this.#panel?.view || 'projection'}-${this.#panel?.country || 'RUS'}.${ext}` });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  #downloadPng() {
    this.#canvas.toBlob((blob) => blob && this.#save(blob, 'png'), 'image/png');
  }

  /** The numbers behind the chart as drawn, as CSV text. */
  csv() {
    return this.#call((app) => app.csv(this.#request()));
  }

  // A ZIP (written by the core) of the CSV, header first, and a text file of its title,
  // scenario, sources and notes: it opens cleanly in a spreadsheet.
  #downloadCsv() {
    try {
      this.#save(new Blob([this.#call((app) => app.download(this.#request()))], { type: 'application/zip' }), 'zip');
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  // The data table, the assumptions or the sources, from the core in the reader's language.
  #fill(name) {
    const t = this.#t;
    try {
      if (name === 'table') fillTable(this.#box.table, this.#call((app) => app.table(this.#request())), t.table);
      if (name === 'assumptions') fillAssumptions(this.#box.assumptions, this.#call((app) => app.assumptions(this.#request())), t.assumptions);
      if (name === 'sources') fillSources(this.#box.sources, this.#call((app) => app.sources(this.#lang)), t);
    } catch { /* a dead widget shows its error box */ }
  }
}

if (!customElements.get('crossroads-widget')) customElements.define('crossroads-widget', CrossroadsWidget);
