// The page's side of the probabilistic band (issue 16): starts the band worker
// (bands-worker.js, the same wasm module), asks it for the band of the scenario just drawn
// and hands the answer to the widget's core (`setBands`) to be drawn around the scenario
// line at the next frame. Every request gets a generation number; the worker drops stale
// ones and the page ignores any answer but the latest. The scenario line never waits for
// the band: it is drawn each frame on the main thread, the band follows (first from 200
// trajectories, then refined to 1,000). Where the page's Content-Security-Policy forbids
// workers, or the browser has none, the widget keeps drawing the scenario and its status
// line says that the band is unavailable (in the reader's language).

/** Timings of the bands received, for tests and budgets: {gen, n, ms, total, sinceRequest}. */
export const bandTimes = [];

export class BandClient {
  #worker = null;
  #failed = false;
  #ready = false;
  #gen = 0;
  #last = null;
  #posted = 0;
  #queued = null;
  #onBand;
  #app = null;
  #lang = 'en';
  /** The status line of the band (role=status), for the widget to place. */
  element;

  constructor(onBand) {
    this.#onBand = onBand;
    this.element = document.createElement('p');
    this.element.className = 'status band-status';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
  }

  #start() {
    if (this.#worker || this.#failed) return;
    if (typeof Worker !== 'function') return this.#unavailable('no Worker in this browser');
    try {
      this.#worker = new Worker(new URL('./bands-worker.js', import.meta.url), { type: 'module' });
    } catch (err) {
      return this.#unavailable(String(err?.message ?? err));
    }
    this.#worker.onmessage = (e) => this.#receive(e.data);
    this.#worker.onerror = (e) => {
      e.preventDefault?.();
      this.#unavailable(e.message || 'the band worker could not start');
    };
  }

  #unavailable(why) {
    this.#failed = true;
    delete this.element.dataset.pending;
    this.#worker?.terminate();
    this.#worker = null;
    this.element.dataset.band = 'unavailable';
    this.#say('ui-band-unavailable');
    console.info(`crossroads: band of simulated futures unavailable (${why})`);
  }

  #say(key, args = {}) {
    let text = '';
    try {
      text = this.#app?.words(this.#lang)?.[key] ?? '';
    } catch {
      /* the core is gone: nothing to say */
    }
    for (const [k, v] of Object.entries(args)) text = text.replace(`{ $${k} }`, v);
    this.element.textContent = text;
    this.element.hidden = !text;
  }

  /** After a draw: ask for the band of `request` (nothing when it was asked for already). */
  after(app, request, lang) {
    this.#app = app;
    if (lang !== this.#lang) {
      this.#lang = lang;
      if (this.#failed) this.#say('ui-band-unavailable');
    }
    if (request === this.#last) return;
    this.#last = request;
    this.#start();
    if (this.#failed) return;
    this.#gen += 1;
    this.#posted = performance.now();
    this.element.dataset.pending = '1';
    this.element.dataset.gen = String(this.#gen);
    const m = { type: 'band', gen: this.#gen, query: request };
    if (this.#ready) this.#worker.postMessage(m);
    else this.#queued = m;
  }

  #receive(m) {
    if (m.type === 'ready') {
      this.#ready = true;
      if (this.#queued) this.#worker.postMessage(this.#queued);
      this.#queued = null;
      return;
    }
    if (m.type === 'cancelled') {
      this.element.dataset.cancelled = String(Number(this.element.dataset.cancelled || 0) + 1);
      return;
    }
    if (m.gen !== this.#gen) return; // a stale answer: a newer request is on its way
    if (m.type === 'error') {
      if (m.gen === 0) return this.#unavailable(m.message);
      delete this.element.dataset.pending;
      this.#say('ui-band-failed', { error: m.message });
      console.warn(`crossroads: band: ${m.message}`);
      return;
    }
    if (m.type !== 'band') return;
    const t = performance.now();
    try {
      this.#app?.setBands(m.bands);
    } catch (err) {
      console.warn(`crossroads: band: ${err?.message ?? err}`);
      return;
    }
    const main = performance.now() - t;
    bandTimes.push({ gen: m.gen, n: m.n, ms: m.ms, total: m.total, sinceRequest: t - this.#posted, main });
    if (bandTimes.length > 1000) bandTimes.splice(0, 500);
    this.element.dataset.band = String(m.n);
    this.element.dataset.bandGen = String(m.gen);
    if (m.final) delete this.element.dataset.pending;
    if (m.bands.length) this.#onBand();
  }

  /** Stops the worker (the widget is removed). */
  stop() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#ready = false;
    this.#last = null;
  }
}
