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
// This file only wires the DOM: it builds the controls from the parameter table the core
// hands over, schedules at most one draw per animation frame and keeps the state string.
// No inline scripts, styles, event-handler attributes or innerHTML, no globals besides the
// element's name, and no request beyond this file's own origin.
import init, { Crossroads, takePanic, views as coreViews } from './pkg/crossroads_core.js';

const STYLESHEET = new URL('./crossroads.css', import.meta.url).href;
const SCRIPT = import.meta.url;
const EXPLORER = new URL('./index.html', import.meta.url).href;

// ---------------------------------------------------------------------------------------
// Texts of the interface. Parameter labels, units and sources come from the core's table
// (with `label_ru` where the table has it); everything else is here.
const UI = {
  en: {
    views: {
      projection: 'Projection', pyramid: 'Age pyramid', compare: 'Compare scenarios',
      compatriots: 'Compatriots', remittances: 'Remittances', relokanty: 'Relokanty',
    },
    view: 'View', preset: 'Preset', presetNone: 'Custom scenario', year: 'Year',
    play: 'Play', pause: 'Pause',
    reset: 'Reset', copyLink: 'Copy link', copyEmbed: 'Copy embed code',
    png: 'Download PNG', csv: 'Download CSV', table: 'Data table', sources: 'Sources',
    copied: 'Copied to the clipboard:', copyManual: 'Copy this text:',
    loading: 'Loading the chart…',
    defaultIs: 'Default', source: 'source',
    clamp: (given, used, min, max) => `${given} is outside ${min}…${max}; using ${used}`,
    badQuery: (msg) => `${msg}. Showing the defaults instead.`,
    panic: 'This chart stopped because of an internal error (other charts on the page are not affected). Reload the page to try again.',
    failed: 'The chart could not be drawn:',
    chart: 'Chart',
    datasets: 'Embedded datasets', citations: 'Published figures and their sources',
    parameterSources: 'Defaults of the sliders',
    groups: {
      view: 'Country and variant', fertility: 'Fertility', survival: 'Survival', war: 'War',
      migration: 'Other migration', labour: 'Central Asian labour migrants',
      compatriots: 'Compatriots Program', ukrainians: 'Ukrainians', relokanty: 'Relokanty',
      remittances: 'Remittances',
    },
    units: {},
  },
  ru: {
    views: {
      projection: 'Прогноз', pyramid: 'Половозрастная пирамида', compare: 'Сравнение сценариев',
      compatriots: 'Соотечественники', remittances: 'Денежные переводы', relokanty: 'Релоканты',
    },
    view: 'Вид', preset: 'Сценарий', presetNone: 'Свой сценарий', year: 'Год',
    play: 'Пуск', pause: 'Пауза',
    reset: 'Сбросить', copyLink: 'Копировать ссылку', copyEmbed: 'Код для встраивания',
    png: 'Скачать PNG', csv: 'Скачать CSV', table: 'Таблица данных', sources: 'Источники',
    copied: 'Скопировано в буфер обмена:', copyManual: 'Скопируйте этот текст:',
    loading: 'Загрузка графика…',
    defaultIs: 'По умолчанию', source: 'источник',
    clamp: (given, used, min, max) => `${given} вне диапазона ${min}…${max}; используется ${used}`,
    badQuery: (msg) => `${msg}. Показаны значения по умолчанию.`,
    panic: 'График остановлен из-за внутренней ошибки (другие графики на странице работают). Перезагрузите страницу, чтобы попробовать снова.',
    failed: 'Не удалось построить график:',
    chart: 'График',
    datasets: 'Встроенные наборы данных', citations: 'Опубликованные цифры и их источники',
    parameterSources: 'Значения ползунков по умолчанию',
    groups: {
      view: 'Страна и вариант', fertility: 'Рождаемость', survival: 'Смертность', war: 'Война',
      migration: 'Прочая миграция', labour: 'Трудовые мигранты из Центральной Азии',
      compatriots: 'Программа соотечественников', ukrainians: 'Украинцы', relokanty: 'Релоканты',
      remittances: 'Денежные переводы',
    },
    units: {
      'children per woman': 'детей на женщину', years: 'лет', year: 'год',
      'thousand per year': 'тыс. в год', thousand: 'тыс.', percent: '%',
      'percent of stock': '% численности',
    },
  },
};

const langOf = (s) => (String(s || '').toLowerCase().startsWith('ru') ? 'ru' : 'en');

// ---------------------------------------------------------------------------------------
// One wasm instance for the page, loaded on first use.
let core = null;
const timings = { wasm: 0, data: 0 };
let firstChartLogged = false;

function loadCore() {
  core ??= (async () => {
    const start = performance.now();
    await init();
    timings.wasm = performance.now() - start;
    const t = performance.now();
    const probe = new Crossroads();
    const shared = {
      params: probe.params().params,
      presets: probe.presets(),
      countries: probe.countries(),
      views: coreViews(),
    };
    probe.free();
    timings.data = performance.now() - t;
    return shared;
  })();
  return core;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('aria-') || k.startsWith('data-') || k === 'role' || k === 'for') node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children);
  return node;
}

// Number text as the table's decimals write it in the query string (trailing zeros cut).
function queryNumber(v, decimals) {
  let s = Number(v).toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

let uid = 0;

class CrossroadsWidget extends HTMLElement {
  static observedAttributes = ['view', 'country', 'scenario', 'lang', 'height', 'controls'];

  #id = ++uid;
  #shared = null;
  #app = null;
  #dead = false;
  #ui = null;
  #lang = 'en';
  #view = 'projection';
  #year = null;
  #values = {};
  #clamps = [];
  #queryError = '';
  #query = '';
  #description = '';
  #size = null;
  #frame = 0;
  #pendingInput = 0;
  #observer = null;
  #ratioQuery = null;
  #hashTimer = 0;
  #writtenHash = null;
  #playTimer = 0;
  #built = false;
  drawTimes = [];

  // ---- lifecycle

  connectedCallback() {
    if (!this.shadowRoot) this.#buildShell();
    this.dataset.state = this.#dead ? 'error' : 'loading';
    loadCore().then(
      (shared) => this.#start(shared),
      (err) => this.#fail(err),
    );
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.#size = { width: box.width, height: box.height };
      this.#schedule();
    });
    this.#observer.observe(this.#chartBox);
    this.#watchPixelRatio();
    if (this.hasAttribute('url-state')) window.addEventListener('hashchange', this.#onHashChange);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#ratioQuery?.removeEventListener('change', this.#onRatioChange);
    window.removeEventListener('hashchange', this.#onHashChange);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearInterval(this.#playTimer);
    this.#playTimer = 0;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#shared || old === value) return;
    if (name === 'lang') {
      this.#lang = this.#pickLang();
      this.#buildControls();
    } else if (name === 'height') {
      this.#applyHeight();
    } else if (name === 'controls') {
      this.#buildControls();
    } else {
      this.#readState(this.#attributeQuery());
      this.#buildControls();
    }
    this.#schedule();
  }

  // ---- state

  #pickLang() {
    return langOf(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  #attributeQuery() {
    const parts = [];
    const view = this.getAttribute('view');
    if (view) parts.push(`view=${encodeURIComponent(view.trim())}`);
    const country = this.getAttribute('country');
    const scenario = (this.getAttribute('scenario') || '').trim().replace(/^[?#]/, '');
    // The country attribute wins over a country inside the scenario string.
    const rest = country ? scenario.split('&').filter((s) => !/^\s*country\s*=/.test(s)) : [scenario];
    if (country) parts.push(`country=${encodeURIComponent(country.trim())}`);
    parts.push(...rest.filter((s) => s.trim() !== ''));
    return parts.join('&');
  }

  // Reads a request string into the widget's state; a request the core refuses is reported
  // in the widget (never silently replaced by the defaults).
  #readState(query) {
    let parsed;
    this.#queryError = '';
    try {
      parsed = this.#call((app) => app.parse(query));
    } catch (err) {
      if (this.#dead) return;
      this.#queryError = err instanceof Error ? err.message : String(err);
      parsed = this.#call((app) => app.parse(''));
    }
    this.#view = parsed.view;
    this.#year = parsed.year ?? null;
    if (/(^|&)lang=/.test(query)) this.#lang = parsed.lang;
    this.#values = { ...parsed.scenario };
    this.#clamps = parsed.clamps;
    this.#query = parsed.query;
  }

  #param(key) {
    return this.#shared.params.find((p) => p.key === key);
  }

  // The request string of the current state (the core canonicalises it).
  #request() {
    const parts = [];
    if (this.#view !== 'projection') parts.push(`view=${this.#view}`);
    if (this.#year != null && this.#view === 'pyramid') parts.push(`year=${this.#year}`);
    for (const p of this.#shared.params) {
      const v = this.#values[p.key];
      if (v === undefined) continue;
      if (p.kind === 'choice') {
        if (v !== p.choices[p.default]) parts.push(`${p.key}=${encodeURIComponent(v)}`);
      } else {
        const text = queryNumber(v, p.decimals);
        if (text !== queryNumber(p.default, p.decimals)) parts.push(`${p.key}=${text}`);
      }
    }
    return parts.join('&');
  }

  // ---- wasm calls, with the panic funnel

  #call(fn) {
    if (this.#dead) throw new Error('crossroads: this widget stopped after an internal error');
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
    clearInterval(this.#playTimer);
    try { this.#app?.free(); } catch { /* the handle may be poisoned: drop it */ }
    this.#app = null;
    if (this.#errorBox) {
      this.#errorBox.replaceChildren(el('strong', { textContent: this.#t.panic }), el('br'), el('code', { textContent: message }));
      this.#errorBox.hidden = false;
    }
    for (const c of this.shadowRoot.querySelectorAll('input, select, button')) c.disabled = true;
    console.error(`crossroads widget #${this.#id}: ${message}`);
  }

  // Test hook (the browser tests' only way to a deliberate panic): exists only in builds
  // with the `test-panic` feature, where the core exports `testPanic`.
  async panicForTest(message) {
    const mod = await import('./pkg/crossroads_core.js');
    if (typeof mod.testPanic !== 'function') throw new Error('not a test-panic build');
    try { this.#call(() => mod.testPanic(message)); } catch { /* shown in the widget */ }
  }

  // ---- building the DOM

  get #t() {
    return UI[this.#lang];
  }

  #chartBox = null;
  #canvas = null;
  #controlsBox = null;
  #actions = null;
  #errorBox = null;
  #statusBox = null;
  #copyBox = null;
  #tableBox = null;
  #sourcesBox = null;

  #buildShell() {
    const root = this.attachShadow({ mode: 'open' });
    this.#canvas = el('canvas', { role: 'img', 'aria-label': '' });
    this.#chartBox = el('div', { class: 'chart' }, [this.#canvas]);
    this.#controlsBox = el('div', { class: 'controls' });
    this.#actions = el('div', { class: 'actions' });
    this.#errorBox = el('div', { class: 'error', role: 'alert', hidden: true });
    this.#statusBox = el('p', { class: 'status', role: 'status' });
    this.#copyBox = el('div', { class: 'copy', hidden: true });
    this.#tableBox = el('details', { class: 'table' });
    this.#sourcesBox = el('details', { class: 'sources' });
    root.append(
      el('link', { rel: 'stylesheet', href: STYLESHEET }),
      this.#errorBox,
      this.#chartBox,
      this.#statusBox,
      this.#actions,
      this.#copyBox,
      this.#controlsBox,
      this.#tableBox,
      this.#sourcesBox,
    );
    this.#tableBox.addEventListener('toggle', () => this.#tableBox.open && this.#fillTable());
    this.#sourcesBox.addEventListener('toggle', () => this.#sourcesBox.open && this.#fillSources());
    this.#applyHeight();
    this.#statusBox.textContent = 'Loading…';
  }

  #applyHeight() {
    const h = Number.parseFloat(this.getAttribute('height'));
    if (Number.isFinite(h) && h > 0) {
      this.#chartBox.classList.add('fixed');
      this.#chartBox.style.setProperty('--chart-height', `${Math.min(Math.max(h, 220), 2000)}px`);
    } else {
      this.#chartBox.classList.remove('fixed');
    }
  }

  #start(shared) {
    if (this.#app || this.#dead) return;
    this.#shared = shared;
    try {
      this.#app = new Crossroads();
    } catch (err) {
      this.#fail(err);
      return;
    }
    this.#lang = this.#pickLang();
    const fromHash = this.hasAttribute('url-state') && location.hash.length > 1;
    this.#readState(fromHash ? location.hash.slice(1) : this.#attributeQuery());
    this.#built = true;
    this.#buildControls();
    this.#schedule();
  }

  #shown() {
    const attr = this.getAttribute('controls');
    if (attr === null) return null; // everything
    const list = attr.split(',').map((s) => s.trim()).filter(Boolean);
    return list.includes('none') ? [] : list;
  }

  #wants(key, shown) {
    return shown === null || shown.includes(key);
  }

  #buildControls() {
    if (!this.#built) return;
    const t = this.#t;
    const shown = this.#shown();
    const box = this.#controlsBox;
    box.replaceChildren();
    this.#statusBox.textContent = '';

    const top = el('div', { class: 'top' });
    if (this.#wants('view', shown)) {
      const sel = this.#select('view', t.view, this.#shared.views.map((v) => [v, t.views[v] ?? v]), this.#view, (v) => {
        this.#view = v;
        this.#buildControls();
        this.#changed();
      });
      top.append(sel);
    }
    if (this.#wants('country', shown)) {
      const names = this.#shared.countries.map((c) => [c.iso3, this.#lang === 'ru' ? c.name_ru : c.name_en]);
      top.append(this.#select('country', this.#label(this.#param('country')), names, this.#values.country, (v) => {
        this.#values.country = v;
        this.#changed();
      }));
    }
    if (this.#wants('preset', shown)) {
      const opts = [['', t.presetNone], ...this.#shared.presets.map((p) => [p.id, p.name])];
      const current = this.#shared.presets.find((p) => p.query === this.#scenarioQuery())?.id ?? '';
      top.append(this.#select('preset', t.preset, opts, current, (id) => {
        const p = this.#shared.presets.find((x) => x.id === id);
        if (!p) return;
        const country = this.#values.country;
        this.#readState([this.#view !== 'projection' ? `view=${this.#view}` : '', p.query].filter(Boolean).join('&'));
        if (!/(^|&)country=/.test(p.query)) this.#values.country = country;
        this.#buildControls();
        this.#changed();
      }));
    }
    if (this.#view === 'pyramid' && this.#wants('year', shown)) top.append(this.#yearControl());
    if (top.childElementCount) box.append(top);

    // Sliders, grouped by the table's groups.
    const groups = new Map();
    for (const p of this.#shared.params) {
      if (p.key === 'country' || !this.#wants(p.key, shown)) continue;
      if (!groups.has(p.group)) groups.set(p.group, []);
      groups.get(p.group).push(p);
    }
    for (const [group, params] of groups) {
      const fs = el('fieldset', { class: 'group' }, [el('legend', { textContent: t.groups[group] ?? group })]);
      for (const p of params) fs.append(this.#paramControl(p));
      box.append(fs);
    }
    for (const c of this.#clamps) this.#showClamp(c);
    if (this.#queryError) this.#statusBox.textContent = t.badQuery(this.#queryError);

    this.#buildActions(shown);
    this.#copyBox.hidden = true;
    if (this.#tableBox.open) this.#fillTable();
    else this.#tableBox.replaceChildren(el('summary', { textContent: t.table }));
    if (this.#sourcesBox.open) this.#fillSources();
    else this.#sourcesBox.replaceChildren(el('summary', { textContent: t.sources }));
  }

  #buildActions(shown) {
    const t = this.#t;
    const button = (name, text, fn) => {
      const b = el('button', { type: 'button', textContent: text, 'data-action': name });
      b.addEventListener('click', fn);
      return b;
    };
    const list = [];
    if (shown === null || shown.length) list.push(button('reset', t.reset, () => this.#reset()));
    list.push(
      button('copy-link', t.copyLink, () => this.#copy(this.#link())),
      button('copy-embed', t.copyEmbed, () => this.#copy(this.#embedCode())),
      button('png', t.png, () => this.#downloadPng()),
      button('csv', t.csv, () => this.#downloadCsv()),
    );
    this.#actions.replaceChildren(...list);
  }

  #label(p) {
    return (this.#lang === 'ru' && p.label_ru) || p.label;
  }

  #unit(p) {
    if (this.#lang === 'ru') return p.unit_ru || this.#t.units[p.unit] || p.unit;
    return p.unit;
  }

  #format(p, v) {
    if (p.kind === 'choice') return String(v);
    const year = p.unit === 'year';
    return new Intl.NumberFormat(this.#lang === 'ru' ? 'ru-RU' : 'en-GB', {
      minimumFractionDigits: p.decimals,
      maximumFractionDigits: p.decimals,
      useGrouping: !year,
    }).format(v);
  }

  #valueText(p, v) {
    const unit = this.#unit(p);
    if (!unit || p.unit === 'year') return this.#format(p, v);
    return unit === '%' ? `${this.#format(p, v)} %` : `${this.#format(p, v)} ${unit}`;
  }

  #select(key, label, options, value, onChange) {
    const id = `w${this.#id}-${key}`;
    const sel = el('select', { id, 'data-key': key });
    sel.append(...options.map(([v, text]) => el('option', { value: v, textContent: text })));
    sel.value = value ?? '';
    sel.addEventListener('change', () => onChange(sel.value));
    return el('div', { class: 'field' }, [el('label', { for: id, textContent: label }), sel]);
  }

  #yearControl() {
    const t = this.#t;
    const id = `w${this.#id}-year`;
    const first = 2025;
    const last = 2100;
    if (this.#year == null) this.#year = first;
    const input = el('input', { type: 'range', id, min: first, max: last, step: 1, value: this.#year, 'data-key': 'year' });
    const out = el('output', { for: id, textContent: String(this.#year) });
    input.addEventListener('input', () => {
      this.#year = Number(input.value);
      out.textContent = String(this.#year);
      this.#changed();
    });
    const play = el('button', { type: 'button', textContent: t.play, 'data-action': 'play', 'aria-pressed': 'false' });
    play.addEventListener('click', () => {
      if (this.#playTimer) {
        clearInterval(this.#playTimer);
        this.#playTimer = 0;
        play.textContent = t.play;
        play.setAttribute('aria-pressed', 'false');
        return;
      }
      if (this.#year >= last) this.#year = first - 1;
      play.textContent = t.pause;
      play.setAttribute('aria-pressed', 'true');
      this.#playTimer = setInterval(() => {
        this.#year = Math.min(this.#year + 1, last);
        input.value = String(this.#year);
        out.textContent = String(this.#year);
        this.#changed();
        if (this.#year >= last) play.click();
      }, 120);
    });
    return el('div', { class: 'field year' }, [el('label', { for: id, textContent: t.year }), input, out, play]);
  }

  #paramControl(p) {
    const t = this.#t;
    const id = `w${this.#id}-${p.key}`;
    const srcId = `${id}-src`;
    const clampId = `${id}-clamp`;
    const row = el('div', { class: 'param', 'data-param': p.key });
    const label = el('label', { for: id, textContent: this.#label(p) });
    const source = (this.#lang === 'ru' && p.source_ru) || p.source;
    const def = p.kind === 'choice' ? p.choices[p.default] : this.#valueText(p, p.default);
    const note = el('small', { id: srcId, class: 'src', textContent: `${t.defaultIs}: ${def} (${t.source}: ${source})` });
    const clamp = el('p', { id: clampId, class: 'clamp', role: 'status' });
    if (p.kind === 'choice') {
      const sel = el('select', { id, 'data-key': p.key, 'aria-describedby': `${srcId} ${clampId}` });
      sel.append(...p.choices.map((c) => el('option', { value: c, textContent: c })));
      sel.value = this.#values[p.key];
      sel.addEventListener('change', () => {
        this.#values[p.key] = sel.value;
        this.#clearClamp(p.key);
        this.#changed();
      });
      row.append(label, sel, note, clamp);
      return row;
    }
    const value = this.#values[p.key];
    const input = el('input', {
      type: 'range', id, min: p.min, max: p.max, step: p.step, value,
      'data-key': p.key, 'aria-describedby': `${srcId} ${clampId}`,
    });
    input.setAttribute('aria-valuetext', this.#valueText(p, value));
    const out = el('output', { for: id, textContent: this.#valueText(p, value) });
    input.addEventListener('input', (ev) => {
      const v = Number(input.value);
      this.#values[p.key] = v;
      const text = this.#valueText(p, v);
      out.textContent = text;
      input.setAttribute('aria-valuetext', text);
      this.#clearClamp(p.key);
      this.#pendingInput ||= ev.timeStamp || performance.now();
      this.#changed();
    });
    row.append(el('div', { class: 'head' }, [label, out]), input, note, clamp);
    return row;
  }

  #showClamp(c) {
    const row = this.#controlsBox.querySelector(`[data-param="${CSS.escape(c.key)}"] .clamp`);
    const p = this.#param(c.key);
    const text = p && p.kind === 'number'
      ? this.#t.clamp(c.given, this.#format(p, c.used), this.#format(p, c.min), this.#format(p, c.max))
      : this.#t.clamp(c.given, String(c.used), c.min, c.max);
    if (row) row.textContent = text;
    else this.#statusBox.textContent = [this.#statusBox.textContent, `${c.key}: ${text}`].filter(Boolean).join(' ');
  }

  #clearClamp(key) {
    this.#clamps = this.#clamps.filter((c) => c.key !== key);
    const row = this.#controlsBox.querySelector(`[data-param="${CSS.escape(key)}"] .clamp`);
    if (row) row.textContent = '';
  }

  #reset() {
    const country = this.#values.country;
    this.#readState(this.#view !== 'projection' ? `view=${this.#view}` : '');
    this.#values.country = country;
    this.#buildControls();
    this.#changed();
  }

  #scenarioQuery() {
    return this.#request().split('&').filter((s) => s && !/^(view|year)=/.test(s)).join('&');
  }

  // ---- drawing

  #changed() {
    this.#schedule();
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

  #schedule() {
    if (this.#frame || this.#dead) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw() {
    if (!this.#app || !this.#size || this.#size.width === 0 || this.#dead) return;
    const request = this.#request();
    try {
      const start = performance.now();
      const drawn = this.#call((app) => app.draw(this.#canvas, request, this.#size.width, this.#size.height, window.devicePixelRatio || 1));
      const end = performance.now();
      this.#query = drawn.query;
      this.#description = drawn.description;
      this.#canvas.setAttribute('aria-label', drawn.description);
      this.#canvas.textContent = drawn.description;
      this.dataset.query = drawn.query;
      this.dataset.state = 'ready';
      if (this.#pendingInput) {
        this.drawTimes.push({ draw: end - start, sinceInput: end - this.#pendingInput });
        if (this.drawTimes.length > 20000) this.drawTimes.splice(0, 10000);
        this.#pendingInput = 0;
      }
      this.dataset.draws = String(Number(this.dataset.draws || 0) + 1);
      if (this.#tableBox.open) this.#fillTable();
      if (!firstChartLogged) {
        firstChartLogged = true;
        performance.mark('crossroads:first-chart');
        const ms = (x) => Math.round(x);
        console.info(
          `crossroads: first chart drawn ${ms(end)} ms after navigation start ` +
            `(wasm fetch+compile ${ms(timings.wasm)} ms, data parse ${ms(timings.data)} ms, draw ${ms(end - start)} ms)`,
        );
      }
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  #fail(err) {
    this.dataset.state = 'error';
    const message = err instanceof Error ? err.message : String(err);
    this.#errorBox.replaceChildren(el('strong', { textContent: (UI[this.#lang] ?? UI.en).failed }), ' ', message);
    this.#errorBox.hidden = false;
    this.#statusBox.textContent = '';
    console.error(err);
  }

  // ---- URL state, links and embed code

  #writeHash() {
    if (this.#dead) return;
    const q = this.#canonical();
    if (q === this.#writtenHash) return;
    this.#writtenHash = q;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${q ? `#${q}` : ''}`);
  }

  #onHashChange = () => {
    const q = location.hash.slice(1);
    if (q === this.#writtenHash || !this.#app) return;
    this.#writtenHash = q;
    this.#readState(q);
    this.#buildControls();
    this.#schedule();
  };

  // The canonical request of the current state (parsed and re-written by the core).
  #canonical() {
    try {
      return this.#call((app) => app.parse(this.#request())).query;
    } catch {
      return this.#request();
    }
  }

  #link() {
    const q = this.#canonical();
    const base = this.hasAttribute('url-state') ? `${location.origin}${location.pathname}${location.search}` : EXPLORER;
    return q ? `${base}#${q}` : base;
  }

  #embedCode() {
    const q = this.#canonical();
    const params = new URLSearchParams(q);
    const view = params.get('view') || 'projection';
    const country = params.get('country');
    params.delete('view');
    params.delete('country');
    const scenario = params.toString();
    const attrs = [`view="${view}"`];
    if (country) attrs.push(`country="${country}"`);
    if (scenario) attrs.push(`scenario="${scenario.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    attrs.push(`lang="${this.#lang}"`);
    const h = this.getAttribute('height');
    if (h) attrs.push(`height="${Number.parseFloat(h) || 420}"`);
    const shown = this.#shown();
    if (shown !== null) attrs.push(`controls="${shown.length ? shown.join(',') : 'none'}"`);
    const alt = this.#description.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const fig = `crossroads-${view}.svg`;
    return [
      `<script type="module" src="${SCRIPT}"></script>`,
      `<crossroads-widget ${attrs.join(' ')}>`,
      `  <!-- Placeholder until the widget loads, and for print or readers without JavaScript:`,
      `       crossroads render '${q.replace(/'/g, '%27').replace(/--/g, '-%2D')}' > ${fig} -->`,
      `  <img src="${fig}" alt="${alt}" width="100%">`,
      `</crossroads-widget>`,
    ].join('\n');
  }

  #copy(text) {
    const t = this.#t;
    const box = el('textarea', { readOnly: true, rows: Math.min(8, text.split('\n').length + 1), value: text, 'aria-label': t.copyManual });
    const msg = el('p', { textContent: t.copyManual });
    this.#copyBox.replaceChildren(msg, box);
    this.#copyBox.hidden = false;
    this.#copyBox.dataset.text = text;
    box.select();
    navigator.clipboard?.writeText(text).then(
      () => { msg.textContent = t.copied; },
      () => { /* no clipboard permission: the text stays selected for the reader */ },
    );
  }

  // ---- downloads, data table and sources

  #fileName(ext) {
    const q = new URLSearchParams(this.#query);
    return `crossroads-${this.#view}-${q.get('country') || this.#values.country || 'RUS'}.${ext}`;
  }

  #save(url, name) {
    const a = el('a', { href: url, download: name });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
  }

  #downloadPng() {
    this.#canvas.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      this.#save(url, this.#fileName('png'));
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }, 'image/png');
  }

  csv() {
    return this.#call((app) => app.csv(this.#request()));
  }

  #downloadCsv() {
    let text;
    try {
      text = this.csv();
    } catch (err) {
      if (!this.#dead) this.#fail(err);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    this.#save(url, this.#fileName('csv'));
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  #fillTable() {
    let text;
    try {
      text = this.csv();
    } catch {
      return;
    }
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const rows = lines.map((l) => l.split(','));
    const caption = text.split('\n').filter((l) => l.startsWith('#')).map((l) => l.slice(1).trim()).join(' ');
    const [head, ...body] = rows;
    const fmt = new Intl.NumberFormat(this.#lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 3 });
    const table = el('table', {}, [
      el('caption', { textContent: caption }),
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', textContent: h })))]),
      el('tbody', {}, body.map((r) => el('tr', {}, r.map((c, i) => (i === 0
        ? el('th', { scope: 'row', textContent: c })
        : el('td', { textContent: c === '' ? '' : fmt.format(Number(c)) })))))),
    ]);
    const wrap = el('div', { class: 'scroll', tabIndex: 0, role: 'region', 'aria-label': this.#t.table }, [table]);
    this.#tableBox.replaceChildren(el('summary', { textContent: this.#t.table }), wrap);
  }

  #fillSources() {
    const t = this.#t;
    let list;
    try {
      list = this.#call((app) => app.sources());
    } catch {
      return;
    }
    const link = (url, text) => el('a', { href: url, textContent: text, rel: 'noopener noreferrer', target: '_blank' });
    const safe = (url) => (/^https?:\/\//i.test(url) ? url : null);
    this.#sourcesBox.replaceChildren(
      el('summary', { textContent: t.sources }),
      el('h3', { textContent: t.datasets }),
      el('ul', {}, list.datasets.map((d) => el('li', {}, [el('code', { textContent: d.file }), ` — ${d.note}`]))),
      el('h3', { textContent: t.parameterSources }),
      el('ul', {}, this.#shared.params.map((p) => el('li', {}, [el('strong', { textContent: this.#label(p) }), `: ${(this.#lang === 'ru' && p.source_ru) || p.source}`]))),
      el('h3', { textContent: t.citations }),
      el('ul', {}, list.citations.map((c) => el('li', {}, [
        `${c.what}${c.by ? ` (${c.by})` : ''} `,
        safe(c.url) ? link(c.url, c.url) : c.url,
      ]))),
    );
  }
}

if (!customElements.get('crossroads-widget')) customElements.define('crossroads-widget', CrossroadsWidget);
