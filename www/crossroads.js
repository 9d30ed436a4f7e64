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
import STYLE from './crossroads-style.js';
import { Readout } from './readout.js';
import { BandClient } from './bands.js';

let sheet = null; // one constructed stylesheet for every widget's shadow root
const SCRIPT = import.meta.url;
const EXPLORER = new URL('./index.html', import.meta.url).href;

// ---------------------------------------------------------------------------------------
// Texts of the interface. Parameter labels, units and sources come from the core's table
// (with `label_ru` where the table has it); the fixed words from the core's catalogs
// (i18n/*.ftl, `ui-*` keys, read once per page by #start: see `wordsOf`); the rest is here
// (what shows before the core has loaded, and words not moved to the catalogs yet).
const UI = {
  en: {
    views: {
      projection: 'Projection', pyramid: 'Age pyramid', compare: 'Compare scenarios',
      compatriots: 'Compatriots', remittances: 'Remittances', relokanty: 'Relokanty',
      needs: 'Migrants needed',
    },
    labels: {},
    choices: {
      presets: { none: 'none', rosstat: 'Rosstat 2023', un: 'UN low/high', all: 'all presets' },
      tfr_mode: { shift: 'shift the UN path', target: 'reach a target' },
      stock: { undesa: 'UN DESA (residents born there)', mvd: 'Interior Ministry (all migrants)' },
      hold: { none: 'nothing', population: 'total population', pop_20_64: 'people aged 20–64', pop_15_64: 'people aged 15–64', support_ratio: 'people 20–64 per person 65+', men_18_59: 'men aged 18–59' },
    },
    loading: 'Loading the chart…',
    // What the widget left out of its attributes or address, and what it shows instead.
    ignored: (part, msg) => `${msg}. Ignored; the other settings are kept.`,
    failed: 'The chart could not be drawn:',
    idle: (why) => `No effect as set: ${why}.`,
    groups: {
      view: 'Country and variant', fertility: 'Fertility', survival: 'Survival', war: 'War',
      migration: 'Other migration', labour: 'Central Asian labour migrants',
      compatriots: 'Compatriots Program', ukrainians: 'Ukrainians', relokanty: 'Relokanty',
      remittances: 'Remittances', hold: 'Replacement migration: hold a measure',
    },
    units: { percent: '%', 'percent of stock': '% of stock' },
  },
  ru: {
    views: {
      projection: 'Прогноз', pyramid: 'Половозрастная пирамида', compare: 'Сравнение сценариев',
      compatriots: 'Соотечественники', remittances: 'Денежные переводы', relokanty: 'Релоканты',
      needs: 'Сколько нужно мигрантов',
    },
    labels: { country: 'Страна', variant: 'Вариант ООН (WPP 2024)', year: 'Год', b: 'Сценарий B', presets: 'Готовые сценарии на графике' },
    choices: {
      presets: { none: 'нет', rosstat: 'Росстат 2023', un: 'ООН низкий/высокий', all: 'все' },
      variant: { medium: 'средний', low: 'низкий', high: 'высокий' },
      tfr_mode: { shift: 'сдвиг', target: 'цель' },
      stock: { undesa: 'ООН (DESA)', mvd: 'МВД' },
      hold: { none: 'ничего', population: 'численность населения', pop_20_64: 'люди 20–64 лет', pop_15_64: 'люди 15–64 лет', support_ratio: 'люди 20–64 лет на одного 65+', men_18_59: 'мужчины 18–59 лет' },
    },
    loading: 'Загрузка графика…',
    ignored: (part, msg, hint) => `«${part}» не распознано и пропущено${hint}; остальные настройки сохранены.`,
    suggest: (s) => `; может быть, «${s}»?`,
    choicesAre: (list) => `; допустимые значения: ${list}`,
    failed: 'Не удалось построить график:',
    failedRu: 'Не удалось построить график.', details: 'Подробности (сообщение программы, по-английски)',
    idle: (why, parts) => (parts
      ? `Сейчас не действует: действует только при «${parts.choice}» = «${parts.acts}» (сейчас «${parts.now}»).`
      : `Сейчас не действует: ${why}.`),
    groups: {
      view: 'Страна и вариант', fertility: 'Рождаемость', survival: 'Смертность', war: 'Война',
      migration: 'Прочая миграция', labour: 'Трудовые мигранты из Центральной Азии',
      compatriots: 'Программа соотечественников', ukrainians: 'Украинцы', relokanty: 'Релоканты',
      remittances: 'Денежные переводы', hold: 'Замещающая миграция: удержать показатель',
    },
    // Sources of the sliders' defaults written as fixed phrases in the parameter table
    // (those quoting figures from the data stay as the table writes them).
    sourceNames: {
      'Neutral: leaves UN WPP 2024 unchanged': 'нейтрально: WPP 2024 ООН без изменений',
      Assumption: 'допущение',
      Neutral: 'нейтрально',
      'Neutral: no migrants added': 'нейтрально: мигранты не добавляются',
      'Neutral: the base year of the projection': 'нейтрально: базовый год прогноза',
      'The eight focus countries of the briefs': 'восемь стран аналитических записок',
      'UN WPP 2024 (medium; low/high = -/+0.5 child fertility variants)': 'ООН WPP 2024 (средний вариант; низкий и высокий — рождаемость на 0,5 ребёнка ниже и выше)',
      'Assumption (neutral unless the target differs from the UN path)': 'допущение (нейтрально, пока цель не отличается от траектории ООН)',
      "Assumption: the shift grows linearly from zero in the base year (2045 is the horizon of Rosstat's e0 assumptions)": 'допущение: сдвиг растёт линейно от нуля в базовом году (2045 — горизонт допущений Росстата о продолжительности жизни)',
      "US officials' estimate of Russian military dead: 115000 by 2024-10 (Prague Process brief, January 2025), over the 32 months since the invasion of 2022-02": 'оценка официальных лиц США числа погибших российских военных: 115 000 к 2024-10 (аналитическая записка Пражского процесса, январь 2025 г.), за 32 месяца после вторжения 2022-02',
      'Assumption: the briefs give no end date; the default (the base year) adds no war deaths to UN WPP 2024': 'допущение: в записках нет даты окончания; значение по умолчанию (базовый год) не добавляет военных потерь к WPP 2024 ООН',
      'Assumption (neutral while the changes are zero)': 'допущение (нейтрально, пока изменения равны нулю)',
      'Assumption (neutral while the flows are zero)': 'допущение (нейтрально, пока потоки равны нулю)',
      'Prague Process brief, January 2025: since the Crocus attack of 22 March 2024, job seekers from Tajikistan to Moscow and St Petersburg -60 %, inflow of Uzbek labourers -40 %. Applied to yearly arrivals (assumed: the stock over a mean stay of 5 years), not to the stock; no Kyrgyz figure': 'аналитическая записка Пражского процесса, январь 2025 г.: после теракта в «Крокус Сити Холле» 22 марта 2024 г. соискателей работы из Таджикистана в Москве и Санкт-Петербурге −60 %, приток узбекских трудовых мигрантов −40 %. Применено к годовому притоку (допущение: численность, делённая на средний срок пребывания в 5 лет), а не к численности; цифры по Киргизии нет',
    },
    units: {
      'children per woman': 'детей на женщину', years: 'лет', year: 'год',
      'thousand per year': 'тыс. в год', thousand: 'тыс.', percent: '%',
      'percent of stock': '% численности',
    },
  },
};

// The fonts the core draws with at a device pixel ratio, as it names them (src/chart/style.rs:
// the title, text and small sizes in CSS pixels times the ratio; src/wasm.rs `css_font`).
// An end-to-end test checks that the first chart measures no other font.
const CHART_FONTS = [
  (ratio) => `bold ${18 * ratio}px sans-serif`,
  (ratio) => `${13 * ratio}px sans-serif`,
  (ratio) => `${11 * ratio}px sans-serif`,
];

const langOf = (s) => (String(s || '').toLowerCase().startsWith('ru') ? 'ru' : 'en');
const isLang = (s) => /^(en|ru)(-|$)/i.test(String(s || '').trim());

// A piece of an attribute or address as a reader may see it: decoded, control and invisible
// direction characters escaped (as the core escapes them in its messages), clipped.
function visible(text) {
  let s = String(text);
  try { s = decodeURIComponent(s.replace(/\+/g, ' ')); } catch { /* shown as given */ }
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

// Scenario B of the comparison when the reader has moved no lever (B = the UN medium would
// equal A): the world without net migration, which shows what migration adds.
const DEFAULT_B = 'no_net_migration';

// ---------------------------------------------------------------------------------------
// One wasm instance for the page. Loading starts as soon as this module runs, before any
// widget upgrades; the pages preload the .wasm in the same request mode as wasm-bindgen's
// `fetch`, which reuses that download, and `instantiateStreaming` compiles it (serve.py
// sends `application/wasm`). The first chart needs only the core and the embedded data;
// what the controls need (the parameter table, the countries, later the presets) is read
// once the chart is on screen. Performance marks `crossroads:init-start`, `…:wasm-ready`,
// `…:data-ready` and `…:first-chart` time the phases (scripts/budgets.mjs prints them).
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

// The parameter table and countries of the page, read from the first widget's handle that
// asks (after its first chart).
let tables = null;
function sharedTables(app) {
  if (!tables) {
    const table = app.params();
    tables = {
      params: table.params,
      // View-level keys (view, year, lang, b, presets) when the core's table has them.
      viewParams: table.view ?? fallbackViewParams(coreViews()),
      presets: null, // computed after the controls (they project several scenarios)
      countries: app.countries(),
    };
  }
  return tables;
}

// Keys of the `controls` attribute that are not sliders of the side panel.
const VIEW_KEYS = new Set(['view', 'country', 'lang', 'preset', 'year', 'presets', 'b']);

// The view-level rows for a core whose table does not list them.
function fallbackViewParams(views) {
  const choice = (key, choices) => ({ key, group: 'view', label: key, kind: 'choice', unit: '', min: 0, max: choices.length - 1, step: 1, decimals: 0, default: 0, choices, source: 'Neutral', help: '' });
  return [
    choice('view', views),
    { key: 'year', group: 'view', label: 'Year', kind: 'number', unit: 'year', min: 2025, max: 2100, step: 1, decimals: 0, default: 2050, choices: [], source: 'Neutral', help: '' },
    choice('lang', ['en', 'ru']),
  ];
}

// The briefs' stories of the page in both languages, computed once by the first widget that
// asks (each projects its scenario).
let storyList = null;
function loadStories(compute) {
  storyList ??= new Promise((resolve) => setTimeout(() => {
    try { resolve(compute()); } catch { storyList = null; resolve(null); }
  }, 0));
  return storyList;
}

// A catalog template with its placeables `{ $name }` filled from `args` (a placeable
// without a value stays as written, as the core's `i18n::fill` does).
function fill(template, args) {
  return template.replace(/\{ \$(\w+) \}/g, (m, name) => (name in args ? String(args[name]) : m));
}

// The catalog's `ui-*` words that take values, with their arguments in order (the methods of
// the texts object: `t.clamp(given, used, min, max)`).
const TEMPLATES = { moreLevers: ['n'], clamp: ['given', 'used', 'min', 'max'], badLang: ['given'], badHeight: ['given'], heightClamped: ['given', 'used'], badControls: ['keys'], bCountry: ['b', 'a'], shortfall: ['from', 'to', 'people'], retired: ['given'], citations: ['n'] };

// The interface's texts in `lang`: UI's beside the catalog's `ui-*` words (`ui-more-levers`
// → `moreLevers`; templates become functions), made once per page and language.
const texts = {};
function wordsOf(app, lang) {
  if (!texts[lang]) {
    const words = {};
    for (const [key, text] of Object.entries(app.words(lang))) {
      const name = key.slice(3).replace(/-(\w)/g, (_, c) => c.toUpperCase());
      const args = TEMPLATES[name];
      words[name] = args ? (...values) => fill(text, Object.fromEntries(args.map((a, i) => [a, values[i]]))) : text;
    }
    texts[lang] = { ...UI[lang], ...words };
  }
  return texts[lang];
}

// Presets of the page, computed once by the first widget that asks.
let presetList = null;
function loadPresets(compute) {
  presetList ??= new Promise((resolve) => setTimeout(() => {
    try { resolve(compute()); } catch { presetList = null; resolve([]); }
  }, 50));
  return presetList;
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
const retired = []; // handles of widgets stopped by a panic (see #die)

// Number formats by language, decimals and grouping, made once (they are slow to build).
const formats = new Map();
function numberFormat(lang, decimals, grouping, minDecimals = decimals) {
  const key = `${lang}|${decimals}|${grouping}|${minDecimals}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
      minimumFractionDigits: minDecimals, maximumFractionDigits: decimals, useGrouping: grouping,
    }));
  }
  return formats.get(key);
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class CrossroadsWidget extends HTMLElement {
  static observedAttributes = ['view', 'country', 'scenario', 'lang', 'height', 'controls'];

  #id = ++uid;
  #shared = null;
  #app = null;
  #dead = false;
  #lang = 'en';
  #langChosen = false;
  #values = {};
  #clamps = [];
  #retired = []; // notes on retired keys of the address last read (see #readState)
  #query = '';
  #description = '';
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
  #chartBox = null;
  #canvas = null;
  #readout = null;
  #top = null;
  #panel = null;
  #actions = null;
  #errorBox = null;
  #statusBox = null;
  // The band of simulated futures around the scenario, computed in a worker (bands.js).
  #bands = new BandClient(() => this.#schedule());
  #notesBox = null;
  #notes = { items: [], text: '' }; // the core's notes on the last drawing (see #showNotes)
  #copyBox = null;
  #tableBox = null;
  #sourcesBox = null;
  #assumptionsBox = null;
  #presetSelect = null;
  #storiesBox = null;
  #captionBox = null;
  #layout = null;
  #ignored = []; // parts of the request read last that the core refused: [{part, message}]
  #bCountry = ''; // a country given to scenario B that the comparison cannot use
  #looseClamps = []; // clamp texts of levers without a slider shown
  #warned = new Set(); // console warnings already given
  #pendingAttrs = null; // attribute names changed since the last microtask (see #applyAttributes)
  #past = { list: [], at: -1 }; // committed states for Back and Forward (see #commit)
  #tapGuard = null; // a touch that landed on a slider's track away from its thumb
  #copyOpener = null;
  /** Per slider input: ms spent drawing and ms from the input event to the drawn canvas. */
  drawTimes = [];

  // ---- lifecycle

  connectedCallback() {
    const loading = loadCore();
    if (!this.shadowRoot) this.#buildShell();
    if (!this.#dead) this.dataset.state = this.#app && !this.#controlsPending ? 'ready' : 'loading';
    if (!this.#app) this.#prepareCanvas();
    loading.then(
      () => this.#start(),
      (err) => this.#fail(err),
    );
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      // Its first report is usually the size the first chart was already drawn at.
      if (this.#size && this.#size.width === box.width && this.#size.height === box.height) return;
      this.#size = { width: box.width, height: box.height };
      this.#schedule();
    });
    this.#observer.observe(this.#chartBox);
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
    if (names.has('view') || names.has('country') || names.has('scenario')) this.#readState(this.#attributeQuery());
    if (names.size === 1 && names.has('height')) this.#showStatus();
    else this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- state

  // The widget's own lang when it is one the widget speaks, else the page's around it.
  #pickLang() {
    const own = this.getAttribute('lang');
    if (isLang(own)) return langOf(own);
    return langOf(this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  #attributeQuery() {
    const parts = [];
    const view = this.getAttribute('view');
    if (view) parts.push(`view=${encodeURIComponent(view.trim())}`);
    const country = this.getAttribute('country');
    const scenario = (this.getAttribute('scenario') || '').trim().replace(/^[?#]/, '');
    // The country attribute wins over a country inside the scenario string.
    const rest = scenario.split('&').filter((s) => s.trim() !== '' && !(country && /^\s*country\s*=/.test(s)));
    if (country) parts.push(`country=${encodeURIComponent(country.trim())}`);
    parts.push(...rest);
    return parts.join('&');
  }

  // Reads a request string into the widget's state. When the core refuses it, every part it
  // accepts is kept (in order) and the parts left out are named in the status line and the
  // console (#showStatus): one bad attribute never wipes the others.
  #readState(query) {
    let parsed;
    this.#ignored = [];
    this.#bCountry = '';
    let kept = query;
    try {
      parsed = this.#call((app) => app.parse(query));
    } catch {
      if (this.#dead) return;
      const parts = [];
      for (const part of query.split('&').filter((x) => x.trim())) {
        try {
          this.#call((app) => app.parse([...parts, part].join('&')));
          parts.push(part);
        } catch (err) {
          if (this.#dead) return;
          this.#ignored.push({ part, message: err instanceof Error ? err.message : String(err) });
        }
      }
      kept = parts.join('&');
      parsed = this.#call((app) => app.parse(kept));
    }
    // Scenario B is compared in A's country: a country given to B is said to be ignored.
    const params = new URLSearchParams(kept);
    const b = params.get('b') ?? '';
    const bCountry = b.includes('=') ? new URLSearchParams(b).get('country')?.trim().toUpperCase() : '';
    if (bCountry && bCountry !== String(parsed.values.country).toUpperCase()) this.#bCountry = bCountry;
    // A comparison with no lever moved and no B chosen would compare the UN medium with
    // itself: B is then a story of its own, named in the legend.
    const levers = parsed.query.split('&').filter((x) => x && !VIEW_KEYS.has(x.split('=')[0]));
    if (parsed.values.view === 'compare' && !params.has('b') && levers.length === 0) {
      try {
        parsed = this.#call((app) => app.parse([kept, `b=${DEFAULT_B}`].filter(Boolean).join('&')));
      } catch {
        /* the table has no such preset: B stays the default */
      }
    }
    const lang = parsed.values.lang;
    if (/(^|&)lang=/.test(kept)) {
      this.#lang = langOf(lang);
      this.#langChosen = true;
    }
    this.#values = { ...parsed.values };
    delete this.#values.lang;
    this.#layout.dataset.view = this.#values.view; // the phone layout sizes the chart by view
    this.#clamps = parsed.clamps;
    this.#retired = parsed.retired ?? [];
    this.#query = parsed.query;
  }

  #spec(key) {
    return this.#shared.viewParams.find((p) => p.key === key) ?? this.#shared.params.find((p) => p.key === key);
  }

  #valueQuery(p, v) {
    if (v === undefined || v === null) return null;
    if (p.kind === 'choice') {
      return String(v) === String(p.choices[p.default]) ? null : `${p.key}=${encodeURIComponent(v)}`;
    }
    const text = queryNumber(v, p.decimals);
    return text === queryNumber(p.default, p.decimals) ? null : `${p.key}=${text}`;
  }

  // The request string of the current state (the core canonicalises it).
  #request({ lang = true } = {}) {
    if (!this.#shared) {
      // Before the table is read (the first chart): the core's canonical query of the
      // state just read, with the widget's language.
      const q = this.#query.split('&').filter((s) => s && !s.startsWith('lang='));
      if (lang && this.#lang !== 'en') q.push(`lang=${this.#lang}`);
      return q.join('&');
    }
    const parts = [];
    for (const p of this.#shared.viewParams) {
      if (p.key === 'lang') {
        if (lang && this.#lang !== 'en') parts.push(`lang=${this.#lang}`);
        continue;
      }
      if (p.key === 'year' && this.#values.view !== 'pyramid') continue;
      const q = this.#valueQuery(p, this.#values[p.key]);
      if (q) parts.push(q);
    }
    for (const p of this.#shared.params) {
      const q = this.#valueQuery(p, this.#values[p.key]);
      if (q) parts.push(q);
    }
    return parts.join('&');
  }

  // The levers only (for matching presets).
  #leverQuery() {
    if (!this.#shared) return '';
    return this.#shared.params.map((p) => this.#valueQuery(p, this.#values[p.key])).filter(Boolean).join('&');
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
    this.#errorBox.replaceChildren(el('strong', { textContent: t.panic ?? t.failed }), el('br'), el('code', { lang: 'en', textContent: message }));
    this.#errorBox.hidden = false;
    for (const c of this.shadowRoot.querySelectorAll('input, select, button')) c.disabled = true;
    console.error(`crossroads widget ${this.id || `#${this.#id}`}: ${message}`);
  }

  /**
   * Test hook: a deliberate panic inside the core, on this widget's behalf. Works only in
   * builds made with the `test-panic` feature (the browser tests build one); a normal
   * build has no `testPanic` export and this throws.
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
    return texts[this.#lang] ?? UI[this.#lang] ?? UI.en;
  }

  #buildShell() {
    const root = this.attachShadow({ mode: 'open' });
    this.#canvas = el('canvas', { role: 'img', 'aria-label': '' });
    this.#chartBox = el('div', { class: 'chart' }, [this.#canvas]);
    this.#readout = new Readout(this.#chartBox, this.#canvas, (year) => this.#call((app) => app.readout(this.#request(), year)));
    this.#top = el('div', { class: 'top' });
    this.#storiesBox = el('nav', { class: 'stories', hidden: true });
    this.#captionBox = el('p', { class: 'caption', 'aria-live': 'polite', hidden: true });
    this.#panel = el('div', { class: 'panel' });
    this.#actions = el('div', { class: 'actions' });
    this.#errorBox = el('div', { class: 'error', role: 'alert', hidden: true });
    this.#statusBox = el('p', { class: 'status', role: 'status' });
    this.#notesBox = el('p', { class: 'notes', role: 'status' });
    this.#copyBox = el('div', { class: 'copy', hidden: true });
    this.#tableBox = el('details', { class: 'table' });
    this.#sourcesBox = el('details', { class: 'sources' });
    this.#assumptionsBox = el('details', { class: 'assumptions' });
    const main = el('div', { class: 'main' }, [
      this.#top, this.#storiesBox, this.#errorBox, this.#chartBox, this.#captionBox, this.#statusBox, this.#bands.element, this.#notesBox, this.#actions, this.#copyBox, this.#tableBox, this.#assumptionsBox, this.#sourcesBox,
    ]);
    sheet ??= (() => {
      const s = new CSSStyleSheet();
      s.replaceSync(STYLE);
      return s;
    })();
    root.adoptedStyleSheets = [sheet];
    this.#layout = el('div', { class: 'layout' }, [main, this.#panel]);
    root.append(this.#layout);
    // The copy box closes with Escape too, giving the focus back to its button.
    this.#copyBox.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.#closeCopy();
      }
    });
    this.#tableBox.addEventListener('toggle', () => this.#tableBox.open && this.#fillTable());
    this.#sourcesBox.addEventListener('toggle', () => this.#sourcesBox.open && this.#fillSources());
    this.#assumptionsBox.addEventListener('toggle', () => this.#assumptionsBox.open && this.#fillAssumptions());
    this.#applyHeight();
    const lang = this.#pickLang();
    this.#layout.lang = lang; // screen readers read each part in its language
    this.#statusBox.textContent = UI[lang].loading;
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
    } catch (err) {
      this.#fail(err);
      return;
    }
    this.#lang = this.#pickLang();
    const fromHash = this.hasAttribute('url-state') && location.hash.length > 1;
    this.#readState(fromHash ? location.hash.slice(1) : this.#attributeQuery());
    if (fromHash) this.#writtenHash = location.hash.slice(1);
    // The chart first; the controls (dozens of sliders) once it is on screen.
    this.#built = true;
    this.#controlsPending = true;
    this.#guessLayout();
    // Draw now rather than in a later frame: the chart box's size is read here (laid out
    // already by #prepareCanvas unless something moved) when the resize observer has not
    // reported it yet, so the first chart waits for no animation frame or resize callback.
    const box = this.#chartBox.getBoundingClientRect();
    if (box.width > 0) this.#size = { width: box.width, height: box.height };
    if (this.#size) {
      this.#dirty = false;
      this.#draw();
    } else {
      this.#schedule();
    }
  }

  #controlsPending = false;
  #controlsQueued = false;

  // After the first chart, once a frame has shown it: the tables, the controls, the presets.
  #finishStart() {
    if (this.#dead || !this.#app) return;
    try {
      this.#shared ??= this.#call((app) => sharedTables(app));
    } catch (err) {
      if (!this.#dead) this.#fail(err);
      return;
    }
    this.#buildControls();
    this.dataset.state = 'ready';
    this.#commit();
    this.#loadPresets();
    this.#loadStories();
  }

  // The panel's layout before the table is read, from the `controls` attribute, so the chart
  // keeps its width when the controls arrive (#buildControls applies the same rule).
  #guessLayout() {
    if (this.#shared) return;
    const shown = this.#shown();
    const sliders = shown === null ? Infinity : shown.filter((k) => !VIEW_KEYS.has(k)).length;
    this.shadowRoot.querySelector('.layout').classList.toggle('side', sliders > 6);
    this.#panel.hidden = sliders === 0;
  }

  // While the core loads: lay the chart box out and give the canvas its backing store (the
  // size the core will give it) and the chart's font, so the first draw pays for neither.
  #prepareCanvas() {
    this.#guessLayout();
    const box = this.#chartBox.getBoundingClientRect();
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
    if (!this.#built || this.#dead) return;
    if (!this.#shared) {
      this.#controlsPending = true; // built by #finishStart
      return;
    }
    this.#controlsPending = false;
    const t = this.#t;
    const shown = this.#shown();
    const view = this.#values.view;
    this.#looseClamps = [];
    this.#layout.lang = this.#lang;
    this.#layout.dataset.view = view;
    this.dataset.builds = String(Number(this.dataset.builds || 0) + 1);
    this.#stopPlay();

    // The bar above the chart: view, country, language, preset, and what the view adds.
    const top = [];
    const spec = (key) => this.#spec(key);
    if (this.#wants('view', shown) && spec('view')) {
      top.push(this.#select('view', t.view, spec('view').choices.map((v) => [v, t.views[v] ?? v]), view, (v) => {
        this.#values.view = v;
        // A comparison of the untouched scenario with the UN medium would be A = B.
        const b = spec('b');
        if (v === 'compare' && b && !this.#leverQuery() && String(this.#values.b ?? b.choices[b.default]) === b.choices[b.default] && b.choices.includes(DEFAULT_B)) {
          this.#values.b = DEFAULT_B;
        }
        this.#buildControls();
        this.#changed();
        this.#commit();
      }));
    }
    if (this.#wants('country', shown)) {
      const names = this.#shared.countries.map((c) => [c.iso3, this.#lang === 'ru' ? c.name_ru : c.name_en]);
      top.push(this.#select('country', this.#label(spec('country')), names, this.#values.country, (v) => {
        this.#values.country = v;
        this.#bCountry = '';
        this.#changed();
        this.#showStatus();
        this.#commit();
      }));
    }
    if (this.#wants('lang', shown)) {
      const field = this.#select('lang', t.language, [['en', 'English'], ['ru', 'Русский']], this.#lang, (v) => {
        this.#lang = langOf(v);
        this.#langChosen = true;
        this.#buildControls();
        this.#changed();
        this.#commit();
      });
      for (const o of field.querySelectorAll('option')) o.lang = o.value; // each name in its own voice
      top.push(field);
    }
    if (this.#wants('preset', shown)) top.push(this.#presetControl());
    if (view === 'pyramid' && this.#wants('year', shown) && spec('year')) top.push(this.#yearControl(spec('year')));
    for (const key of ['presets', 'b']) {
      const p = spec(key);
      const relevant = (key === 'presets' && view === 'projection') || (key === 'b' && view === 'compare');
      if (!p || !relevant || !this.#wants(key, shown)) continue;
      const names = t.choices[key] ?? {};
      const current = String(this.#values[key] ?? p.choices[p.default]);
      const opts = p.choices.map((c) => [c, names[c] ?? this.#presetName(c) ?? c]);
      if (!p.choices.includes(current)) opts.push([current, current]);
      top.push(this.#select(key, this.#label(p), opts, current, (v) => {
        this.#values[key] = v;
        this.#changed();
        this.#commit();
      }));
    }
    this.#top.replaceChildren(...top);
    this.#top.hidden = top.length === 0;
    this.#buildStories(shown);

    // Sliders, grouped by the table's groups.
    const groups = new Map();
    for (const p of this.#shared.params) {
      if (p.key === 'country' || p.control === false || !this.#wants(p.key, shown)) continue;
      if (!groups.has(p.group)) groups.set(p.group, []);
      groups.get(p.group).push(p);
    }
    // The levers that move the view shown first; the others (the core's table says which
    // views each lever moves) folded under "More levers".
    const moves = (p) => !p.views || p.views.includes(view);
    const fieldsets = (keep) => {
      const sets = [];
      for (const [group, params] of groups) {
        const mine = params.filter(keep);
        if (!mine.length) continue;
        const fs = el('fieldset', { class: 'group' }, [el('legend', { textContent: t.groups[group] ?? group })]);
        for (const p of mine) fs.append(this.#paramControl(p));
        sets.push(fs);
      }
      return sets;
    };
    const sets = fieldsets(moves);
    const others = fieldsets((p) => !moves(p));
    if (others.length) {
      const n = others.reduce((k, fs) => k + fs.querySelectorAll('.param').length, 0);
      sets.push(el('details', { class: 'more' }, [el('summary', { textContent: t.moreLevers(n) }), ...others]));
    }
    this.#panel.replaceChildren(...sets);
    this.#panel.hidden = sets.length === 0;
    const sliders = [...groups.values()].reduce((n, ps) => n + ps.length, 0);
    this.shadowRoot.querySelector('.layout').classList.toggle('side', sliders > 6);
    for (const c of this.#clamps) this.#showClamp(c);
    this.#notes.text = null; // the rows are new: write the notes again
    this.#showNotes();
    this.#showStatus();

    this.#buildActions(shown);
    this.#copyBox.hidden = true;
    if (this.#tableBox.open) this.#fillTable();
    else this.#tableBox.replaceChildren(el('summary', { textContent: t.table }));
    if (this.#sourcesBox.open) this.#fillSources();
    else this.#sourcesBox.replaceChildren(el('summary', { textContent: t.sources }));
    if (this.#assumptionsBox.open) this.#fillAssumptions();
    else this.#assumptionsBox.replaceChildren(el('summary', { textContent: t.assumptions }));
  }

  #presetName(id) {
    const p = this.#shared.presets?.find((x) => x.id === id);
    return p && ((this.#lang === 'ru' && p.name_ru) || p.name);
  }

  #presetControl() {
    const t = this.#t;
    const field = this.#select('preset', t.preset, [['', t.presetNone]], '', (id) => {
      const p = this.#shared.presets?.find((x) => x.id === id);
      if (p) this.#applyPreset(p.query);
    });
    this.#presetSelect = field.querySelector('select');
    // Filled now, before the field is inserted: a select need not be connected to hold
    // options (#loadPresets rebuilds the controls when the list arrives later).
    const fill = (list) => {
      const sel = this.#presetSelect;
      sel.replaceChildren(el('option', { value: '', textContent: t.presetNone }), ...list.map((p) => el('option', { value: p.id, textContent: this.#presetName(p.id) })));
      const mine = this.#leverQuery().split('&').filter((s) => !s.startsWith('country=')).join('&');
      sel.value = list.find((p) => p.query.split('&').filter((s) => !s.startsWith('country=')).join('&') === mine)?.id ?? '';
    };
    if (this.#shared.presets) fill(this.#shared.presets);
    return field;
  }

  // A preset's levers (or a story's), keeping the view, its settings and the country unless
  // the preset names one: one committed state.
  #applyPreset(query) {
    const keep = { country: this.#values.country };
    const viewPart = this.#shared.viewParams
      .filter((s) => s.key !== 'lang')
      .map((s) => this.#valueQuery(s, this.#values[s.key]))
      .filter(Boolean);
    this.#readState([...viewPart, query].filter(Boolean).join('&'));
    if (!/(^|&)country=/.test(query)) this.#values.country = keep.country;
    this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- stories: the briefs' questions as the explorer's entry points

  // The story whose levers are the widget's now (the country aside), if any.
  #currentStory() {
    const list = this.#shared?.stories?.[this.#lang];
    if (!list) return null;
    const strip = (q) => q.split('&').filter((s) => s && !s.startsWith('country=')).join('&');
    const mine = strip(this.#leverQuery());
    return list.find((s) => strip(s.query) === mine) ?? null;
  }

  // The questions above the chart: buttons, or a menu in a narrow column (the stylesheet
  // shows one of the two).
  #buildStories(shown) {
    const box = this.#storiesBox;
    const list = this.#shared?.stories?.[this.#lang];
    if (!list?.length || !this.#wants('preset', shown)) {
      box.hidden = true;
      box.replaceChildren();
      this.#showStory();
      return;
    }
    const t = this.#t;
    const id = `w${this.#id}-stories`;
    const heading = el('h2', { id, textContent: t.stories });
    const items = list.map((s) => {
      const b = el('button', { type: 'button', class: 'story', 'data-story': s.id, 'aria-pressed': 'false', textContent: s.question });
      b.addEventListener('click', () => this.#applyPreset(s.query));
      return el('li', {}, [b]);
    });
    const sel = el('select', { 'aria-labelledby': id, class: 'story-pick' });
    sel.append(el('option', { value: '', textContent: t.storyPick }), ...list.map((s) => el('option', { value: s.id, textContent: s.question })));
    sel.addEventListener('change', () => {
      const s = list.find((x) => x.id === sel.value);
      if (s) this.#applyPreset(s.query);
    });
    box.replaceChildren(heading, el('ul', { 'aria-labelledby': id }, items), sel);
    box.hidden = false;
    this.#showStory();
  }

  // The chosen story's one-sentence answer beside the chart; its question marked as chosen.
  #showStory() {
    const story = this.#storiesBox.hidden ? null : this.#currentStory();
    const text = story?.caption ?? '';
    if (this.#captionBox.textContent !== text) this.#captionBox.textContent = text;
    this.#captionBox.hidden = !text;
    for (const b of this.#storiesBox.querySelectorAll('button[data-story]')) b.setAttribute('aria-pressed', String(b.dataset.story === story?.id));
    const sel = this.#storiesBox.querySelector('select');
    if (sel) sel.value = story?.id ?? '';
  }

  async #loadStories() {
    if (!this.#shared || this.#shared.stories || this.#dead) return;
    const both = await loadStories(() => ({
      en: this.#call((app) => app.stories('en')),
      ru: this.#call((app) => app.stories('ru')),
    }));
    if (!both || this.#dead) return;
    this.#shared.stories = both;
    this.#buildStories(this.#shown());
  }

  async #loadPresets() {
    if (!this.#shared || this.#shared.presets || this.#dead) return;
    const list = await loadPresets(() => this.#call((app) => app.presets()));
    this.#shared.presets = list;
    if (this.#dead) return;
    this.#buildControlsKeepingFocus();
  }

  #buildControlsKeepingFocus() {
    const focused = this.shadowRoot.activeElement;
    const key = focused?.dataset?.key;
    this.#buildControls();
    if (key) this.shadowRoot.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  #buildActions(shown) {
    const t = this.#t;
    const button = (name, text, fn) => {
      const b = el('button', { type: 'button', textContent: text, 'data-action': name });
      b.addEventListener('click', fn);
      return b;
    };
    const list = [];
    // controls="none": the chart alone, no buttons either.
    this.#actions.hidden = shown !== null && shown.length === 0;
    if (shown === null || shown.length) {
      const back = button('back', t.back, () => this.#step(-1));
      const forward = button('forward', t.forward, () => this.#step(1));
      back.title = t.backTitle;
      forward.title = t.forwardTitle;
      list.push(back, forward, button('reset', t.reset, () => this.#reset()));
    }
    list.push(
      button('copy-link', t.copyLink, () => this.#copy(this.#link())),
      button('copy-embed', t.copyEmbed, () => this.#copy(this.#embedCode())),
      button('png', t.png, () => this.#downloadPng()),
      button('csv', t.csv, () => this.#downloadCsv()),
    );
    this.#actions.replaceChildren(...list);
    this.#updateUndo();
  }

  #choiceName(key, c) {
    return this.#t.choices[key]?.[c] ?? c;
  }

  #source(p) {
    if (this.#lang !== 'ru') return p.source;
    return p.source_ru || this.#t.sourceNames[p.source] || p.source;
  }

  #label(p) {
    if (!p) return '';
    return (this.#lang === 'ru' && (p.label_ru || this.#t.labels[p.key])) || p.label;
  }

  #unit(p) {
    if (this.#lang === 'ru') return p.unit_ru || this.#t.units[p.unit] || p.unit;
    return this.#t.units[p.unit] || p.unit;
  }

  #format(p, v) {
    if (p.kind === 'choice') return String(v);
    return numberFormat(this.#lang, p.decimals, p.unit !== 'year').format(v);
  }

  #valueText(p, v) {
    const unit = this.#unit(p);
    if (!unit || p.unit === 'year') return this.#format(p, v);
    return unit.startsWith('%') ? `${this.#format(p, v)} ${unit}` : `${this.#format(p, v)} ${unit}`;
  }

  #select(key, label, options, value, onChange) {
    const id = `w${this.#id}-${key}`;
    const sel = el('select', { id, 'data-key': key });
    sel.append(...options.map(([v, text]) => el('option', { value: v, textContent: text })));
    sel.value = value ?? '';
    sel.addEventListener('change', () => onChange(sel.value));
    return el('div', { class: 'field' }, [el('label', { for: id, textContent: label }), sel]);
  }

  #yearControl(p) {
    const t = this.#t;
    const id = `w${this.#id}-year`;
    const first = Math.max(p.min, 2025);
    const last = p.max;
    const value = () => this.#values.year ?? p.default;
    const input = el('input', { type: 'range', id, min: first, max: last, step: 1, value: value(), 'data-key': 'year' });
    const out = el('output', { for: id, textContent: String(value()) });
    const show = () => {
      input.value = String(value());
      out.textContent = String(value());
    };
    input.addEventListener('input', (ev) => {
      if (this.#tapGuard?.input === input) {
        input.value = this.#tapGuard.value;
        return;
      }
      this.#values.year = Number(input.value);
      this.#pendingInput ||= ev.timeStamp || performance.now();
      this.#changed(); // before the label changes: see #paramControl
      show();
    });
    input.addEventListener('change', () => this.#commit());
    this.#guardTaps(input);
    const play = el('button', { type: 'button', textContent: t.play, 'data-action': 'play', 'aria-pressed': 'false' });
    play.addEventListener('click', () => {
      if (this.#playTimer) {
        this.#stopPlay();
        return;
      }
      if (value() >= last) this.#values.year = first - 1;
      play.textContent = t.pause;
      play.setAttribute('aria-pressed', 'true');
      this.#playTimer = setInterval(() => {
        this.#values.year = Math.min(value() + 1, last);
        show();
        this.#changed();
        if (value() >= last) this.#stopPlay();
      }, 120);
    });
    return el('div', { class: 'field year' }, [el('label', { for: id, textContent: t.year }), input, out, play]);
  }

  // On a touch screen a slider moves only when the finger lands on its thumb (or drags it):
  // a tap on the track away from the thumb, or a page scroll that starts there, leaves the
  // value as it was (a full-width track is easy to hit while scrolling).
  #guardTaps(input) {
    const off = () => { if (this.#tapGuard?.input === input) this.#tapGuard = null; };
    input.addEventListener('touchstart', (ev) => {
      const touch = ev.touches[0];
      if (!touch || ev.touches.length > 1) return;
      const box = input.getBoundingClientRect();
      const min = Number(input.min);
      const span = Number(input.max) - min;
      const share = span > 0 ? (Number(input.value) - min) / span : 0;
      const thumb = box.left + 10 + share * (box.width - 20);
      if (Math.abs(touch.clientX - thumb) > 24) this.#tapGuard = { input, value: input.value };
      else off();
    }, { passive: true });
    input.addEventListener('touchend', () => setTimeout(off, 0), { passive: true });
    input.addEventListener('touchcancel', off, { passive: true });
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

  #paramControl(p) {
    const t = this.#t;
    const id = `w${this.#id}-${p.key}`;
    const srcId = `${id}-src`;
    const clampId = `${id}-clamp`;
    const row = el('div', { class: 'param', 'data-param': p.key });
    const label = el('label', { for: id, textContent: this.#label(p) });
    const source = this.#source(p);
    const def = p.kind === 'choice' ? this.#choiceName(p.key, p.choices[p.default]) : this.#valueText(p, p.default);
    const note = el('small', { id: srcId, class: 'src', textContent: `${t.defaultIs}: ${def} (${t.source}: ${source})` });
    const clamp = el('p', { id: clampId, class: 'clamp', role: 'status' });
    const noteId = `${id}-note`;
    const note2 = el('p', { id: noteId, class: 'note', role: 'status' });
    const described = `${srcId} ${clampId} ${noteId}`;
    if (p.kind === 'choice') {
      const sel = el('select', { id, 'data-key': p.key, 'aria-describedby': described });
      sel.append(...p.choices.map((c) => el('option', { value: c, textContent: this.#choiceName(p.key, c) })));
      sel.value = this.#values[p.key];
      sel.addEventListener('change', () => {
        this.#values[p.key] = sel.value;
        this.#clearClamp(p.key);
        this.#changed();
        this.#commit();
      });
      row.append(label, sel, note, clamp, note2);
      return row;
    }
    const value = this.#values[p.key];
    const input = el('input', {
      type: 'range', id, min: p.min, max: p.max, step: p.step, value,
      'data-key': p.key, 'aria-describedby': described,
    });
    input.setAttribute('aria-valuetext', this.#valueText(p, value));
    const out = el('output', { for: id, textContent: this.#valueText(p, value) });
    input.addEventListener('input', (ev) => {
      if (this.#tapGuard?.input === input) {
        input.value = this.#tapGuard.value; // a tap away from the thumb does not jump
        return;
      }
      const v = Number(input.value);
      this.#values[p.key] = v;
      this.#pendingInput ||= ev.timeStamp || performance.now();
      // The chart first: with the widget's DOM untouched since the last frame, the canvas
      // sets its fonts without recalculating the page's styles (about 0.7 ms a redraw).
      this.#changed();
      const text = this.#valueText(p, v);
      out.textContent = text;
      input.setAttribute('aria-valuetext', text);
      this.#clearClamp(p.key);
    });
    input.addEventListener('change', () => this.#commit()); // released: one step of Back
    this.#guardTaps(input);
    row.append(el('div', { class: 'head' }, [label, out]), input, note, clamp, note2);
    return row;
  }

  #showClamp(c) {
    const row = this.#panel.querySelector(`[data-param="${CSS.escape(c.key)}"] .clamp`);
    const p = this.#spec(c.key);
    const text = p && p.kind === 'number'
      ? this.#t.clamp(c.given, this.#valueText(p, c.used), this.#format(p, c.min), this.#format(p, c.max))
      : this.#t.clamp(c.given, String(c.used), c.min, c.max);
    if (row) row.textContent = text;
    else this.#looseClamps.push(`${this.#label(p) || c.key}: ${text}`);
  }

  // What the widget left out of its attributes or address, in `lang`: refused parts of the
  // request, a language it does not speak, a bad height, unknown controls, B's country.
  #statusTexts(lang) {
    const t = texts[lang] ?? UI[lang];
    const out = [];
    const table = this.#shared ?? tables;
    for (const { part, message } of this.#ignored) {
      if (lang === 'en') {
        out.push(t.ignored(visible(part), message));
        continue;
      }
      // The core words its messages in English: in Russian, the part, a suggestion and the
      // choices of the key are said instead.
      const key = visible(part.split('=')[0]).trim();
      const spec = table && (table.viewParams.find((p) => p.key === key) ?? table.params.find((p) => p.key === key));
      const guess = /did you mean '([^']+)'/.exec(message)?.[1];
      const hint = guess ? t.suggest(guess) : spec?.kind === 'choice' ? t.choicesAre(spec.choices.join(', ')) : '';
      out.push(t.ignored(visible(part), message, hint));
    }
    const own = this.getAttribute('lang');
    if (own !== null && !isLang(own)) out.push(t.badLang(visible(own)));
    const height = this.getAttribute('height');
    if (height !== null && height.trim() !== '') {
      const h = Number.parseFloat(height);
      if (!(Number.isFinite(h) && h > 0)) out.push(t.badHeight(visible(height)));
      else if (h < 220 || h > 2000) out.push(t.heightClamped(visible(height), Math.min(Math.max(h, 220), 2000)));
    }
    const shown = this.#shown();
    if (shown && this.#shared) {
      const known = (k) => VIEW_KEYS.has(k) || k === 'none' || this.#shared.params.some((p) => p.key === k);
      const unknown = shown.filter((k) => !known(k));
      if (unknown.length) out.push(t.badControls(unknown.map(visible).join(', ')));
    }
    if (this.#bCountry) {
      const name = (iso) => {
        const c = this.#shared?.countries.find((x) => x.iso3 === iso);
        return (c && (lang === 'ru' ? c.name_ru : c.name_en)) || iso;
      };
      out.push(t.bCountry(name(visible(this.#bCountry)), name(this.#values.country)));
    }
    return out;
  }

  // The status line (in the reader's language) and, once each, a console warning (English).
  #showStatus() {
    const texts = this.#statusTexts(this.#lang);
    this.#statusBox.textContent = [...texts, ...this.#looseClamps].join(' ');
    for (const text of this.#statusTexts('en')) {
      if (this.#warned.has(text)) continue;
      this.#warned.add(text);
      console.warn(`crossroads widget${this.id ? ` #${this.id}` : ''}: ${text}`);
    }
  }

  // The core's notes on the last drawing: a lever that has no effect as set (a TFR target
  // while the fertility lever is a shift) and a linked stream whose sending country ran out
  // of people of the ages it takes. Each goes next to its slider, or under the chart when
  // the slider is not shown.
  #showNotes() {
    if (!this.#shared) return; // shown with the controls
    const texts = this.#notes.items.map((n) => [n.key, this.#noteText(n)]);
    const signature = JSON.stringify([this.#lang, texts]);
    if (signature === this.#notes.text) return;
    this.#notes.text = signature;
    for (const row of this.#panel.querySelectorAll('.param .note')) row.textContent = '';
    for (const row of this.#panel.querySelectorAll('.param[data-idle]')) row.removeAttribute('data-idle');
    const loose = [];
    for (const [i, [key, text]] of texts.entries()) {
      const item = this.#notes.items[i];
      const param = this.#panel.querySelector(`[data-param="${CSS.escape(key)}"]`);
      const row = param?.querySelector('.note');
      // A lever that does nothing as set looks inactive next to its note.
      if (param && item.kind === 'idle') param.setAttribute('data-idle', '');
      if (row) row.textContent = [row.textContent, text].filter(Boolean).join(' ');
      // A default that does nothing is said next to its slider only, not under every chart.
      else if (!item.note.implicit) loose.push(el('span', { textContent: `${this.#label(this.#spec(key)) || key}: ${text}`, 'data-note': key }));
    }
    this.#notesBox.replaceChildren(...loose);
  }

  #noteText({ kind, note }) {
    const t = this.#t;
    if (kind === 'shortfall') {
      const name = (iso) => {
        const c = this.#shared?.countries.find((x) => x.iso3 === note[iso]);
        return (c && (this.#lang === 'ru' ? c.name_ru : c.name_en)) || note[iso];
      };
      const people = numberFormat(this.#lang, note.people < 10 ? 1 : 0, true).format(note.people);
      return t.shortfall(name('from'), name('to'), people);
    }
    if (kind === 'retired') return t.retired(`${note.key}=${note.given}`);
    // The core writes why in English: "it acts only when tfr_mode=target (now tfr_mode=shift, …)".
    const m = /acts only when (\w+)=(\w+) \(now \1=(\w+)/.exec(note.why);
    const parts = m && {
      choice: this.#label(this.#spec(m[1])) || m[1],
      acts: this.#choiceName(m[1], m[2]),
      now: this.#choiceName(m[1], m[3]),
    };
    return t.idle((this.#lang === 'ru' && note.why_ru) || note.why, parts);
  }

  #clearClamp(key) {
    this.#clamps = this.#clamps.filter((c) => c.key !== key);
    const row = this.#panel.querySelector(`[data-param="${CSS.escape(key)}"] .clamp`);
    if (row) row.textContent = '';
  }

  #reset() {
    const keep = { view: this.#values.view, country: this.#values.country };
    this.#readState('');
    Object.assign(this.#values, keep);
    this.#buildControls();
    this.#changed();
    this.#commit();
  }

  // ---- Back and Forward: committed states (a slider released, a menu chosen, a preset,
  // reset, an edited address), not every input event. With url-state each committed state is
  // also an entry of the browser's history (the moves of a drag replace one entry), so the
  // browser's Back and the widget's are the same step.

  #commit() {
    if (!this.#shared || this.#dead || !this.#app) return;
    const past = this.#past;
    const entry = { q: this.#request({ lang: false }), lang: this.#lang, chosen: this.#langChosen };
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
    const past = this.#past;
    const i = past.at + d;
    if (i < 0 || i >= past.list.length) return;
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
    this.#readState(entry.q);
    this.#lang = entry.lang;
    this.#langChosen = entry.chosen;
    this.#buildControls();
    this.#schedule(true);
    this.#updateUndo();
  }

  #updateUndo() {
    const back = this.#actions.querySelector('[data-action="back"]');
    const forward = this.#actions.querySelector('[data-action="forward"]');
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
    const request = this.#request();
    try {
      const start = performance.now();
      const drawn = this.#call((app) => app.draw(this.#canvas, request, this.#size.width, this.#size.height, window.devicePixelRatio || 1));
      const end = performance.now();
      if (!firstChartLogged) {
        firstChartLogged = true;
        performance.mark('crossroads:first-chart');
        const ms = (x) => Math.round(x);
        console.info(
          `crossroads: first chart drawn ${ms(end)} ms after navigation start ` +
            `(wasm fetch+compile ${ms(timings.wasm)} ms, data parse ${ms(timings.data)} ms, draw ${ms(end - start)} ms)`,
        );
      }
      this.#query = drawn.query;
      this.#description = drawn.description;
      this.#canvas.setAttribute('aria-label', drawn.description);
      this.#readout.plot = drawn.plot;
      this.#canvas.textContent = drawn.description;
      this.dataset.query = drawn.query;
      this.#notes.items = [
        ...this.#retired.map((n) => ({ key: n.key, kind: 'retired', note: n })),
        ...(drawn.notes ?? []).map((n) => ({ key: n.key, kind: 'idle', note: n })),
        ...(drawn.shortfalls ?? []).map((f) => ({ key: f.key, kind: 'shortfall', note: f })),
      ];
      this.#showNotes();
      this.#errorBox.hidden = true;
      this.#bands.after(this.#app, request, this.#lang);
      if (this.#controlsPending && !this.#shared) {
        if (!this.#controlsQueued) {
          // The controls wait until a frame has shown the chart (laying out dozens of
          // sliders would hold that frame up); the timer covers a page with no frames.
          this.#controlsQueued = true;
          let done = false;
          const go = () => {
            if (done) return;
            done = true;
            this.#finishStart();
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
      this.#showStory();
      this.dataset.draws = String(Number(this.dataset.draws || 0) + 1);
      if (this.#tableBox.open) this.#fillTable();
      if (this.#assumptionsBox.open) this.#fillAssumptions();
    } catch (err) {
      if (!this.#dead) this.#fail(err);
    }
  }

  #fail(err) {
    this.dataset.state = 'error';
    const message = err instanceof Error ? err.message : String(err);
    const t = this.#t;
    // The core words its errors in English: a Russian reader gets a Russian sentence, and
    // the core's words folded away and marked as English.
    if (this.#lang === 'ru') {
      this.#errorBox.replaceChildren(el('strong', { textContent: t.failedRu }), el('details', {}, [
        el('summary', { textContent: t.details }), el('code', { lang: 'en', textContent: message }),
      ]));
    } else {
      this.#errorBox.replaceChildren(el('strong', { textContent: t.failed }), ' ', message);
    }
    this.#errorBox.hidden = false;
    this.#statusBox.textContent = '';
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
    this.#readState(q);
    this.#buildControls();
    this.#schedule();
    this.#commit();
  };

  // The canonical request of the current state (parsed and re-written by the core); the
  // language is part of it only when the reader chose one.
  #canonical() {
    const request = this.#request({ lang: this.#langChosen });
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

  #embedCode() {
    const q = this.#canonical();
    const params = new URLSearchParams(q);
    const view = params.get('view') || 'projection';
    const country = params.get('country');
    for (const key of ['view', 'country', 'lang']) params.delete(key);
    const scenario = params.toString();
    const attrs = [`view="${esc(view)}"`];
    attrs.push(`country="${esc(country || this.#values.country || 'RUS')}"`);
    if (scenario) attrs.push(`scenario="${esc(scenario)}"`);
    attrs.push(`lang="${this.#lang}"`);
    const h = Number.parseFloat(this.getAttribute('height'));
    if (Number.isFinite(h) && h > 0) attrs.push(`height="${h}"`);
    const shown = this.#shown();
    if (shown !== null) attrs.push(`controls="${esc(shown.length ? shown.join(',') : 'none')}"`);
    const fig = `crossroads-${view}-${country || 'RUS'}.svg`;
    const renderQuery = [q, this.#lang !== 'en' && !/(^|&)lang=/.test(q) ? `lang=${this.#lang}` : ''].filter(Boolean).join('&');
    return [
      `<script type="module" src="${esc(SCRIPT)}"></script>`,
      `<crossroads-widget ${attrs.join(' ')}>`,
      `  <!-- Shown until the widget loads, in print and without JavaScript; make it with`,
      `       crossroads render '${renderQuery.replace(/'/g, '%27').replace(/--/g, '-%2D')}' > ${fig} -->`,
      `  <img src="${esc(fig)}" alt="${esc(this.#description)}">`,
      `</crossroads-widget>`,
    ].join('\n');
  }

  #copy(text) {
    const t = this.#t;
    const box = el('textarea', { readOnly: true, rows: Math.min(8, text.split('\n').length + 1), value: text, 'aria-label': t.copyManual });
    const msg = el('p', { textContent: t.copyManual });
    const close = el('button', { type: 'button', textContent: t.close, 'data-action': 'close-copy' });
    close.addEventListener('click', () => this.#closeCopy());
    this.#copyOpener = this.shadowRoot.activeElement;
    this.#copyBox.replaceChildren(msg, box, close);
    this.#copyBox.hidden = false;
    this.#copyBox.dataset.text = text;
    box.select();
    navigator.clipboard?.writeText(text).then(
      () => { msg.textContent = t.copied; },
      () => { /* no clipboard permission: the text stays selected for the reader */ },
    );
  }

  #closeCopy() {
    this.#copyBox.hidden = true;
    this.#copyBox.replaceChildren();
    delete this.#copyBox.dataset.text;
    this.#copyOpener?.focus();
    this.#copyOpener = null;
  }

  // ---- downloads, data table and sources

  #fileName(ext) {
    return `crossroads-${this.#values.view || 'projection'}-${this.#values.country || 'RUS'}.${ext}`;
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

  /** The numbers behind the chart as drawn, as CSV text. */
  csv() {
    return this.#call((app) => app.csv(this.#request()));
  }

  // A ZIP (written by the core) of the CSV, header first, and a text file of its title,
  // scenario, sources and notes: it opens cleanly in a spreadsheet.
  #downloadCsv() {
    let bytes;
    try {
      bytes = this.#call((app) => app.download(this.#request()));
    } catch (err) {
      if (!this.#dead) this.#fail(err);
      return;
    }
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    this.#save(url, this.#fileName('zip'));
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  #fillTable() {
    let text;
    try {
      text = this.csv();
    } catch {
      return;
    }
    const all = text.split('\n');
    const caption = all.filter((l) => l.startsWith('#')).map((l) => l.slice(1).trim()).join(' ');
    const rows = all.filter((l) => l && !l.startsWith('#')).map(splitCsv);
    const [head = [], ...body] = rows;
    const fmt = numberFormat(this.#lang, 3, true, 0);
    const cell = (c) => (c !== '' && Number.isFinite(Number(c)) ? fmt.format(Number(c)) : c);
    const table = el('table', {}, [
      el('caption', { textContent: caption }),
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { scope: 'col', textContent: h })))]),
      el('tbody', {}, body.map((r) => el('tr', {}, r.map((c, i) => (i === 0
        ? el('th', { scope: 'row', textContent: c })
        : el('td', { textContent: cell(c) })))))),
    ]);
    const wrap = el('div', { class: 'scroll', tabIndex: 0, role: 'region', 'aria-label': this.#t.table }, [table]);
    this.#tableBox.replaceChildren(el('summary', { textContent: this.#t.table }), wrap);
  }

  // The assumptions of the scenario drawn, worded by the core in the chart's language.
  #fillAssumptions() {
    let list;
    try {
      list = this.#call((app) => app.assumptions(this.#request()));
    } catch {
      return;
    }
    this.#assumptionsBox.replaceChildren(
      el('summary', { textContent: this.#t.assumptions }),
      el('ul', {}, list.map((a) => el('li', { 'data-key': a.key }, [
        el('strong', { textContent: a.title }), `: ${a.value}. ${a.reason} (${this.#t.source}: ${a.source})`,
      ]))),
    );
  }

  #fillSources() {
    const t = this.#t;
    let list;
    try {
      list = this.#call((app) => app.sources(this.#lang));
    } catch {
      return;
    }
    const safe = (url) => (/^https?:\/\//i.test(url) ? url : null);
    const link = (url) => el('a', { href: url, textContent: url, rel: 'noopener noreferrer', target: '_blank' });
    // One line per dataset (name, publisher, year, licence, link); the sliders' defaults and
    // every figure's citation one click deeper.
    const fold = (title, items) => el('details', {}, [el('summary', { textContent: title }), el('ul', {}, items)]);
    this.#sourcesBox.replaceChildren(
      el('summary', { textContent: t.sources }),
      el('h3', { textContent: t.datasets }),
      el('ul', {}, list.datasets.map((d) => el('li', { 'data-id': d.id }, [
        el('strong', { textContent: d.name }), ` — ${d.publisher}, ${d.year}. ${d.licence}. `,
        ...(safe(d.url) ? [link(d.url)] : []),
      ]))),
      fold(t.parameterSources, this.#shared.params.map((p) => el('li', {}, [el('strong', { textContent: this.#label(p) }), `: ${this.#source(p)}`]))),
      fold(t.citations(list.citations.length), list.citations.map((c) => el('li', {}, [
        `${c.what}${c.by ? ` (${c.by})` : ''} `,
        safe(c.url) ? link(c.url) : c.url,
      ]))),
    );
  }
}

// One CSV line into fields ("" quoting as the core writes it).
function splitCsv(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

if (!customElements.get('crossroads-widget')) customElements.define('crossroads-widget', CrossroadsWidget);
