// The readout of a <crossroads-widget> chart: under the pointer or a finger, or with the
// arrow keys on the focused canvas, a year cursor shows every value of the view at that year
// with its unit. The values and words come from the core (`readout(query, year)`: the row of
// the view's own table); this file only places the cursor line and the box, and says the
// same text in a live region for screen readers. DOM wiring only.

export class Readout {
  #canvas;
  #line;
  #box;
  #live;
  #plot = null; // {left, top, right, bottom, x0, x1} in CSS pixels and data x
  #year = null;
  #read; // (year) => {year, items, text} | null

  /** `chartBox` holds `canvas`; `read(year)` asks the core for the readout. */
  constructor(chartBox, canvas, read) {
    this.#canvas = canvas;
    this.#read = read;
    this.#line = document.createElement('div');
    this.#line.className = 'readout-line';
    this.#box = document.createElement('div');
    this.#box.className = 'readout';
    this.#live = document.createElement('div');
    this.#live.className = 'visually-hidden';
    this.#live.setAttribute('aria-live', 'polite');
    this.#line.hidden = true;
    this.#box.hidden = true;
    chartBox.append(this.#line, this.#box, this.#live);
    canvas.tabIndex = 0;
    canvas.addEventListener('pointermove', (e) => this.#at(e));
    canvas.addEventListener('pointerdown', (e) => this.#at(e));
    canvas.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && this.hide());
    canvas.addEventListener('keydown', (e) => this.#key(e));
    canvas.addEventListener('blur', () => this.hide());
  }

  /** The plot box of the last drawing (from the core's `draw`); shown values follow it. */
  set plot(plot) {
    this.#plot = plot && plot.x1 > plot.x0 && plot.right > plot.left ? plot : null;
    if (this.#year !== null) this.show(this.#year);
  }

  hide() {
    this.#year = null;
    this.#line.hidden = true;
    this.#box.hidden = true;
  }

  /** Shows the values at `year`; hides when the view has no years. */
  show(year) {
    const p = this.#plot;
    let r = null;
    try {
      r = p && this.#read(Math.round(year));
    } catch {
      r = null; // a request the core refuses draws nothing: the status line says why
    }
    if (!p || !r) {
      this.hide();
      return;
    }
    this.#year = r.year;
    const x = p.left + ((r.year - p.x0) / (p.x1 - p.x0)) * (p.right - p.left);
    const inside = Math.min(Math.max(x, p.left), p.right);
    this.#line.style.left = `${inside}px`;
    this.#line.style.top = `${p.top}px`;
    this.#line.style.height = `${p.bottom - p.top}px`;
    const title = document.createElement('strong');
    title.textContent = String(r.year);
    const rows = r.items.map(([label, value]) => {
      const row = document.createElement('div');
      const v = document.createElement('b');
      v.textContent = value;
      row.append(`${label}: `, v);
      return row;
    });
    this.#box.replaceChildren(title, ...rows);
    // The box sits on the side of the cursor with more room.
    const right = inside < (p.left + p.right) / 2;
    this.#box.style.left = right ? `${inside + 8}px` : '';
    this.#box.style.right = right ? '' : `${this.#canvas.clientWidth - inside + 8}px`;
    this.#box.style.top = `${p.top + 4}px`;
    this.#line.hidden = false;
    this.#box.hidden = false;
    this.#live.textContent = r.text;
  }

  #at(e) {
    const p = this.#plot;
    if (!p) return;
    const rect = this.#canvas.getBoundingClientRect();
    const px = e.clientX - rect.left;
    if (px < p.left || px > p.right) {
      if (e.pointerType === 'mouse') this.hide();
      return;
    }
    this.show(p.x0 + ((px - p.left) / (p.right - p.left)) * (p.x1 - p.x0));
  }

  #key(e) {
    const p = this.#plot;
    if (!p) return;
    const step = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 }[e.key];
    if (e.key === 'Escape') {
      this.hide();
      return;
    }
    if (step === undefined && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    let year;
    if (e.key === 'Home') year = Math.ceil(p.x0);
    else if (e.key === 'End') year = Math.floor(p.x1);
    else year = (this.#year ?? Math.round((p.x0 + p.x1) / 2)) + step * (e.shiftKey ? 10 : 1);
    this.show(Math.min(Math.max(year, Math.ceil(p.x0)), Math.floor(p.x1)));
  }
}
