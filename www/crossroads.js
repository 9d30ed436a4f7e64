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
// DOM wiring only. The state is one query string the core reads and writes (`read`, `set`);
// everything shown comes from the core worded (src/app), rendered by controls.js and
// panels.js; page.js loads the core, history.js keeps Back and Forward. At most one draw per
// animation frame. No inline scripts, styles, handler attributes or innerHTML, no globals
// besides the element's name, no request beyond this file's own origin.
import { Crossroads, takePanic } from './pkg/crossroads_core.js';
import { Readout } from './readout.js';
import { BandClient } from './bands.js';
import { el, buildTop, buildLevers, buildActions, showNotes, showStories, Player } from './controls.js';
import { fillPanel, openCopy, showError, save } from './panels.js';
import { Past } from './history.js';
import {
  loadCore, timeData, markFirstChart, afterFrame, shared, later, texts, wordsOf, prepareCanvas, buildShell, guessLayout, applyHeight, LOADING,
} from './page.js';

const SCRIPT = import.meta.url;
const EXPLORER = new URL('./index.html', import.meta.url).href;

const langOf = (s) => (String(s || '').toLowerCase().startsWith('ru') ? 'ru' : 'en');
const isLang = (s) => /^(en|ru)(-|$)/i.test(String(s || '').trim());

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
  #source = ''; // the request read last (the status line names what the core refused of it)
  #panel = null; // the core's controls of the state (src/app/panel.rs)
  #drawn = null; // the core's answer to the last draw
  #size = null;
  #frame = 0;
  #dirty = false;
  #drewInFrame = false;
  #pendingInput = 0;
  #observer = null;
  #ratioQuery = null;
  #player = new Player((year) => {
    this.#set('year', year);
    this.#changed();
  }, () => this.#commit());
  #built = false;
  #controlsPending = false;
  #controlsQueued = false;
  #box = {}; // the shadow root's parts, by name
  #canvas = null;
  #readout = null;
  // The band of simulated futures around the scenario, computed in a worker (bands.js).
  #bands = new BandClient(() => this.#schedule());
  #warned = new Set(); // console warnings already given
  #pendingAttrs = null; // attribute names changed since the last microtask
  #past = new Past({
    ready: () => Boolean(this.#app) && !this.#dead,
    urlState: () => this.hasAttribute('url-state'),
    canonical: (lang) => this.#canonical(lang),
    snapshot: () => ({ state: this.#state, source: this.#source, lang: this.#lang, chosen: this.#langChosen }),
    apply: (entry) => {
      ({ state: this.#state, source: this.#source, lang: this.#lang, chosen: this.#langChosen } = entry);
      this.#buildControls();
      this.#schedule(true);
    },
    read: (q) => {
      this.#readState(q);
      this.#buildControls();
      this.#schedule();
      this.#commit();
    },
    buttons: () => ['back', 'forward'].map((a) => this.#box.actions.querySelector(`[data-action="${a}"]`)),
  });
  #tap = null; // a touch that landed on a slider's track away from its thumb
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
    this.#bands.stop();
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
    if (names.has('view') || names.has('country') || names.has('scenario')) this.#readState();
    if (names.size === 1 && names.has('height')) this.#showStatus();
    else this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- state: one query string, read and written by the core

  #attr = (name) => this.getAttribute(name) ?? undefined;

  // The widget's own lang when it is one the widget speaks, else the page's around it.
  #pickLang() {
    const own = this.getAttribute('lang');
    if (isLang(own)) return langOf(own);
    return langOf(this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  // Reads a request (`undefined`: the attributes') into the state: every part the core
  // accepts is kept and the others are named in the status line and the console (one bad
  // attribute never wipes the rest).
  #readState(query) {
    const read = this.#call((app) => app.read(query, this.#attr('view'), this.#attr('country'), this.#attr('scenario')));
    this.#state = read.query;
    this.#source = read.source;
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
    showError(this.#box.error, this.#t, 'panic', message);
    for (const c of this.shadowRoot.querySelectorAll('input, select, button')) c.disabled = true;
    console.error(`crossroads widget ${this.id || `#${this.#id}`}: ${message}`);
  }

  /** Test hook: a deliberate panic in the core, on this widget's behalf (`test-panic` builds only). */
  async panicForTest(message) {
    const mod = await import('./pkg/crossroads_core.js');
    if (typeof mod.testPanic !== 'function') throw new Error('not a test-panic build');
    try { this.#call(() => mod.testPanic(String(message))); } catch { /* shown in the widget's error box */ }
  }

  // ---- building the DOM

  get #t() {
    return texts[this.#lang] ?? {};
  }

  #buildShell() {
    const b = buildShell(this.attachShadow({ mode: 'open' }));
    this.#box = b;
    this.#canvas = b.canvas;
    this.#readout = new Readout(b.chart, b.canvas, (year) => this.#call((app) => app.readout(this.#request(), year)));
    b.status.after(this.#bands.element);
    for (const name of ['table', 'sources', 'assumptions']) {
      b[name].addEventListener('toggle', () => b[name].open && this.#fill(name));
    }
    this.#applyHeight();
    b.layout.lang = this.#pickLang(); // screen readers read each part in its language
    b.status.textContent = LOADING[b.layout.lang];
  }

  #applyHeight() {
    applyHeight(this.#box.chart, this.getAttribute('height'));
  }

  #start() {
    if (this.#app || this.#dead) return;
    try {
      this.#app = timeData(() => new Crossroads());
      for (const lang of ['en', 'ru']) wordsOf(this.#app, lang);
      this.#lang = this.#pickLang();
      const fromHash = this.hasAttribute('url-state') && location.hash.length > 1;
      this.#readState(fromHash ? location.hash.slice(1) : undefined);
      if (fromHash) this.#past.written = location.hash.slice(1);
    } catch (err) {
      this.#fail(err);
      return;
    }
    // The chart first; the controls (dozens of sliders) once it is on screen.
    this.#built = true;
    this.#controlsPending = true;
    if (!this.#panel) guessLayout(this.#box, this.getAttribute('controls'));
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
    shared.presets ??= later(50, () => Boolean(this.#call((app) => app.presets('en'))));
    shared.presets.then((ok) => {
      shared.presetsDone ||= ok;
      if (ok && !this.#dead) this.#buildControls(true);
    });
    shared.stories ??= later(0, () => ({ en: this.#call((app) => app.stories('en')), ru: this.#call((app) => app.stories('ru')) }));
    shared.stories.then(() => !this.#dead && this.#showStories());
  }

  // While the core loads: the chart box laid out, the canvas and its fonts made ready.
  #prepareCanvas() {
    guessLayout(this.#box, this.getAttribute('controls'));
    this.#size = prepareCanvas(this.#canvas, this.#box.chart) ?? this.#size;
  }

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
    play: (button, show, first, last) => this.#player.toggle(button, show, first, last, this.#t.pause),
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
      panel = this.#call((app) => app.panel(this.#request(), this.#attr('controls'), shared.presetsDone));
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

  // The briefs' questions (computed once per page) and the chosen one's answer.
  async #showStories() {
    const list = (await shared.stories?.catch(() => null))?.[this.#lang];
    const pick = (story) => this.#applyPreset(story.query);
    showStories(this.#box.stories, this.#box.caption, list, { shown: this.#panel?.stories, t: this.#t, id: `w${this.#id}-stories`, lang: this.#lang, levers: this.#drawn?.levers, pick });
  }

  #buildActions(undo) {
    const embed = () => this.#call((app) => app.embed(this.#canonical(), this.#lang, this.#attr('height'), this.#attr('controls'), SCRIPT, this.#drawn?.description ?? ''));
    const copy = (text) => openCopy(this.#box.copy, text, this.#t, this.shadowRoot.activeElement);
    buildActions(this.#box.actions, this.#t, undo, {
      back: () => this.#past.step(-1),
      forward: () => this.#past.step(1),
      reset: () => this.#reset(),
      'copy-link': () => copy(this.#link()),
      'copy-embed': () => copy(embed()),
      png: () => this.#canvas.toBlob((blob) => blob && this.#save(blob, 'png'), 'image/png'),
      csv: () => this.#downloadCsv(),
    });
    this.#past.update();
  }

  #stopPlay() {
    this.#player.stop();
  }

  // The status line (in the reader's language) and, once each, a console warning (English).
  #showStatus() {
    const status = (lang) => this.#call((app) => app.status(this.#source, this.#state, lang, this.#attr('lang'), this.#attr('height'), this.#attr('controls')));
    try {
      this.#box.status.textContent = [...status(this.#lang), ...(this.#panel?.loose ?? [])].join(' ');
      for (const text of status('en')) {
        if (this.#warned.has(text)) continue;
        this.#warned.add(text);
        console.warn(`crossroads widget${this.id ? ` #${this.id}` : ''}: ${text}`);
      }
    } catch { /* a dead widget shows its error box */ }
  }

  // The core's notes on the last drawing, next to their sliders or under the chart.
  #showNotes() {
    const signature = JSON.stringify([this.dataset.builds, this.#drawn?.notes]);
    if (!this.#panel || signature === this.#box.panel.dataset.notes) return;
    this.#box.panel.dataset.notes = signature;
    showNotes(this.#box.panel, this.#box.notes, this.#drawn?.notes ?? []);
  }

  #clearClamp(key) {
    const row = this.#box.panel.querySelector(`[data-param="${CSS.escape(key)}"] .clamp`);
    if (row) row.textContent = '';
  }

  #commit() {
    if (this.#panel) this.#past.commit();
  }

  #reset() {
    const p = this.#panel;
    this.#readState(p ? `view=${p.view}&country=${p.country}` : '');
    this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- drawing

  // A change of state by the reader: redrawn at once unless this frame has drawn already.
  #changed() {
    this.#schedule(true);
    this.#past.draft();
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
      this.#bands.after(this.#app, this.#request(), this.#lang);
      this.#afterDraw(start, end);
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  // What follows a drawing: timings, the controls of the first chart, notes, open panels.
  #afterDraw(start, end) {
    markFirstChart(start, end);
    if (this.#controlsPending && !this.#panel) {
      // The controls wait until a frame has shown the chart (laying out dozens of sliders
      // would hold that frame up).
      if (!this.#controlsQueued) afterFrame(() => this.#finishStart());
      this.#controlsQueued = true;
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
    this.#showStories();
    this.dataset.draws = String(Number(this.dataset.draws || 0) + 1);
    if (this.#box.table.open) this.#fill('table');
    if (this.#box.assumptions.open) this.#fill('assumptions');
  }

  #fail(err) {
    this.dataset.state = 'error';
    showError(this.#box.error, this.#t, this.#lang, err instanceof Error ? err.message : String(err));
    this.#box.status.textContent = '';
    console.error(err);
  }

  // ---- URL state, links and embed code

  #onHashChange = () => this.#past.onHashChange();
  #onPopState = (ev) => this.#past.onPopState(ev);

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

  // ---- downloads and the folded panels

  #save(blob, ext) {
    save(this.shadowRoot, blob, `crossroads-${this.#panel?.view || 'projection'}-${this.#panel?.country || 'RUS'}.${ext}`);
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
    try {
      fillPanel(name, this.#box, (f) => this.#call(f), this.#request(), this.#lang, this.#t);
    } catch { /* a dead widget shows its error box */ }
  }
}

if (!customElements.get('crossroads-widget')) customElements.define('crossroads-widget', CrossroadsWidget);
