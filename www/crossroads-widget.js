// <crossroads-widget country="RUS">: the population chart of one of the eight focus
// countries, drawn by the Rust/wasm core onto a canvas in a shadow root. This file only
// wires the DOM: it builds the elements, sizes the canvas to its box (ResizeObserver,
// devicePixelRatio) and asks the wasm handle to draw. No inline scripts, styles or
// innerHTML, so it runs under a strict Content-Security-Policy.
import init, { Crossroads } from './pkg/crossroads.js';

const STYLESHEET = new URL('./crossroads-widget.css', import.meta.url);
const SOURCE_URL = 'https://population.un.org/wpp/';

// One wasm instance and one parsed dataset for every widget on the page.
let handle = null;
const timings = { wasm: 0, data: 0 };
function crossroads() {
  handle ??= (async () => {
    const start = performance.now();
    await init();
    const loaded = performance.now();
    const app = new Crossroads();
    timings.wasm = loaded - start;
    timings.data = performance.now() - loaded;
    return app;
  })();
  return handle;
}

let firstChartLogged = false;

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

class CrossroadsWidget extends HTMLElement {
  static observedAttributes = ['country'];

  #app = null;
  #canvas = null;
  #select = null;
  #status = null;
  #size = null;
  #frame = 0;
  #observer = null;
  #ratioQuery = null;

  connectedCallback() {
    if (!this.shadowRoot) this.#build();
    this.dataset.state = 'loading';
    crossroads().then(
      (app) => {
        this.#app = app;
        this.#fillCountries();
        this.#schedule();
      },
      (err) => this.#fail(err),
    );
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.#size = { width: box.width, height: box.height };
      this.#schedule();
    });
    this.#observer.observe(this.#canvas.parentElement);
    this.#watchPixelRatio();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#ratioQuery?.removeEventListener('change', this.#onRatioChange);
    cancelAnimationFrame(this.#frame);
  }

  attributeChangedCallback() {
    if (this.#select && this.#select.value !== this.country) this.#select.value = this.country;
    this.#schedule();
  }

  get country() {
    return (this.getAttribute('country') || 'RUS').trim().toUpperCase();
  }

  set country(code) {
    this.setAttribute('country', code);
  }

  #build() {
    const root = this.attachShadow({ mode: 'open' });
    const id = 'country';
    this.#select = el('select', { id });
    this.#select.addEventListener('change', () => {
      this.country = this.#select.value;
    });
    this.#canvas = el('canvas', { textContent: 'Population chart' });
    this.#canvas.setAttribute('role', 'img');
    this.#status = el('p', { className: 'status' });
    this.#status.setAttribute('role', 'status');
    root.append(
      el('link', { rel: 'stylesheet', href: STYLESHEET.href }),
      el('div', { className: 'controls' }, [el('label', { htmlFor: id, textContent: 'Country' }), this.#select]),
      el('div', { className: 'chart' }, [this.#canvas]),
      this.#status,
      el('p', { className: 'source' }, [
        'Data: United Nations, DESA, Population Division (2024). ',
        el('a', { href: SOURCE_URL, textContent: 'World Population Prospects 2024' }),
        '. Licence CC BY 3.0 IGO. Population at 31 December of each year.',
      ]),
    );
  }

  #fillCountries() {
    const options = this.#app.countries().map((c) => el('option', { value: c.iso3, textContent: c.name_en }));
    this.#select.replaceChildren(...options);
    this.#select.value = this.country;
  }

  // A change of zoom or screen changes devicePixelRatio without resizing the box.
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
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  }

  #draw() {
    if (!this.#app || !this.#size || this.#size.width === 0) return;
    const country = this.country;
    try {
      const start = performance.now();
      this.#app.drawPopulation(this.#canvas, country, this.#size.width, this.#size.height, window.devicePixelRatio || 1);
      this.#canvas.setAttribute('aria-label', this.#app.describePopulation(country));
      this.#status.textContent = '';
      this.dataset.state = 'ready';
      if (!firstChartLogged) {
        firstChartLogged = true;
        performance.mark('crossroads:first-chart');
        const now = performance.now();
        const ms = (t) => Math.round(t);
        console.info(
          `crossroads: first chart drawn ${ms(now)} ms after navigation start ` +
            `(wasm fetch+compile ${ms(timings.wasm)} ms, data parse ${ms(timings.data)} ms, draw ${ms(now - start)} ms)`,
        );
      }
    } catch (err) {
      this.#fail(err);
    }
  }

  #fail(err) {
    this.dataset.state = 'error';
    const message = err instanceof Error ? err.message : String(err);
    if (this.#status) this.#status.textContent = message;
    console.error(err);
  }
}

if (!customElements.get('crossroads-widget')) customElements.define('crossroads-widget', CrossroadsWidget);
