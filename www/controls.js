// The controls of a <crossroads-widget>, rendered from the core's `panel` (src/app/panel.rs):
// every label, value, unit, choice, default and clamp arrives worded; this file only makes
// the elements and reports what the reader does. DOM wiring only.

export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('aria-') || k.startsWith('data-') || k === 'role' || k === 'for') node.setAttribute(k, v);
    else node[k] = v;
  }
  node.append(...children);
  return node;
}

// What the widget hands the builders: `id` (a prefix for element ids), `t` (its words),
// `choose(key, value)` (a menu), `slide(key, value, event)` → the value in words (a slider
// moved), `commit()` (a slider released), `tap` (the touch guard: {input, value} or null),
// `play(button, show)` (the year's Play button).

// A select of `c.options` ([value, words]) under its label.
export function select(host, c) {
  const id = `${host.id}-${c.key}`;
  const sel = el('select', { id, 'data-key': c.key });
  sel.append(...c.options.map(([v, text]) => el('option', { value: v, textContent: text })));
  if (c.key === 'lang') for (const o of sel.options) o.lang = o.value; // each name in its own voice
  sel.value = c.value;
  sel.addEventListener('change', () => host.choose(c.key, sel.value));
  return { sel, field: el('div', { class: 'field' }, [el('label', { for: id, textContent: c.label }), sel]) };
}

// A range input of `c` with its output; input events go to `host.slide`.
function range(host, c, described) {
  const id = `${host.id}-${c.key}`;
  const input = el('input', { type: 'range', id, min: c.min, max: c.max, step: c.step, value: c.value, 'data-key': c.key });
  if (described) input.setAttribute('aria-describedby', described);
  input.setAttribute('aria-valuetext', c.text);
  const out = el('output', { for: id, textContent: c.text });
  input.addEventListener('input', (ev) => {
    if (host.tap()?.input === input) {
      input.value = host.tap().value; // a tap away from the thumb does not jump
      return;
    }
    const text = host.slide(c.key, input.value, ev);
    out.textContent = text;
    input.setAttribute('aria-valuetext', text);
  });
  input.addEventListener('change', () => host.commit()); // released: one step of Back
  guardTaps(host, input);
  return { input, out, label: el('label', { for: id, textContent: c.label }) };
}

// The bar above the chart: menus, and the pyramid's year with its Play button.
export function buildTop(host, list) {
  return list.map((c) => {
    if (c.kind === 'select') return select(host, c).field;
    const { input, out, label } = range(host, c);
    const play = el('button', { type: 'button', textContent: host.t.play, 'data-action': 'play', 'aria-pressed': 'false' });
    play.addEventListener('click', () => host.play(play, (v) => {
      input.value = String(v);
      out.textContent = String(v);
    }, Number(c.min), Number(c.max)));
    return el('div', { class: 'field year' }, [label, input, out, play]);
  });
}

// One lever's row: label, control, default and source, clamp and note lines.
function lever(host, c) {
  const id = `${host.id}-${c.key}`;
  const ids = ['src', 'clamp', 'note'].map((s) => `${id}-${s}`);
  const note = el('small', { id: ids[0], class: 'src', textContent: c.note });
  const clamp = el('p', { id: ids[1], class: 'clamp', role: 'status', textContent: c.clamp });
  const idle = el('p', { id: ids[2], class: 'note', role: 'status' });
  const row = el('div', { class: 'param', 'data-param': c.key });
  if (c.kind === 'select') {
    const { sel, field } = select(host, c);
    sel.setAttribute('aria-describedby', ids.join(' '));
    row.append(...field.childNodes, note, clamp, idle);
  } else {
    const { input, out, label } = range(host, c, ids.join(' '));
    row.append(el('div', { class: 'head' }, [label, out]), input, note, clamp, idle);
  }
  return row;
}

const fieldsets = (host, groups) => groups.map((g) => el('fieldset', { class: 'group' }, [
  el('legend', { textContent: g.title }), ...g.controls.map((c) => lever(host, c)),
]));

// The levers that move the view first; the others folded under "More levers".
export function buildLevers(host, panel) {
  const sets = fieldsets(host, panel.groups);
  if (panel.more.length) {
    sets.push(el('details', { class: 'more' }, [el('summary', { textContent: panel.more_title }), ...fieldsets(host, panel.more)]));
  }
  return sets;
}

// On a touch screen a slider moves only when the finger lands on its thumb (or drags it):
// a tap on the track away from the thumb, or a page scroll that starts there, leaves the
// value as it was (a full-width track is easy to hit while scrolling).
function guardTaps(host, input) {
  const off = () => { if (host.tap()?.input === input) host.tap(null); };
  input.addEventListener('touchstart', (ev) => {
    const touch = ev.touches[0];
    if (!touch || ev.touches.length > 1) return;
    const box = input.getBoundingClientRect();
    const min = Number(input.min);
    const span = Number(input.max) - min;
    const share = span > 0 ? (Number(input.value) - min) / span : 0;
    const thumb = box.left + 10 + share * (box.width - 20);
    if (Math.abs(touch.clientX - thumb) > 24) host.tap({ input, value: input.value });
    else off();
  }, { passive: true });
  input.addEventListener('touchend', () => setTimeout(off, 0), { passive: true });
  input.addEventListener('touchcancel', off, { passive: true });
}

// The briefs' questions above the chart (`list`, in the reader's language; none unless
// `o.shown`): buttons, or a menu in a narrow column (the stylesheet shows one of the two);
// the story whose levers are `o.levers` marked, and its one-sentence answer in `caption`.
export function showStories(box, caption, list, o) {
  if (!list?.length || !o.shown) {
    box.hidden = true;
    box.replaceChildren();
  } else if (box.hidden || box.lang !== o.lang) {
    buildStories(box, list, o.t.stories, o.t.storyPick, o.id, o.pick);
    box.lang = o.lang;
    box.hidden = false;
  }
  showStory(box, caption, box.hidden ? null : list.find((s) => s.levers === o.levers));
}

function buildStories(box, list, heading, prompt, id, pick) {
  const items = list.map((s) => {
    const b = el('button', { type: 'button', class: 'story', 'data-story': s.id, 'aria-pressed': 'false', textContent: s.question });
    b.addEventListener('click', () => pick(s));
    return el('li', {}, [b]);
  });
  const sel = el('select', { 'aria-labelledby': id, class: 'story-pick' });
  sel.append(el('option', { value: '', textContent: prompt }), ...list.map((s) => el('option', { value: s.id, textContent: s.question })));
  sel.addEventListener('change', () => {
    const s = list.find((x) => x.id === sel.value);
    if (s) pick(s);
  });
  box.replaceChildren(el('h2', { id, textContent: heading }), el('ul', { 'aria-labelledby': id }, items), sel);
}

// The buttons under the chart, each calling `on[its action]`: Back, Forward and Reset only
// with `undo` (not with controls="none", which shows the chart alone).
export function buildActions(box, t, undo, on) {
  const words = { back: t.back, forward: t.forward, reset: t.reset, 'copy-link': t.copyLink, 'copy-embed': t.copyEmbed, png: t.png, csv: t.csv };
  const titles = { back: t.backTitle, forward: t.forwardTitle };
  const names = Object.keys(words).filter((n) => undo || !['back', 'forward', 'reset'].includes(n));
  box.hidden = !undo;
  box.replaceChildren(...names.map((name) => {
    const x = el('button', { type: 'button', textContent: words[name], 'data-action': name });
    if (titles[name]) x.title = titles[name];
    x.addEventListener('click', on[name]);
    return x;
  }));
}

// The core's notes on the last drawing (worded): each next to its slider (a lever that does
// nothing as set looks inactive), or in `loose` under the chart when the slider is not shown.
export function showNotes(panel, loose, notes) {
  for (const row of panel.querySelectorAll('.param .note')) row.textContent = '';
  for (const row of panel.querySelectorAll('.param[data-idle]')) row.removeAttribute('data-idle');
  const spans = [];
  for (const n of notes) {
    const param = panel.querySelector(`[data-param="${CSS.escape(n.key)}"]`);
    const row = param?.querySelector('.note');
    if (param && n.kind === 'idle') param.setAttribute('data-idle', '');
    if (row) row.textContent = [row.textContent, n.text].filter(Boolean).join(' ');
    // A default that does nothing is said next to its slider only, not under every chart.
    else if (!n.implicit) spans.push(el('span', { textContent: `${n.label}: ${n.text}`, 'data-note': n.key }));
  }
  loose.replaceChildren(...spans);
}

// The chosen story (or none): its question marked, its one-sentence answer in `caption`.
function showStory(box, caption, story) {
  const text = story?.caption ?? '';
  if (caption.textContent !== text) caption.textContent = text;
  caption.hidden = !text;
  for (const x of box.querySelectorAll('button[data-story]')) x.setAttribute('aria-pressed', String(x.dataset.story === story?.id));
  const sel = box.querySelector('select');
  if (sel) sel.value = story?.id ?? '';
}

// The pyramid's Play button: the year steps to the last one, `onYear(year)` each step;
// `onStop()` when it stops (at the end, on a second press, or when the controls change).
export class Player {
  #timer = 0;
  #button = null;

  constructor(onYear, onStop) {
    this.onYear = onYear;
    this.onStop = onStop;
  }

  toggle(button, show, first, last, pause) {
    if (this.#timer) {
      this.stop();
      return;
    }
    let year = Number(button.parentElement?.querySelector('input')?.value ?? first);
    if (year >= last) year = first - 1;
    this.#button = button;
    button.dataset.play = button.textContent;
    button.textContent = pause;
    button.setAttribute('aria-pressed', 'true');
    // A year per 1/30 s, stepped in animation frames (drawn in the frame that shows it);
    // a few ms of slack so that a 60 Hz display steps every second frame.
    let stepped = -Infinity;
    const step = (now) => {
      this.#timer = requestAnimationFrame(step);
      if (now - stepped < 1000 / 30 - 4) return;
      stepped = now;
      year = Math.min(year + 1, last);
      show(year);
      this.onYear(year);
      if (year >= last) this.stop();
    };
    this.#timer = requestAnimationFrame(step);
  }

  stop() {
    if (!this.#timer) return;
    cancelAnimationFrame(this.#timer);
    this.#timer = 0;
    this.onStop();
    if (this.#button) {
      this.#button.textContent = this.#button.dataset.play;
      this.#button.setAttribute('aria-pressed', 'false');
    }
  }
}
