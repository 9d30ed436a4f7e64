// The folded panels under a <crossroads-widget> chart — data table, assumptions, sources —
// and its copy box, rendered from what the core hands over already worded (src/app). DOM
// wiring only.
import { el } from './controls.js';

const safe = (url) => (/^https?:\/\//i.test(url) ? url : null);
const link = (url) => el('a', { href: url, textContent: url, rel: 'noopener noreferrer', target: '_blank' });

// The core's `table`: a caption and sections of headers and rows, one table each.
/** Fills the folded panel `name` (table, assumptions or sources) of `boxes` from the core. */
export function fillPanel(name, boxes, call, request, lang, t) {
  if (name === 'table') fillTable(boxes.table, call((app) => app.table(request)), t.table);
  if (name === 'assumptions') fillAssumptions(boxes.assumptions, call((app) => app.assumptions(request)), t.assumptions);
  if (name === 'sources') fillSources(boxes.sources, call((app) => app.sources(lang)), t);
}

export function fillTable(box, data, title) {
  const tables = data.sections.map((s, i) => el('table', {}, [
    ...(i === 0 ? [el('caption', { textContent: data.caption })] : []),
    el('thead', {}, [el('tr', {}, s.head.map((h) => el('th', { scope: 'col', textContent: h })))]),
    el('tbody', {}, s.rows.map((r) => el('tr', {}, r.map((c, j) => (j === 0
      ? el('th', { scope: 'row', textContent: c })
      : el('td', { textContent: c })))))),
  ]));
  const wrap = el('div', { class: 'scroll', tabIndex: 0, role: 'region', 'aria-label': title }, tables);
  box.replaceChildren(el('summary', { textContent: title }), wrap);
}

// The core's `assumptions` of the scenario drawn: a title and the rest of its line each.
export function fillAssumptions(box, list, title) {
  box.replaceChildren(
    el('summary', { textContent: title }),
    el('ul', {}, list.map((a) => el('li', { 'data-key': a.key }, [el('strong', { textContent: a.title }), a.text]))),
  );
}

// The core's `sources`: one line per dataset (name, publisher, year, licence, link); the
// sliders' defaults and every figure's citation one click deeper.
export function fillSources(box, list, t) {
  const fold = (title, items) => el('details', {}, [el('summary', { textContent: title }), el('ul', {}, items)]);
  box.replaceChildren(
    el('summary', { textContent: t.sources }),
    el('h3', { textContent: t.datasets }),
    el('ul', {}, list.datasets.map((d) => el('li', { 'data-id': d.id }, [
      el('strong', { textContent: d.name }), ` — ${d.publisher}, ${d.year}. ${d.licence}. `,
      ...(safe(d.url) ? [link(d.url)] : []),
    ]))),
    fold(t.parameterSources, list.parameters.map((p) => el('li', {}, [el('strong', { textContent: p.label }), `: ${p.source}`]))),
    fold(list.citations_title, list.citations.map((c) => el('li', {}, [
      `${c.what}${c.by ? ` (${c.by})` : ''} `,
      safe(c.url) ? link(c.url) : c.url,
    ]))),
  );
}

// The copy box: the text selected in a text area (and put on the clipboard when allowed);
// its Close button or Escape closes it and gives the focus back to `opener`.
export function openCopy(box, text, t, opener) {
  const area = el('textarea', { readOnly: true, rows: Math.min(8, text.split('\n').length + 1), value: text, 'aria-label': t.copyManual });
  const msg = el('p', { textContent: t.copyManual });
  const close = el('button', { type: 'button', textContent: t.close, 'data-action': 'close-copy' });
  const done = () => {
    box.hidden = true;
    box.replaceChildren();
    delete box.dataset.text;
    opener?.focus();
  };
  close.addEventListener('click', done);
  for (const x of [area, close]) {
    x.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      done();
    });
  }
  box.replaceChildren(msg, area, close);
  box.hidden = false;
  box.dataset.text = text;
  area.select();
  navigator.clipboard?.writeText(text).then(
    () => { msg.textContent = t.copied; },
    () => { /* no clipboard permission: the text stays selected for the reader */ },
  );
}

// An error in `box`: with `how` = 'panic' the widget stopped (the core's message, marked
// English); in English the core's message after the words; in another language a sentence
// in it, and the core's English message folded away.
export function showError(box, t, how, message) {
  const code = el('code', { lang: 'en', textContent: message });
  if (how === 'panic') box.replaceChildren(el('strong', { textContent: t.panic ?? t.failed }), el('br'), code);
  else if (how === 'en' || !t.failed) box.replaceChildren(el('strong', { textContent: t.failed ?? 'The chart could not be drawn:' }), ' ', message);
  else box.replaceChildren(el('strong', { textContent: t.failed }), el('details', {}, [el('summary', { textContent: t.failedDetails }), code]));
  box.hidden = false;
}

// A download of `blob` as `name` (through a link in `root`, removed at once).
export function save(root, blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
