// End-to-end tests of issue 13 (the reader's widget) in headless Chromium: a phone layout
// whose chart stays in view while a slider moves, touch targets of 44 px, taps that do not
// jump a slider, bad attributes that keep every valid part, attribute storms that rebuild
// once, controls="none", the copy box, the default comparison, Russian text and language
// attributes, and Back/Forward through committed states. Each test failed before its fix.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import { afterDraw, bandSettled, draws, newPage, pixels, ready, ROOT, session } from './harness.mjs';

const s = session();
const { open, clean } = s;

const W = 'crossroads-widget';
const PHONE = { width: 390, height: 844 };

/** A reader's drag of a slider: input events for each value, then the release (change). */
async function drag(page, sel, key, values) {
  const before = await draws(page, sel);
  await page.$eval(sel, (w, [k, vs]) => {
    const input = w.shadowRoot.querySelector(`input[data-key="${k}"]`);
    for (const v of vs) {
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [key, values]);
  await afterDraw(page, sel, before);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A page holding one widget with `attrs` (and the page's `lang`), served from www/pkg. */
async function widgetPage(attrs, { lang = 'en', ...opts } = {}) {
  const file = path.join(ROOT, 'www/pkg', `e2e-reader-${Math.random().toString(36).slice(2)}.html`);
  const html = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const list = Object.entries(attrs).map(([k, v]) => `${k}="${html(v)}"`).join(' ');
  fs.writeFileSync(file, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body><crossroads-widget ${list}></crossroads-widget><script type="module" src="../crossroads.js"></script></body></html>`);
  try {
    return await open(`pkg/${path.basename(file)}`, opts);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const status = (page, sel = W) => page.$eval(sel, (w) => w.shadowRoot.querySelector('.status').textContent);
const warnings = (page) => page.messages.filter((m) => m.type === 'warning').map((m) => m.text);

// Records every text the core draws on a canvas (the chart's words, as the reader sees them).
async function recordText(page) {
  await page.addInitScript(() => {
    const fill = CanvasRenderingContext2D.prototype.fillText;
    globalThis.drawnText = [];
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      globalThis.drawnText.push(String(text));
      return fill.call(this, text, ...rest);
    };
  });
}

describe('phone layout (390×844)', () => {
  test('the chart stays in view while a slider far down the panel moves, and the drawing changes', async () => {
    const page = await open('index.html', PHONE);
    const key = await page.$eval(W, (w) => {
      const all = [...w.shadowRoot.querySelectorAll('.panel > fieldset input[type=range]')];
      return all[all.length - 1].dataset.key;
    });
    const slider = page.locator(`${W} input[data-key="${key}"]`);
    await slider.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 400, `the page scrolled to the slider (${scrolled} px)`);
    const start = await pixels(page);
    const [min, max] = await slider.evaluate((i) => [Number(i.min), Number(i.max)]);
    await drag(page, W, key, [min + (max - min) * 0.9]);
    assert.notEqual(await pixels(page), start, `moving ${key} changed the drawing`);
    const [canvas, input] = await page.$eval(W, (w, k) => [w.shadowRoot.querySelector('canvas'), w.shadowRoot.querySelector(`input[data-key="${k}"]`)]
      .map((e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; }), key);
    assert.ok(canvas.top >= -1 && canvas.bottom <= PHONE.height + 1, `the canvas is on screen: ${JSON.stringify(canvas)}`);
    assert.ok(canvas.bottom - canvas.top >= 280, `and tall enough to read (${canvas.bottom - canvas.top} px)`);
    assert.ok(input.top >= canvas.bottom && input.bottom <= PHONE.height, `the slider is visible below the chart: ${JSON.stringify({ canvas, input })}`);
    clean(page);
    await page.close();
  });

  test('opening "More levers" keeps its summary under the finger', async () => {
    const page = await open('index.html', { hash: 'view=relokanty', ...PHONE });
    const summary = page.locator(`${W} details.more > summary`);
    await page.locator(`${W} button[data-action="back"]`).scrollIntoViewIfNeeded();
    const top = async () => (await summary.boundingBox()).y;
    const before = await top();
    await summary.click();
    await page.waitForTimeout(100);
    assert.ok(Math.abs((await top()) - before) < 2, `the summary stays at ${Math.round(before)} px (now ${Math.round(await top())})`);
    clean(page);
    await page.context().close();
  });

  test('every button, menu, summary and slider is at least 44 px tall, in every view and both languages', async () => {
    for (const hash of ['', 'view=pyramid&lang=ru', 'view=compare', 'view=compatriots&lang=ru']) {
      const page = await open('index.html', { hash, ...PHONE });
      await page.$eval(W, (w) => { for (const d of w.shadowRoot.querySelectorAll('details')) d.open = true; });
      const small = await page.$eval(W, (w) => [...w.shadowRoot.querySelectorAll('button, select, input[type=range], summary')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => [e.dataset.key || e.dataset.action || e.tagName.toLowerCase(), Math.round(e.getBoundingClientRect().height)])
        .filter(([, h]) => h < 44));
      assert.deepEqual(small, [], `#${hash}: targets under 44 px`);
      clean(page);
      await page.context().close();
    }
  });

  test('a tap on a slider track away from its thumb does not jump the value', async () => {
    const context = await s.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    await page.goto(`${s.server.url}/index.html`);
    await ready(page);
    await bandSettled(page); // the band of simulated futures redraws the chart once it arrives
    const slider = page.locator(`${W} input[data-key="lab_tjk"]`);
    await slider.scrollIntoViewIfNeeded();
    const before = await slider.inputValue();
    const box = await slider.boundingBox();
    const drawsBefore = await draws(page);
    for (const x of [box.x + 4, box.x + box.width - 4]) await page.touchscreen.tap(x, box.y + box.height / 2);
    await page.waitForTimeout(200);
    assert.equal(await slider.inputValue(), before, 'the value stays');
    assert.equal(await draws(page), drawsBefore, 'nothing redrawn');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the comparison's legend names A and B in words, never the raw query", async () => {
    const page = await newPage(s.browser, PHONE);
    await recordText(page);
    await page.goto(`${s.server.url}/index.html#view=compare&tfr_shift=0.2&lab_tjk=-500&b=tfr_shift%3D-0.3`);
    await ready(page);
    const texts = await page.evaluate(() => globalThis.drawnText);
    assert.ok(texts.some((t) => /^A: your scenario: TFR shift/.test(t)), `A named: ${texts.filter((t) => /^A/.test(t))}`);
    assert.ok(texts.some((t) => /^B: Scenario B \(TFR shift/.test(t)), `B named: ${texts.filter((t) => /^B/.test(t))}`);
    assert.deepEqual(texts.filter((t) => /\w=[-\w.]/.test(t)), [], 'no key=value on the canvas');
    assert.ok(texts.includes('Outcome'), 'the outcome table is drawn on a phone');
    clean(page);
    await page.context().close();
  });

  test("on a phone the Russian compatriots view keeps the goal line's legend entry", async () => {
    const page = await newPage(s.browser, PHONE);
    await recordText(page);
    await page.goto(`${s.server.url}/index.html#view=compatriots&lang=ru`);
    await ready(page);
    const texts = await page.evaluate(() => globalThis.drawnText);
    assert.ok(texts.some((t) => /^Цель 2012 г\.: 300/.test(t)), `legend: ${texts.slice(0, 12)}`);
    clean(page);
    await page.context().close();
  });
});

describe('bad attributes keep every valid part (defect 7)', () => {
  test('view="bogus" keeps the country and the scenario and says so, in the status line and the console', async () => {
    const page = await widgetPage({ view: 'bogus', country: 'KGZ', scenario: 'tfr_shift=0.3', controls: 'tfr_shift' });
    assert.equal(await page.$eval(W, (w) => w.dataset.query), 'country=KGZ&tfr_shift=0.3');
    assert.match(await status(page), /view=bogus.*Ignored; the other settings are kept/);
    assert.ok(warnings(page).some((t) => /bogus/.test(t)), 'a console warning names it');
    clean(page, /bogus/);
    await page.close();
  });

  test('in Russian the status line is Russian only', async () => {
    const page = await widgetPage({ view: 'bogus', country: 'KGZ', scenario: 'tfr_shfit=1&lab_tjk=-300', lang: 'ru', controls: 'tfr_shift' }, { lang: 'ru' });
    assert.equal(await page.$eval(W, (w) => w.dataset.query), 'lang=ru&country=KGZ&lab_tjk=-300');
    const text = await status(page);
    assert.match(text, /^«view=bogus» не распознано и пропущено; допустимые значения: projection, pyramid/);
    assert.match(text, /«tfr_shfit=1» не распознано и пропущено; может быть, «tfr_shift»\?/);
    // Only the quoted parts and the keys are Latin: no English sentence of the core.
    assert.doesNotMatch(text, /unknown|cannot|ignored|did you mean|choose/i);
    clean(page, /bogus|tfr_shfit/);
    await page.close();
  });

  test("scenario B's country is not silently replaced: the status line says it is ignored", async () => {
    const page = await widgetPage({ view: 'compare', scenario: 'b=country%3DUZB%26tfr_shift%3D0.3', controls: 'b' });
    assert.match(await page.$eval(W, (w) => w.dataset.query), /view=compare&b=country%3DRUS%26tfr_shift%3D0\.3/);
    assert.match(await status(page), /Scenario B's country \(Uzbekistan\) is ignored: A and B are compared in one country, Russia/);
    assert.ok(warnings(page).some((t) => /Uzbekistan/.test(t)));
    clean(page, /Uzbekistan/);
    await page.close();
  });

  test('lang="de", unknown controls keys and a bad height are named; the valid parts stay', async () => {
    const page = await widgetPage({ lang: 'de', controls: 'tfr_shift,bogus_key', height: 'abc' }, { lang: 'ru' });
    // lang="de": the page's language (Russian) instead of a silent English.
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.querySelector('.layout').lang), 'ru');
    assert.deepEqual(await page.$eval(W, (w) => [...w.shadowRoot.querySelectorAll('input[type=range]')].map((i) => i.dataset.key)), ['tfr_shift']);
    const text = await status(page);
    assert.match(text, /lang="de": такого языка у виджета нет/);
    assert.match(text, /controls: bogus_key пропущено/);
    assert.match(text, /height="abc" — не высота в пикселях CSS/);
    const warned = warnings(page).join('\n');
    for (const w of [/lang="de"/, /bogus_key/, /height="abc"/]) assert.match(warned, w);
    await page.$eval(W, (w) => w.setAttribute('height', '50'));
    await page.waitForFunction(() => /220…2000/.test(document.querySelector('crossroads-widget').shadowRoot.querySelector('.status').textContent));
    clean(page, /lang="de"|bogus_key|height=/);
    await page.close();
  });
});

describe('attribute storms (defect 9)', () => {
  test('1,000 setAttribute calls in one frame rebuild the controls once', async () => {
    const page = await open('embed.html', { n: 2 });
    const r = await page.$eval(W, async (w) => {
      const builds = Number(w.dataset.builds);
      const start = performance.now();
      for (let i = 0; i < 1000; i++) w.setAttribute('scenario', `tfr_shift=${(i % 10) / 10}&mig_scale=${i % 2 ? 50 : 100}`);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { ms: performance.now() - start, builds: Number(w.dataset.builds) - builds, query: w.dataset.query };
    });
    assert.equal(r.builds, 1, 'one rebuild');
    assert.match(r.query, /tfr_shift=0\.9&mig_scale=50/, 'the last value wins');
    assert.ok(r.ms < 1500, `${Math.round(r.ms)} ms (was 4,400 ms)`);
    clean(page);
    await page.close();
  });
});

describe('controls, copy box, comparison, pyramid text (defect 10)', () => {
  test('controls="none" shows the chart without buttons', async () => {
    const page = await widgetPage({ controls: 'none' });
    const shown = await page.$eval(W, (w) => [...w.shadowRoot.querySelectorAll('button, input, select')].filter((e) => e.getClientRects().length > 0).length);
    assert.equal(shown, 0);
    clean(page);
    await page.close();
  });

  test('the copy box closes with its button and with Escape', async () => {
    const page = await open('index.html');
    const hidden = () => page.$eval(W, (w) => w.shadowRoot.querySelector('.copy').hidden);
    await page.click(`${W} button[data-action="copy-link"]`);
    assert.equal(await hidden(), false);
    await page.click(`${W} button[data-action="close-copy"]`);
    assert.equal(await hidden(), true);
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.activeElement?.dataset.action), 'copy-link', 'focus goes back');
    await page.click(`${W} button[data-action="copy-embed"]`);
    assert.equal(await hidden(), false);
    await page.keyboard.press('Escape');
    assert.equal(await hidden(), true);
    clean(page);
    await page.close();
  });

  test('the comparison does not open with A = B: B is a named story', async () => {
    const page = await open('index.html', { hash: 'view=compare' });
    // B's default is the story, chosen in the core (chart::STORY_B): the query leaves it out.
    assert.equal(await page.$eval(W, (w) => w.dataset.query), 'view=compare');
    const alt = await page.$eval(W, (w) => w.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.doesNotMatch(alt, /A and B are equal/);
    assert.match(alt, /no net migration/i);
    // Chosen from the menu too; with a lever moved, B stays the story (never changes under a slider).
    const other = await open('index.html', { hash: 'tfr_shift=0.2' });
    await other.selectOption(`${W} select[data-key="view"]`, 'compare');
    await other.waitForFunction(() => /view=compare/.test(document.querySelector('crossroads-widget').dataset.query));
    assert.equal(await other.$eval(W, (w) => w.dataset.query), 'view=compare&tfr_shift=0.2');
    const first = await open('index.html');
    await first.selectOption(`${W} select[data-key="view"]`, 'compare');
    await first.waitForFunction(() => /view=compare/.test(document.querySelector('crossroads-widget').dataset.query));
    assert.equal(await first.$eval(W, (w) => w.dataset.query), 'view=compare');
    const falt = await first.$eval(W, (w) => w.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.match(falt, /no net migration/i);
    for (const p of [page, other, first]) {
      clean(p);
      await p.close();
    }
  });

  test('the pyramid text reads "(no levers moved)", not "in no levers moved"', async () => {
    const page = await open('index.html', { hash: 'view=pyramid' });
    const alt = await page.$eval(W, (w) => w.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.doesNotMatch(alt, /in no levers moved/);
    assert.match(alt, /\(no levers moved\)/);
    clean(page);
    await page.close();
  });
});

describe('Russian (defect 5)', () => {
  test('dates after a day are in the genitive, and the content carries its lang', async () => {
    const page = await newPage(s.browser);
    await recordText(page);
    await page.goto(`${s.server.url}/index.html#view=compare&lang=ru`);
    await ready(page);
    const texts = await page.evaluate(() => globalThis.drawnText);
    assert.ok(texts.some((t) => /22 марта 2024/.test(t)), `Crocus date: ${texts.filter((t) => /2024/.test(t))}`);
    assert.ok(!texts.some((t) => /\d (март|май|июнь|июль) \d{4}/.test(t)), 'no nominative month after a day');
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.querySelector('.layout').lang), 'ru');
    // Switching the language switches the attribute.
    await page.selectOption(`${W} select[data-key="lang"]`, 'en');
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('.layout').lang === 'en');
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.querySelector('option[value="ru"]').lang), 'ru', 'Русский is read in Russian');
    clean(page);
    await page.close();
  });
});

describe('Back and Forward (undo)', () => {
  test('step through committed states, not every input event; the browser history follows', async () => {
    const page = await open('index.html');
    const back = `${W} button[data-action="back"]`;
    const forward = `${W} button[data-action="forward"]`;
    const value = () => page.$eval(W, (w) => w.shadowRoot.querySelector('input[data-key="tfr_shift"]').value);
    const query = () => page.$eval(W, (w) => w.dataset.query);
    assert.equal(await page.$eval(back, (b) => b.disabled), true, 'nothing to go back to');
    const p0 = await pixels(page);
    await drag(page, W, 'tfr_shift', [0.1, 0.2, 0.3, 0.4]);
    const p1 = await pixels(page);
    await page.selectOption(`${W} select[data-key="view"]`, 'pyramid');
    await page.waitForFunction(() => /view=pyramid/.test(document.querySelector('crossroads-widget').dataset.query));
    await page.click(back);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === 'tfr_shift=0.4');
    assert.equal(await value(), '0.4');
    assert.equal(await pixels(page), p1);
    await page.click(back); // one step undoes the whole drag
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === '');
    assert.equal(await value(), '0');
    assert.equal(await pixels(page), p0);
    assert.equal(await page.$eval(back, (b) => b.disabled), true);
    await page.click(forward);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === 'tfr_shift=0.4');
    // The browser's own Back and Forward are the same steps.
    await page.goForward();
    await page.waitForFunction(() => /view=pyramid/.test(document.querySelector('crossroads-widget').dataset.query));
    assert.match(await page.evaluate(() => location.hash), /view=pyramid&tfr_shift=0\.4/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === 'tfr_shift=0.4');
    assert.equal(await query(), 'tfr_shift=0.4');
    assert.equal(await page.$eval(forward, (b) => b.disabled), false);
    // A new move after going back drops the steps ahead, as the browser drops its entries.
    await page.$eval(W, (w) => {
      const input = w.shadowRoot.querySelector('input[data-key="tfr_shift"]');
      input.value = '0.7';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => /tfr_shift=0\.7/.test(location.hash));
    assert.equal(await page.$eval(forward, (b) => b.disabled), true, 'nothing ahead after a new move');
    await page.click(back);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === 'tfr_shift=0.4');
    clean(page);
    await page.close();
  });

  test('an embedded widget steps back without touching the page address', async () => {
    const page = await open('embed.html', { n: 2 });
    const first = page.locator(W).nth(0);
    await drag(page, W, 'tfr_shift', [0.5, 0.6]);
    assert.match(await first.evaluate((w) => w.dataset.query), /tfr_shift=0\.6/);
    await first.evaluate((w) => w.shadowRoot.querySelector('[data-action="back"]').click());
    await page.waitForFunction(() => /tfr_shift=0\.2/.test(document.querySelector('crossroads-widget').dataset.query));
    assert.equal(await page.evaluate(() => location.hash), '');
    clean(page);
    await page.close();
  });
});

describe('stories: the briefs\' questions are the entry points', () => {
  const questions = (page) => page.$eval(W, (w) => [...w.shadowRoot.querySelectorAll('.stories button[data-story]')].map((b) => b.textContent));
  const caption = (page) => page.$eval(W, (w) => {
    const c = w.shadowRoot.querySelector('.caption');
    return c.hidden ? '' : c.textContent;
  });

  test('the explorer lists the questions in English and Russian; one click applies a story, its caption and one Back step', async () => {
    const page = await open('index.html');
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelectorAll('.stories button[data-story]').length >= 5, null, { timeout: 20000 });
    const en = await questions(page);
    assert.ok(en.length >= 5, `${en.length} questions`);
    assert.ok(en.every((q) => /\?$/.test(q)), `questions: ${en}`);
    assert.equal(await caption(page), '', 'no caption before a story is chosen');
    const before = await pixels(page);
    const n = await draws(page);
    await page.click(`${W} .stories button:text-is("What if the Compatriots Program met its goal?")`);
    await afterDraw(page, W, n);
    await page.waitForFunction(() => /compat/.test(location.hash));
    assert.notEqual(await pixels(page), before, 'the chart changes');
    assert.match(await caption(page), /million more people on 1 July 2050/);
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.querySelector('.stories button[aria-pressed="true"]')?.dataset.story), 'compatriots_goal');
    // One committed state: Back returns to the untouched scenario, and the caption goes.
    await page.click(`${W} button[data-action="back"]`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === '');
    assert.equal(await caption(page), '');
    assert.equal(await pixels(page), before);
    // In Russian: the same stories, in Russian words.
    await page.selectOption(`${W} select[data-key="lang"]`, 'ru');
    await page.waitForFunction(() => /Программа соотечественников/.test(document.querySelector('crossroads-widget').shadowRoot.querySelector('.stories').textContent));
    const ru = await questions(page);
    assert.equal(ru.length, en.length);
    assert.ok(ru.every((q) => /^[^a-z]*[А-ЯЁ][^a-z]*\?$/u.test(q)), `Russian questions: ${ru}`);
    clean(page);
    await page.close();
  });

  test('on a phone the questions are a menu, and choosing one shows its caption', async () => {
    const page = await open('index.html', PHONE);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelectorAll('.stories select option').length >= 6, null, { timeout: 20000 });
    assert.equal(await page.$eval(W, (w) => w.shadowRoot.querySelector('.stories ul').getBoundingClientRect().height), 0, 'the buttons are folded into the menu');
    const n = await draws(page);
    await page.selectOption(`${W} .stories select`, 'compatriots_goal');
    await afterDraw(page, W, n);
    assert.match(await caption(page), /million more people on 1 July 2050/);
    clean(page);
    await page.close();
  });
});

describe("the shell's words come from the catalogs", () => {
  test('words(lang) holds every ui-* message in both languages; the widget shows them with their values filled', async () => {
    const page = await open('index.html', { hash: 'lang=ru&tfr_shift=9' });
    const words = await page.evaluate(async () => {
      const mod = await import('./pkg/crossroads_core.js');
      await mod.default();
      const app = new mod.Crossroads();
      return { en: app.words('en'), ru: app.words('ru'), de: app.words('de') };
    });
    const keys = Object.keys(words.en);
    assert.ok(keys.length >= 30 && keys.every((k) => k.startsWith('ui-')), `${keys.length} keys`);
    assert.deepEqual(Object.keys(words.ru), keys);
    assert.deepEqual(words.de, words.en, 'another language reads as English');
    assert.equal(words.ru['ui-csv'], 'Скачать данные (CSV)');
    // The moved Russian words are no longer in the shell.
    const shell = fs.readFileSync(path.join(ROOT, 'www/crossroads.js'), 'utf8');
    for (const k of ['ui-csv', 'ui-more-levers', 'ui-clamp', 'ui-panic']) {
      const fixed = words.ru[k].split(/\{ \$\w+ \}/).sort((a, b) => b.length - a.length)[0];
      assert.ok(!shell.includes(fixed), `${k} ("${fixed}") is still in crossroads.js`);
    }
    // A template filled: the clamp note next to the slider, in Russian, with no placeable left.
    const clamp = await page.$eval(W, (w) => w.shadowRoot.querySelector('[data-param="tfr_shift"] .clamp').textContent);
    assert.match(clamp, /^9 вне диапазона .+….+; используется /u);
    assert.doesNotMatch(clamp, /\{ \$/);
    const summary = await page.$eval(W, (w) => w.shadowRoot.querySelector('details.more summary').textContent);
    assert.match(summary, /^Другие рычаги \(\d+\): не меняют этот график$/u);
    clean(page);
    await page.close();
  });
});
