// Back and Forward of a <crossroads-widget>: committed states (a slider released, a menu
// chosen, a preset, reset, an edited address), not every input event. With url-state each
// committed state is also an entry of the browser's history (the moves of a drag replace one
// entry), so the browser's Back and the widget's are the same step. DOM wiring only: the
// states are the core's query strings, compared as the core writes them.
//
// `host`: `ready()`, `urlState()`, `canonical(lang)` (the core's canonical request; with its
// language when the reader chose one unless `lang` is false), `snapshot()` (the widget's
// state), `apply(entry)` (restore one), `read(q)` (an address edited by the reader),
// `buttons()` ([Back, Forward]).
export class Past {
  list = [];
  at = -1;
  written = null; // the address last written or read
  #timer = 0;
  #host;

  constructor(host) {
    this.#host = host;
  }

  commit() {
    const host = this.#host;
    if (!host.ready()) return;
    const entry = { q: host.canonical(false), ...host.snapshot() };
    const last = this.list[this.at];
    if (last && last.q === entry.q && last.lang === entry.lang) return;
    this.list.length = this.at + 1;
    this.list.push(entry);
    if (this.list.length > 200) this.list.shift();
    this.at = this.list.length - 1;
    if (host.urlState()) {
      clearTimeout(this.#timer);
      entry.hash = host.canonical();
      this.#writeUrl(entry.hash, this.at, this.at === 0);
    }
    this.update();
  }

  step(d) {
    const i = this.at + d;
    if (i < 0 || i >= this.list.length) return;
    const own = this.#host.urlState() && typeof history.state?.crossroads === 'number';
    if (own && history.state.crossroads !== i) {
      if (d < 0) history.back();
      else history.forward(); // onPopState restores the state
      return;
    }
    this.#restore(i);
  }

  #restore(i) {
    const entry = this.list[i];
    if (!entry || !this.#host.ready()) return;
    this.at = i;
    this.#host.apply(entry);
    this.update();
  }

  /** The Back and Forward buttons enabled as the list allows. */
  update() {
    const [back, forward] = this.#host.buttons();
    if (back) back.disabled = this.at <= 0;
    if (forward) forward.disabled = this.at >= this.list.length - 1;
  }

  // The page's address for `q`, as history entry `index` of this widget: the entry is
  // replaced when it is that one already (or not the widget's), else a new one is pushed.
  #writeUrl(q, index, replace = false) {
    this.written = q;
    const url = `${location.pathname}${location.search}${q ? `#${q}` : ''}`;
    const current = history.state?.crossroads;
    if (replace || typeof current !== 'number' || current === index) history.replaceState({ crossroads: index }, '', url);
    else history.pushState({ crossroads: index }, '', url);
  }

  /** A state not committed yet (a slider being dragged): written to the address a little
   * later, as the entry after the last committed one, pushed once and then replaced. */
  draft() {
    if (!this.#host.urlState()) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (!this.#host.ready()) return;
      const q = this.#host.canonical();
      if (q === this.written) return;
      const next = this.at + 1;
      const current = history.state?.crossroads;
      // A new browser entry drops the browser's forward entries: drop the widget's too.
      if (typeof current === 'number' && current !== next && this.list.length > next) {
        this.list.length = next;
        this.update();
      }
      this.#writeUrl(q, next);
    }, 150);
  }

  onPopState = (ev) => {
    const i = ev.state?.crossroads;
    // An entry of this page's earlier visit, or a draft: onHashChange reads the address.
    if (typeof i !== 'number' || this.list[i]?.hash !== location.hash.slice(1)) return;
    this.written = location.hash.slice(1);
    this.#restore(i);
  };

  onHashChange = () => {
    const q = location.hash.slice(1);
    if (q === this.written || !this.#host.ready()) return;
    this.written = q;
    this.#host.read(q);
  };
}
