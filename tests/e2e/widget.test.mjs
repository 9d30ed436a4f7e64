// End-to-end tests of <crossroads-widget> in real headless Chromium (playwright-core driving
// Debian's /usr/bin/chromium), run by `node --test` from scripts/e2e.sh (part of the
// README's test command). Pages are served by scripts/serve.py with the strict CSP of
// issue 7; every test also fails on a console error or a request that leaves the origin.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';

import { afterDraw, bandSettled, digest, draws, inkShare, newPage, pixels, ready, ROOT, serve, session } from './harness.mjs';

const CLI = process.env.CROSSROADS_CLI || path.join(ROOT, 'target/debug/crossroads');
const PANIC_PKG = process.env.CROSSROADS_PANIC_PKG; // a test-panic build of www/pkg, if made

const s = session();
const { open, clean } = s;

/** Sets a slider of widget `sel` as a reader would (value + input event); waits for the redraw. */
async function setSlider(page, sel, key, value) {
  const before = await draws(page, sel);
  await page.$eval(sel, (w, [k, v]) => {
    const input = w.shadowRoot.querySelector(`input[data-key="${k}"]`);
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, [key, value]);
  await afterDraw(page, sel, before);
}

const hashOf = (page) => page.evaluate(() => location.hash.slice(1));

async function waitHash(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(location.hash), pattern.source, { timeout: 5000 });
}

describe('pages', () => {
  test('the explorer loads under the strict CSP with no console error and no foreign request', async () => {
    const page = await open('index.html');
    const response = await page.request.get(`${s.server.url}/index.html`);
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    assert.equal(await page.$eval('crossroads-widget', (w) => w.dataset.state), 'ready');
    assert.ok((await inkShare(page)) > 0.05, 'the canvas is drawn');
    // Sliders come from the parameter table: one per numeric lever, each with label, unit and source.
    const sliders = await page.$$eval('crossroads-widget', ([w]) => [...w.shadowRoot.querySelectorAll('.param input[type=range]')].map((i) => i.dataset.key));
    assert.ok(sliders.includes('tfr_shift') && sliders.includes('lab_tjk') && sliders.length >= 25, `sliders: ${sliders}`);
    const note = await page.$eval('crossroads-widget', (w) => w.shadowRoot.querySelector('[data-param="war_deaths"] .src').textContent);
    assert.match(note, /Default: .*source: /);
    // No globals besides the custom element: the page's window has nothing of ours.
    const globals = await page.evaluate(() => Object.keys(window).filter((k) => /crossroads|wasm|Crossroads/i.test(k)));
    assert.deepEqual(globals, []);
    // The preloaded .wasm is the one wasm-bindgen instantiates (one request), served as
    // application/wasm so it compiles by instantiateStreaming (no fallback warning: clean()).
    // (Plus one for the widget's band worker, bands-worker.js, which runs the same module.)
    assert.equal(page.requests.filter((u) => u.endsWith('crossroads_core_bg.wasm')).length, 1 + 1, 'the preload is reused');
    const wasm = await page.request.get(`${s.server.url}/pkg/crossroads_core_bg.wasm`);
    assert.equal(wasm.headers()['content-type'], 'application/wasm');
    // The widget marks its phases; the first chart comes after the core and the data.
    const marks = await page.evaluate(() => ['init-start', 'wasm-ready', 'data-ready', 'first-chart']
      .map((n) => performance.getEntriesByName(`crossroads:${n}`)[0]?.startTime ?? NaN));
    assert.ok(marks.every((t, i) => Number.isFinite(t) && (i === 0 || t >= marks[i - 1])), `marks in order: ${marks}`);
    clean(page);
    await page.close();
  });

  test('the article page shows two differently configured widgets', async () => {
    const page = await open('embed.html', { n: 2 });
    const info = await page.$$eval('crossroads-widget', (ws) => ws.map((w) => ({
      state: w.dataset.state,
      query: w.dataset.query,
      sliders: [...w.shadowRoot.querySelectorAll('input[type=range]')].map((i) => i.dataset.key),
    })));
    assert.deepEqual(info.map((i) => i.state), ['ready', 'ready']);
    assert.deepEqual(info[0].sliders, ['tfr_shift', 'mig_scale']);
    assert.deepEqual(info[1].sliders, ['lab_tjk', 'crocus_end']);
    assert.match(info[0].query, /tfr_shift=0\.2/);
    assert.match(info[1].query, /country=TJK/);
    // Both share one wasm instance: the page fetched the module once; each widget's band
    // worker (bands-worker.js), once it has started, at most once more.
    await bandSettled(page);
    const fetched = page.requests.filter((u) => u.endsWith('crossroads_core_bg.wasm')).length;
    assert.ok(fetched >= 1 && fetched <= 1 + 2, `${fetched} fetches of the module`);
    // Host page styles (red serif buttons) do not leak into the shadow root.
    const color = await page.$eval('crossroads-widget', (w) => getComputedStyle(w.shadowRoot.querySelector('button')).color);
    assert.notEqual(color, 'rgb(204, 0, 0)');
    clean(page);
    await page.close();
  });
});

describe('host-page safety (issue 7)', () => {
  test('no HTML from strings, no eval, no inline scripts, handlers or styles in the shipped files', () => {
    const www = path.join(ROOT, 'www');
    for (const f of ['crossroads.js', 'controls.js', 'panels.js', 'crossroads-style.js', 'readout.js']) {
      // Code only: comment lines dropped (the file's header names what it avoids).
      const js = fs.readFileSync(path.join(www, f), 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l)).join('\n');
      const bad = js.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(['"`]/);
      assert.equal(bad, null, `${f}: ${bad}`);
    }
    for (const f of fs.readdirSync(www).filter((n) => n.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(www, f), 'utf8');
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${f}: inline script`);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${f}: inline event handler`);
      assert.doesNotMatch(html, /<style|\sstyle\s*=/i, `${f}: inline style`);
      assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, `${f}: a resource from another origin`);
    }
  });
});

describe('offline', () => {
  test('once loaded, the explorer keeps working with the network gone', async () => {
    const page = await open('index.html');
    await bandSettled(page); // the band worker has loaded the module too
    const w = 'crossroads-widget';
    const network = () => page.requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'));
    const seen = network().length;
    await page.context().setOffline(true);
    await setSlider(page, w, 'tfr_shift', -0.4);
    const before = await draws(page, w);
    await page.selectOption(`${w} select[data-key="view"]`, 'pyramid');
    await afterDraw(page, w, before);
    await page.click(`${w} details.sources summary`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('details.sources li'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${w} button[data-action="csv"]`)]);
    assert.match(unzip(fs.readFileSync(await download.path()))['pyramid-RUS-about.txt'], /tfr_shift=-0\.4/);
    assert.equal(await page.$eval(w, (x) => x.dataset.state), 'ready');
    assert.deepEqual(network().slice(seen), [], 'no request after loading');
    clean(page);
    await page.close();
  });
});

describe('views', () => {
  test('every view draws a non-blank canvas', async (t) => {
    const page = await open('index.html');
    const views = await page.$eval('crossroads-widget', (w) => [...w.shadowRoot.querySelectorAll('select[data-key="view"] option')].map((o) => o.value));
    assert.deepEqual(views, ['projection', 'pyramid', 'compare', 'compatriots', 'remittances', 'relokanty', 'needs']);
    let missing = /^$/;
    for (const view of views) {
      const before = await draws(page, 'crossroads-widget');
      await page.selectOption('crossroads-widget select[data-key="view"]', view);
      await page.waitForFunction((c) => {
        const w = document.querySelector('crossroads-widget');
        return Number(w.dataset.draws || 0) > c || w.dataset.state === 'error';
      }, before);
      const state = await page.$eval('crossroads-widget', (w) => [w.dataset.state, w.shadowRoot.querySelector('.error').textContent]);
      if (/this view is not available yet/.test(state[1])) {
        t.diagnostic(`${view}: not in this build yet`);
        missing = /this view is not available yet/;
        continue;
      }
      assert.equal(state[0], 'ready', `${view}: ${state[1]}`);
      const ink = await inkShare(page);
      assert.ok(ink > 0.03, `${view}: only ${(ink * 100).toFixed(1)} % of the canvas is drawn`);
      const alt = await page.$eval('crossroads-widget', (w) => w.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
      assert.ok(alt.length > 20, `${view}: text alternative '${alt}'`);
    }
    clean(page, missing);
    await page.close();
  });
});

describe('sliders and the URL', () => {
  test('moving a slider changes the canvas and the URL; that URL restores the same pixels', async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    const start = await pixels(page, w);
    await setSlider(page, w, 'tfr_shift', 0.5);
    await waitHash(page, /tfr_shift=0\.5/);
    const moved = await pixels(page, w);
    assert.notEqual(moved, start, 'the chart changed');
    const hash = await hashOf(page);
    assert.equal(hash, await page.$eval(w, (x) => x.dataset.query), 'the hash is the canonical query');
    // Open the URL in a fresh page: same state, same pixels.
    const again = await open('index.html', { hash });
    assert.equal(await again.$eval(w, (x) => x.shadowRoot.querySelector('input[data-key="tfr_shift"]').value), '0.5');
    assert.equal(await pixels(again, w), moved, 'the shared URL restores the chart pixel for pixel');
    clean(page);
    clean(again);
    await page.close();
    await again.close();
  });

  test('editing the URL hash (back, a pasted link) updates the explorer', async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    const before = await draws(page, w);
    await page.evaluate(() => { location.hash = 'view=pyramid&year=2070&country=KAZ'; });
    await afterDraw(page, w, before);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').dataset.query === 'view=pyramid&year=2070&country=KAZ');
    assert.equal(await page.$eval(w, (x) => x.shadowRoot.querySelector('select[data-key="view"]').value), 'pyramid');
    assert.equal(await page.$eval(w, (x) => x.shadowRoot.querySelector('select[data-key="country"]').value), 'KAZ');
    assert.match(await page.$eval(w, (x) => x.shadowRoot.querySelector('canvas').getAttribute('aria-label')), /Kazakhstan.*2070/);
    clean(page);
    await page.close();
  });

  test('keyboard arrows move a slider and the chart follows', async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    const input = page.locator(`${w} input[data-key="lab_tjk"]`);
    await input.focus();
    const before = await draws(page, w);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await afterDraw(page, w, before);
    assert.equal(await input.inputValue(), '20', 'two steps of 10 thousand');
    const out = await page.$eval(w, (x) => x.shadowRoot.querySelector('[data-param="lab_tjk"] output').textContent);
    assert.match(out, /^20 thousand/);
    await waitHash(page, /lab_tjk=20/);
    await page.keyboard.press('End');
    await waitHash(page, /lab_tjk=5000/);
    // The focused control shows a visible focus ring.
    const outline = await input.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none');
    clean(page);
    await page.close();
  });

  test('out-of-range values in the URL are clamped and the clamp is reported next to the slider', async () => {
    const page = await open('index.html', { hash: 'tfr_shift=9&lab_tjk=-99999' });
    const w = 'crossroads-widget';
    const clamp = await page.$eval(w, (x) => x.shadowRoot.querySelector('[data-param="tfr_shift"] .clamp').textContent);
    assert.match(clamp, /9 is outside .*1\.5/);
    assert.equal(await page.$eval(w, (x) => x.shadowRoot.querySelector('input[data-key="tfr_shift"]').value), '1.5');
    const bad = await open('index.html', { hash: 'tfr_shfit=1' });
    const status = await bad.$eval(w, (x) => x.shadowRoot.querySelector('.status').textContent);
    assert.match(status, /tfr_shfit.*tfr_shift/, 'an unknown key is named with a suggestion');
    clean(page);
    await page.close();
    await bad.close();
  });

  test("the explorer's Preset menu lists the briefs' stories, and choosing one redraws the chart and the URL", async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    // The presets arrive after the first chart: wait until the menu holds more than "Custom".
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelectorAll('select[data-key="preset"] option').length > 1, null, { timeout: 10000 });
    const options = await page.$eval(w, (x) => [...x.shadowRoot.querySelectorAll('select[data-key="preset"] option')].map((o) => [o.value, o.textContent]));
    const ids = options.map(([v]) => v).filter(Boolean);
    for (const id of ['compatriots_goal', 'crocus_persists', 'rosstat_medium', 'war_ends_relokanty_return']) {
      assert.ok(ids.includes(id), `preset ${id} in the menu: ${ids}`);
    }
    // Readers see names, not ids.
    for (const [v, text] of options) if (v) assert.notEqual(text, v, `preset ${v} has a name`);
    const before = await draws(page, w);
    const pixelsBefore = await pixels(page, w);
    await page.$eval(w, (x) => {
      const sel = x.shadowRoot.querySelector('select[data-key="preset"]');
      sel.value = 'compatriots_goal';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await afterDraw(page, w, before);
    await waitHash(page, /compat=/);
    assert.notEqual(await pixels(page, w), pixelsBefore, 'the chart changed');
    // The menu keeps showing the chosen story after the controls are rebuilt.
    assert.equal(await page.$eval(w, (x) => x.shadowRoot.querySelector('select[data-key="preset"]').value), 'compatriots_goal');
    clean(page);
    await page.close();
  });

  test('reset, copy link and copy embed code', async () => {
    const page = await open('index.html', { hash: 'tfr_shift=0.3' });
    const w = 'crossroads-widget';
    await page.click(`${w} button[data-action="copy-link"]`);
    const link = await page.$eval(w, (x) => x.shadowRoot.querySelector('.copy').dataset.text);
    assert.equal(link, `${s.server.url}/index.html#tfr_shift=0.3`);
    await page.click(`${w} button[data-action="copy-embed"]`);
    const code = await page.$eval(w, (x) => x.shadowRoot.querySelector('.copy').dataset.text);
    assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/crossroads\.js"><\/script>/);
    assert.match(code, /<crossroads-widget view="projection" country="RUS" scenario="tfr_shift=0\.3" lang="en">/);
    assert.match(code, /crossroads render 'tfr_shift=0\.3'/);
    assert.match(code, /<img src="crossroads-projection-RUS\.svg" alt="[^"]{20,}">/);
    // The snippet, pasted into a page of its own, shows the same chart; its placeholder is
    // the SVG that the command in its comment renders, shown when JavaScript is off.
    const render = code.match(/crossroads render '([^']*)' > (\S+\.svg)/);
    assert.ok(render, 'the snippet says how to make its placeholder');
    const pkg = path.join(ROOT, 'www/pkg');
    const pastedFile = path.join(pkg, 'e2e-pasted.html');
    const svgFile = path.join(pkg, render[2]);
    fs.writeFileSync(svgFile, execFileSync(CLI, ['render', decodeURIComponent(render[1])]));
    fs.writeFileSync(pastedFile, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed</title><link rel="icon" href="data:,"></head><body><main>${code}</main></body></html>`);
    try {
      const pasted = await open('pkg/e2e-pasted.html', { width: 1200, height: 900 });
      assert.equal(await pasted.$eval(w, (x) => x.dataset.query), 'tfr_shift=0.3');
      assert.equal(await pasted.$eval(w, (x) => x.dataset.state), 'ready');
      clean(pasted);
      await pasted.close();
      const context = await s.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
      const still = await context.newPage();
      await still.goto(`${s.server.url}/pkg/e2e-pasted.html`);
      await still.waitForFunction(() => document.querySelector('crossroads-widget img').complete);
      const img = await still.$eval('crossroads-widget img', (i) => [i.naturalWidth, i.alt]);
      assert.ok(img[0] >= 400, `placeholder drawn ${img[0]} px wide`);
      assert.match(img[1], /Russia/);
      await context.close();
    } finally {
      fs.rmSync(pastedFile, { force: true });
      fs.rmSync(svgFile, { force: true });
    }
    const before = await draws(page, w);
    await page.click(`${w} button[data-action="reset"]`);
    await afterDraw(page, w, before);
    await page.waitForFunction(() => location.hash === '');
    clean(page);
    await page.close();
  });
});

describe('bad attributes', () => {
  test('an unknown view, country or lever is named in the widget, which keeps every other setting and says so', async () => {
    const page = await open('embed.html', { n: 2 });
    const status = async (attrs) => {
      await page.evaluate((a) => {
        document.querySelector('#probe')?.remove();
        const w = document.createElement('crossroads-widget');
        w.id = 'probe';
        for (const [k, v] of Object.entries(a)) w.setAttribute(k, v);
        document.body.append(w);
      }, attrs);
      await page.waitForFunction(() => document.querySelector('#probe').dataset.state === 'ready');
      return page.$eval('#probe', (w) => [w.shadowRoot.querySelector('.status').textContent, w.dataset.query]);
    };
    const [view, q1] = await status({ view: 'bogus', controls: 'none' });
    assert.match(view, /bogus.*Ignored; the other settings are kept/);
    assert.equal(q1, '');
    const [country] = await status({ country: 'XXX<img src=x>', controls: 'none' });
    assert.match(country, /XXX<img src=x>/, 'shown as text, never as markup');
    assert.equal(await page.$eval('#probe', (w) => w.shadowRoot.querySelectorAll('img').length), 0);
    const [lever] = await status({ scenario: 'tfr_shift=NaN', height: 'abc', controls: 'tfr_shift' });
    assert.match(lever, /tfr_shift/);
    clean(page, /bogus|XXX|tfr_shift|height="abc"/);
    await page.close();
  });
});

describe('pyramid', () => {
  test('the play button animates the years and stops at the end', async () => {
    const page = await open('index.html', { hash: 'view=pyramid&year=2095' });
    const w = 'crossroads-widget';
    const year = () => page.$eval(w, (x) => x.shadowRoot.querySelector('input[data-key="year"]').value);
    assert.equal(await year(), '2095');
    const before = await draws(page, w);
    await page.click(`${w} button[data-action="play"]`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('[data-action="play"]').getAttribute('aria-pressed') === 'false', null, { timeout: 10000 });
    assert.equal(await year(), '2100');
    assert.ok((await draws(page, w)) >= before + 5, 'one frame per year 2096-2100');
    await waitHash(page, /year=2100/);
    clean(page);
    await page.close();
  });
});

/** The files of a ZIP archive, by name, as UTF-8 text (read by Python's zipfile). */
function unzip(bytes) {
  const out = execFileSync('python3', ['-c', 'import json, sys, zipfile, io; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); assert z.testzip() is None; print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))'], { input: bytes, encoding: 'utf8' });
  return JSON.parse(out);
}

describe('downloads', () => {
  test('the CSV download is a ZIP whose CSV opens with its header and holds the engine numbers the command-line program prints', async () => {
    const query = 'country=TJK&lab_tjk=-500&tfr_shift=0.2';
    const page = await open('index.html', { hash: query });
    const w = 'crossroads-widget';
    assert.equal(await page.$eval(w, (x) => x.shadowRoot.querySelector('button[data-action="csv"]').textContent), 'Download data (CSV)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${w} button[data-action="csv"]`)]);
    assert.match(download.suggestedFilename(), /^crossroads-projection-TJK\.zip$/);
    const zip = fs.readFileSync(await download.path());
    assert.equal(zip.readUInt32LE(0), 0x04034b50, 'a ZIP local file header first');
    const files = unzip(zip);
    assert.deepEqual(Object.keys(files), ['projection-TJK.csv', 'projection-TJK-about.txt']);
    // The band of simulated futures (computed in the worker) adds its own section at the end.
    const csv = files['projection-TJK.csv'].replace(/\r\n\r\nyear,band_p2_5,[\s\S]*$/, '\r\n');
    const rendered = execFileSync(CLI, ['render', '--csv', query], { encoding: 'utf8' });
    const header = rendered.split('\n').find((l) => l && !l.startsWith('#'));
    assert.equal(csv.split('\r\n')[0], header, 'the first line is the header');
    assert.ok(!csv.includes('#'), 'no comment lines in the CSV');
    // The same rows as `crossroads render --csv` (same chart code), with CRLF line ends…
    assert.equal(csv, rendered.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => `${l}\r\n`).join(''));
    // …and the comment lines as text beside it.
    const about = files['projection-TJK-about.txt'];
    assert.match(about, /UN WPP 2024/, 'the text names the source');
    assert.match(about, /lab_tjk=-500/, 'the text names the scenario');
    // Its scenario column holds the engine's mid-year totals as `crossroads` prints
    // them (UN values are year-end and differ; 3 decimals of thousands in both).
    const rows = csv.split('\r\n').filter(Boolean).map((l) => l.split(','));
    const col = rows[0].indexOf('scenario_jul1');
    assert.ok(col > 0, `columns: ${rows[0]}`);
    const engine = new Map(execFileSync(CLI, [query], { encoding: 'utf8' }).trim().split('\n').slice(1)
      .map((l) => l.split(',')).map(([year, population]) => [year, population]));
    let compared = 0;
    for (const r of rows.slice(1)) {
      if (!engine.has(r[0])) continue;
      assert.equal(r[col], engine.get(r[0]), `population ${r[0]}`);
      compared++;
    }
    assert.equal(compared, 76, 'every year 2025-2100 compared');
    clean(page);
    await page.close();
  });

  test('the PNG download is the canvas as drawn', async () => {
    const page = await open('index.html', { scale: 2 });
    const w = 'crossroads-widget';
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${w} button[data-action="png"]`)]);
    const png = fs.readFileSync(await download.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const [cw, ch] = await page.$eval(w, (x) => [x.shadowRoot.querySelector('canvas').width, x.shadowRoot.querySelector('canvas').height]);
    assert.equal(png.readUInt32BE(16), cw, 'width of the HiDPI backing store');
    assert.equal(png.readUInt32BE(20), ch);
    const css = await page.$eval(w, (x) => x.shadowRoot.querySelector('canvas').clientWidth);
    assert.equal(cw, Math.ceil(css * 2), 'backing store = CSS width × devicePixelRatio');
    clean(page);
    await page.close();
  });
});

describe('several widgets, languages, accessibility', () => {
  test('two widgets on one page change independently', async () => {
    const page = await open('embed.html', { n: 2 });
    await bandSettled(page); // each widget's band of simulated futures is drawn by now
    const first = page.locator('crossroads-widget').nth(0);
    const second = page.locator('crossroads-widget').nth(1);
    const grab = async (loc) => digest(await loc.evaluate((x) => x.shadowRoot.querySelector('canvas').toDataURL()));
    const [a0, b0] = [await grab(first), await grab(second)];
    const before = await first.evaluate((x) => Number(x.dataset.draws));
    const beforeB = await second.evaluate((x) => Number(x.dataset.draws));
    await first.evaluate((x) => {
      const input = x.shadowRoot.querySelector('input[data-key="tfr_shift"]');
      input.value = '-0.8';
      input.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction((c) => Number(document.querySelectorAll('crossroads-widget')[0].dataset.draws) > c, before);
    assert.notEqual(await grab(first), a0, 'the first widget redrew');
    assert.equal(await grab(second), b0, 'the second did not change');
    assert.equal(await second.evaluate((x) => Number(x.dataset.draws)), beforeB, 'nor redraw');
    assert.match(await first.evaluate((x) => x.dataset.query), /tfr_shift=-0\.8/);
    assert.doesNotMatch(await second.evaluate((x) => x.dataset.query), /tfr_shift/);
    // An embedded widget does not touch the page URL.
    assert.equal(await hashOf(page), '');
    clean(page);
    await page.close();
  });

  test('switching lang changes the labels, units and number formats', async () => {
    const page = await open('index.html', { hash: 'lab_uzb=1500' });
    const w = 'crossroads-widget';
    const texts = () => page.$eval(w, (x) => ({
      reset: x.shadowRoot.querySelector('[data-action="reset"]').textContent,
      label: x.shadowRoot.querySelector('[data-param="lab_uzb"] label').textContent,
      value: x.shadowRoot.querySelector('[data-param="lab_uzb"] output').textContent,
      legend: x.shadowRoot.querySelector('fieldset legend').textContent,
    }));
    const en = await texts();
    assert.equal(en.reset, 'Reset');
    assert.match(en.value, /^1,500 thousand$/);
    const before = await draws(page, w);
    await page.$eval(w, (x) => x.setAttribute('lang', 'ru'));
    await afterDraw(page, w, before);
    const ru = await texts();
    assert.equal(ru.reset, 'Сбросить');
    assert.match(ru.value, /^1\s500 тыс\.$/u, 'Russian grouping and unit');
    assert.notEqual(ru.legend, en.legend);
    assert.match(ru.legend, /[а-я]/);
    // The page's <html lang> is the default.
    const page2 = await newPage(s.browser);
    await page2.goto(`${s.server.url}/embed.html`);
    await ready(page2, 2);
    const second = await page2.locator('crossroads-widget').nth(1).evaluate((x) => x.shadowRoot.querySelector('[data-action="csv"]').textContent);
    assert.equal(second, 'Скачать данные (CSV)');
    const summaries = await page2.locator('crossroads-widget').nth(1).evaluate((x) => [...x.shadowRoot.querySelectorAll('summary')].map((s) => s.textContent));
    assert.deepEqual(summaries, ['Таблица данных', 'Допущения', 'Источники']);
    clean(page);
    clean(page2);
    await page.close();
    await page2.close();
  });

  test('text alternative, data table and sources panel', async () => {
    const page = await open('index.html', { hash: 'country=KGZ' });
    const w = 'crossroads-widget';
    const alt = await page.$eval(w, (x) => x.shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.match(alt, /Kyrgyzstan/);
    await page.click(`${w} details.table summary`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('details.table tbody'));
    const rows = await page.$eval(w, (x) => x.shadowRoot.querySelectorAll('details.table tbody tr').length);
    assert.ok(rows >= 70, `${rows} rows in the data table`);
    await page.click(`${w} details.sources summary`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('details.sources li'));
    const sources = await page.$eval(w, (x) => ({
      text: x.shadowRoot.querySelector('details.sources').textContent,
      links: [...x.shadowRoot.querySelectorAll('details.sources a')].map((a) => a.href),
    }));
    assert.match(sources.text, /World Population Prospects 2024/);
    assert.match(sources.text, /International Migrant Stock 2024/);
    assert.match(sources.text, /World Development Indicators/);
    assert.ok(sources.links.length >= 10 && sources.links.every((h) => /^https?:/.test(h)), `${sources.links.length} links`);
    // What a reader sees on opening it: a short list of datasets in words (no file names or
    // table codes); every figure's citation is one click deeper.
    const shown = await page.$eval(w, (x) => x.shadowRoot.querySelector('details.sources').innerText);
    assert.ok(shown.length < 2500, `${shown.length} characters shown:\n${shown}`);
    assert.doesNotMatch(shown, /\.csv|_[a-z]|more_than/, shown);
    assert.match(shown, /CC BY 3\.0 IGO/);
    clean(page);
    await page.close();
  });

  test('the assumptions panel lists what `crossroads --assumptions` lists, and follows the levers', async () => {
    const query = 'lab_tjk=500&rel_return=20';
    const cli = execFileSync(CLI, ['--assumptions', query], { encoding: 'utf8' });
    const page = await open('index.html', { hash: query });
    const w = 'crossroads-widget';
    await page.click(`${w} details.assumptions summary`);
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('details.assumptions li'));
    const titles = await page.$eval(w, (x) => [...x.shadowRoot.querySelectorAll('details.assumptions li strong')].map((s) => s.textContent));
    const lines = cli.split('\n').filter((l) => l && !l.startsWith(' ')).slice(1);
    assert.equal(titles.length, lines.length, `${titles} vs ${lines}`);
    titles.forEach((t, i) => assert.ok(lines[i].startsWith(`${t}: `), `${t} / ${lines[i]}`));
    assert.ok(titles.includes('Labour migrants: share of men'), `${titles}`);
    // Moving a lever back to its default takes its assumptions away.
    await setSlider(page, w, 'lab_tjk', 0);
    await page.waitForFunction(() => ![...document.querySelector('crossroads-widget').shadowRoot.querySelectorAll('details.assumptions li strong')]
      .some((s) => s.textContent.startsWith('Labour migrants')));
    clean(page);
    await page.close();
  });
});

describe('notes from the core next to the sliders', () => {
  const note = (page, key) => page.$eval('crossroads-widget', (x, k) => x.shadowRoot.querySelector(`[data-param="${k}"] .note`).textContent, key);

  test('a linked stream whose sender runs out of people says how many could not move, as the CLI counts them', async () => {
    const query = 'lab_tjk=5000&lab_year=2026';
    // The command-line program's warning names the same shortfall: "… 1276.9 thousand from TJK to RUS".
    const cli = spawnSync(CLI, [query], { encoding: 'utf8' });
    const m = /([\d.]+) thousand from TJK to RUS/.exec(cli.stderr);
    assert.ok(m, `the CLI reports a shortfall for ${query}: ${cli.stderr}`);
    const page = await open('index.html', { hash: query });
    const text = await note(page, 'lab_tjk');
    assert.match(text, /^Tajikistan runs out of people .*: ([\d,]+) thousand .*\(Tajikistan → Russia/);
    const shown = Number(/: ([\d,]+) thousand/.exec(text)[1].replace(/,/g, ''));
    // The note rounds to whole thousands (10 thousand and more), so it matches to 0.5.
    assert.ok(Math.abs(shown - Number(m[1])) <= 0.5, `note ${shown} vs CLI ${m[1]}`);
    assert.equal(await note(page, 'lab_uzb'), '', 'only the stream that runs short has a note');
    // Back to a stream the sender can give: the note goes.
    await setSlider(page, 'crossroads-widget', 'lab_tjk', 100);
    assert.equal(await note(page, 'lab_tjk'), '');
    // In Russian.
    const ru = await open('index.html', { hash: `${query}&lang=ru` });
    assert.match(await note(ru, 'lab_tjk'), /^Таджикистан: не хватает людей .* \d[\d\s]* тыс\. человек .*\(Таджикистан → Россия/u);
    clean(page);
    clean(ru);
    await page.close();
    await ru.close();
  });

  test('a TFR lever that has no effect under the chosen fertility mode says so, and the note follows the mode', async () => {
    const page = await open('index.html', { hash: 'tfr_target=2.1' });
    const w = 'crossroads-widget';
    assert.match(await note(page, 'tfr_target'), /No effect as set: it acts only when tfr_mode=target \(now tfr_mode=shift/);
    assert.equal(await note(page, 'tfr_shift'), '');
    // Switching the mode to target makes the target act: its note goes.
    const before = await draws(page, w);
    await page.$eval(w, (x) => {
      const sel = x.shadowRoot.querySelector('select[data-key="tfr_mode"]');
      sel.value = 'target';
      sel.dispatchEvent(new Event('change'));
    });
    await afterDraw(page, w, before);
    assert.equal(await note(page, 'tfr_target'), '');
    // Now the shift is the idle one once it is moved.
    await setSlider(page, w, 'tfr_shift', 0.3);
    assert.match(await note(page, 'tfr_shift'), /acts only when tfr_mode=shift \(now tfr_mode=target/);
    const ru = await open('index.html', { hash: 'tfr_target=2.1&lang=ru' });
    assert.equal(await note(ru, 'tfr_target'), 'Сейчас не действует: действует только при «Рычаг рождаемости» = «цель» (сейчас «сдвиг»).');
    clean(page);
    clean(ru);
    await page.close();
    await ru.close();
  });

  test('war deaths at their default end year say they add nothing, look inactive, and act once the war lasts longer', async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    const idle = (p) => p.$eval(w, (x) => x.shadowRoot.querySelector('[data-param="war_deaths"]').hasAttribute('data-idle'));
    assert.match(await note(page, 'war_deaths'), /^No effect as set: the war ends at mid-2025 .*adds deaths after mid-2025 only/);
    assert.equal(await idle(page), true);
    assert.equal(await page.$$eval(w, ([x]) => x.shadowRoot.querySelectorAll('.notes span').length), 0, 'nothing under the chart');
    await setSlider(page, w, 'war_end', 2030);
    assert.equal(await note(page, 'war_deaths'), '');
    assert.equal(await idle(page), false);
    const ru = await open('index.html', { hash: 'lang=ru' });
    assert.match(await note(ru, 'war_deaths'), /^Сейчас не действует: война по ползунку заканчивается в середине 2025 г\./u);
    clean(page);
    clean(ru);
    await page.close();
    await ru.close();
  });

  test('a note for a slider the widget does not show goes under the chart', async () => {
    const page = await newPage(s.browser);
    await page.goto(`${s.server.url}/embed.html`);
    await ready(page, 2);
    const second = page.locator('crossroads-widget').nth(1); // controls="lab_tjk,crocus_end"
    const before = await second.evaluate((x) => Number(x.dataset.draws));
    await second.evaluate((x) => x.setAttribute('scenario', 'lab_tjk=5000&lab_year=2026&tfr_target=2'));
    await page.waitForFunction((c) => Number(document.querySelectorAll('crossroads-widget')[1].dataset.draws) > c, before);
    const notes = await second.evaluate((x) => ({
      row: x.shadowRoot.querySelector('[data-param="lab_tjk"] .note').textContent,
      box: [...x.shadowRoot.querySelectorAll('.notes span')].map((s) => s.textContent),
    }));
    assert.match(notes.row, /^Таджикистан: не хватает людей/u);
    assert.equal(notes.box.length, 1, `one note under the chart: ${notes.box}`);
    assert.match(notes.box[0], /^Целевой СКР: Сейчас не действует/u);
    clean(page);
    await page.close();
  });
});

describe('the Sources panel in Russian', () => {
  // The panel is a short list of datasets in words; the sliders' defaults and every figure's
  // citation are one click deeper, in folds.
  const panelOf = (page) => page.$eval('crossroads-widget', (x) => {
    const box = x.shadowRoot.querySelector('details.sources');
    const folds = [...box.querySelectorAll(':scope > details')];
    return {
      headings: [...box.querySelectorAll('h3')].map((h) => h.textContent),
      datasets: [...box.querySelectorAll(':scope > ul > li')].map((li) => ({ name: li.querySelector('strong')?.textContent ?? '', text: li.textContent, links: li.querySelectorAll('a').length })),
      folds: folds.map((d) => ({ title: d.querySelector('summary').textContent, open: d.open, items: [...d.querySelectorAll('li')].map((li) => li.textContent) })),
      shown: box.innerText,
    };
  });
  async function openPanel(hash) {
    const page = await open('index.html', { hash });
    await page.click('crossroads-widget details.sources summary');
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('details.sources li'));
    return page;
  }

  test('a short list of datasets in Russian words; the citations, Russian too, one click deeper', async () => {
    const page = await openPanel('lang=ru');
    const panel = await panelOf(page);
    assert.deepEqual(panel.headings, ['Откуда взяты числа']);
    // Short: one line per dataset, each with its Russian name, publisher, year and link.
    assert.ok(panel.datasets.length >= 5 && panel.datasets.length <= 15, `${panel.datasets.length} datasets`);
    for (const d of panel.datasets) {
      assert.match(d.name, /[А-ЯЁа-яё]/u, `a Russian name: ${d.name}`);
      assert.match(d.text, /— .+, \d{4}/u, `publisher and year: ${d.text}`);
      assert.ok(d.links <= 1, d.text);
    }
    assert.ok(panel.datasets.filter((d) => d.links === 1).length >= 5, 'the datasets link to their pages');
    assert.ok(panel.datasets.some((d) => /^Мировые демографические перспективы 2024/u.test(d.name)));
    assert.ok(panel.datasets.some((d) => /Росстат/u.test(d.text)));
    // In words: no file names, column names or raw codes on screen.
    assert.doesNotMatch(panel.shown, /\.csv|\b[a-z]+_[a-z0-9]+\b|more_than/, panel.shown);
    assert.ok(panel.shown.length < 3000, `${panel.shown.length} characters shown before a fold is opened`);
    // One click deeper: the sliders' defaults and every figure's citation, folded.
    assert.deepEqual(panel.folds.map((f) => [f.title.replace(/\(\d+\)/, '(n)'), f.open]), [
      ['Значения ползунков по умолчанию', false],
      ['Каждая опубликованная цифра и её источник (n)', false],
    ]);
    const [defaults, citations] = panel.folds;
    assert.ok(defaults.items.length >= 20, `${defaults.items.length} slider defaults`);
    assert.ok(citations.items.length >= 20, `${citations.items.length} citations`);
    const rosstat = citations.items.filter((t) => /Росстат/.test(t) && /tass\.com|interfax/i.test(t));
    assert.ok(rosstat.length >= 5, `${rosstat.length} Rosstat citations`);
    assert.ok(citations.items.every((t) => !/^Rosstat forecast|^Compatriots Program \d/.test(t)), 'no English labels of the forecast and programme figures');
    assert.ok(citations.items.some((t) => /^Программа соотечественников, 2024: .*чел\./u.test(t)));
    // Opening the fold shows them.
    await page.click('crossroads-widget details.sources > details:last-of-type > summary');
    const opened = await page.$eval('crossroads-widget', (x) => x.shadowRoot.querySelector('details.sources').innerText);
    assert.ok(opened.length > panel.shown.length + 1000, 'the citations show one click deeper');
    // The English panel: the same list in English words.
    const en = await openPanel('');
    const enPanel = await panelOf(en);
    assert.deepEqual(enPanel.headings, ['Where the numbers come from']);
    assert.equal(enPanel.datasets.length, panel.datasets.length);
    assert.ok(enPanel.datasets.some((d) => /^World Population Prospects 2024/.test(d.name)));
    assert.ok(enPanel.folds[1].items.some((t) => /Rosstat forecast \(October 2023\), medium variant, population/.test(t)));
    clean(page);
    clean(en);
    await page.close();
    await en.close();
  });
});

describe('small screens', () => {
  test('on a 390 px phone screen nothing in the widget sticks out to the right', async () => {
    for (const hash of ['', 'view=compare&b=rosstat_medium', 'view=pyramid&lang=ru', 'view=compatriots', 'view=remittances', 'view=relokanty&lang=ru']) {
      const page = await open('index.html', { hash, width: 390, height: 800 });
      const out = await page.evaluate(() => {
        const w = document.querySelector('crossroads-widget');
        const right = w.getBoundingClientRect().right;
        return [...w.shadowRoot.querySelectorAll('*')]
          .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > right + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)} > ${Math.round(right)}`);
      });
      assert.deepEqual(out, [], `#${hash}`);
      clean(page);
      await page.context().close();
    }
  });
});

describe('levers by view', () => {
  test('the levers that move the view shown come first; the others fold under "More levers", in both languages', async () => {
    const page = await open('index.html', { hash: 'view=compatriots' });
    const w = 'crossroads-widget';
    const split = () => page.$eval('crossroads-widget', (x) => {
      const keys = (sel) => [...x.shadowRoot.querySelectorAll(sel)].map((i) => i.dataset.key);
      return {
        shown: keys('.panel > fieldset .param input[type=range]'),
        folded: keys('.panel > details.more .param input[type=range]'),
        summary: x.shadowRoot.querySelector('.panel > details.more > summary')?.textContent ?? '',
      };
    });
    let s = await split();
    assert.deepEqual(s.shown.sort(), ['compat', 'compat_from'], `compatriots view shows ${s.shown}`);
    assert.ok(s.folded.includes('tfr_shift') && s.folded.includes('lab_tjk'), `folded: ${s.folded}`);
    assert.match(s.summary, new RegExp(`More levers: ${s.folded.length + (await page.$eval(w, (x) => x.shadowRoot.querySelectorAll('.panel > details.more select').length))} that do not move this chart`));
    // The remittances view: the labour levers and the shares come first.
    await page.evaluate(() => { location.hash = 'view=remittances&lang=ru'; });
    await page.waitForFunction(() => document.querySelector('crossroads-widget').shadowRoot.querySelector('.panel > fieldset [data-key="rshare_tjk"]'));
    s = await split();
    for (const k of ['lab_tjk', 'lab_year', 'crocus_end', 'rshare_kgz']) assert.ok(s.shown.includes(k), `${k} shown: ${s.shown}`);
    assert.ok(!s.shown.includes('tfr_shift') && s.folded.includes('tfr_shift'));
    assert.match(s.summary, /Другие рычаги \(\d+\): не меняют этот график/);
    clean(page);
    await page.close();
  });
});

describe('hostile page CSS', () => {
  test("a page's inherited styles do not reach the widget: same fonts and the same height as on a plain page", async () => {
    const pkg = path.join(ROOT, 'www/pkg');
    const css = path.join(pkg, 'e2e-hostile.css');
    const files = { plain: path.join(pkg, 'e2e-plain.html'), hostile: path.join(pkg, 'e2e-hostile.html') };
    fs.writeFileSync(css, '* { font-size: 30px; font-family: Georgia, serif; line-height: 2.5; letter-spacing: .05em; word-spacing: 1em; text-transform: uppercase; font-style: italic; }\n');
    const page = (link) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>css</title><link rel="icon" href="data:,">${link}</head><body><div><crossroads-widget controls="tfr_shift,lab_tjk,preset"></crossroads-widget></div><script type="module" src="../crossroads.js"></script></body></html>`;
    fs.writeFileSync(files.plain, page(''));
    fs.writeFileSync(files.hostile, page('<link rel="stylesheet" href="e2e-hostile.css">'));
    try {
      const seen = {};
      for (const [name] of Object.entries(files)) {
        const p = await open(`pkg/e2e-${name}.html`, { width: 300, height: 900 });
        seen[name] = await p.$eval('crossroads-widget', (w) => {
          const style = (sel) => {
            const c = getComputedStyle(w.shadowRoot.querySelector(sel));
            return [c.fontSize, c.fontFamily, c.lineHeight, c.letterSpacing, c.textTransform, c.fontStyle].join(' | ');
          };
          return { height: Math.round(w.getBoundingClientRect().height), label: style('.param label'), select: style('select'), button: style('button') };
        });
        clean(p);
        await p.context().close();
      }
      assert.deepEqual(seen.hostile, seen.plain);
    } finally {
      for (const f of [css, ...Object.values(files)]) fs.rmSync(f, { force: true });
    }
  });
});

describe('first chart', () => {
  test('the fonts the first chart measures were resolved while the core compiled', async () => {
    for (const scale of [1, 1.5]) {
      const page = await newPage(s.browser, { scale });
      // Record the font of every text measurement, and when it was made.
      await page.addInitScript(() => {
        const measure = CanvasRenderingContext2D.prototype.measureText;
        globalThis.measured = [];
        CanvasRenderingContext2D.prototype.measureText = function (text) {
          globalThis.measured.push({ font: this.font, at: performance.now() });
          return measure.call(this, text);
        };
      });
      await page.goto(`${s.server.url}/index.html`);
      await ready(page);
      const { primed, drawn } = await page.evaluate(() => {
        const at = (n) => performance.getEntriesByName(`crossroads:${n}`)[0].startTime;
        const [start, data, first] = [at('init-start'), at('data-ready'), at('first-chart')];
        const fonts = (from, to) => [...new Set(globalThis.measured.filter((m) => m.at >= from && m.at <= to).map((m) => m.font))].sort();
        return { primed: fonts(start, data), drawn: fonts(data, first) };
      });
      assert.ok(drawn.length >= 3, `the first chart measured ${JSON.stringify(drawn)}`);
      assert.deepEqual(drawn.filter((f) => !primed.includes(f)), [], `primed ${JSON.stringify(primed)} at scale ${scale}`);
      clean(page);
      await page.context().close();
    }
  });
});

describe('redraws', () => {
  test('a slider input draws at once; more inputs in the same frame make one more draw in the next frame', async () => {
    const page = await open('index.html');
    const w = 'crossroads-widget';
    await page.waitForTimeout(100); // let the presets and the first frames settle
    const r = await page.$eval(w, async (x) => {
      const input = x.shadowRoot.querySelector('input[data-key="tfr_shift"]');
      const frame = () => new Promise((res) => requestAnimationFrame(res));
      await frame();
      await frame();
      const start = Number(x.dataset.draws);
      const seen = [];
      for (const v of ['0.1', '0.2', '0.3', '0.4', '0.5']) {
        input.value = v;
        input.dispatchEvent(new Event('input'));
        seen.push(Number(x.dataset.draws) - start);
      }
      const sameFrameQuery = x.dataset.query;
      await frame();
      await frame();
      return { seen, after: Number(x.dataset.draws) - start, sameFrameQuery, query: x.dataset.query };
    });
    assert.deepEqual(r.seen, [1, 1, 1, 1, 1], 'the first input drew at once, the others waited');
    assert.equal(r.sameFrameQuery, 'tfr_shift=0.1');
    assert.equal(r.after, 2, 'one coalesced draw in the next frame');
    assert.equal(r.query, 'tfr_shift=0.5', 'showing the last value');
    clean(page);
    await page.close();
  });
});

describe('a panic stays in its widget', { skip: PANIC_PKG ? false : 'no test-panic build (CROSSROADS_PANIC_PKG)' }, () => {
  test('the panicking widget shows an error box; the other keeps drawing', async () => {
    // A copy of www/ whose pkg/ is the test-panic build.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-panic-'));
    const local = await (async () => {
      fs.cpSync(path.join(ROOT, 'www'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}pkg`) });
      fs.cpSync(PANIC_PKG, path.join(dir, 'pkg'), { recursive: true });
      return serve(dir);
    })();
    try {
      const page = await newPage(s.browser);
      await page.goto(`${local.url}/embed.html`);
      await ready(page, 2);
      const first = page.locator('crossroads-widget').nth(0);
      const second = page.locator('crossroads-widget').nth(1);
      await first.evaluate((x) => x.panicForTest('deliberate'));
      assert.equal(await first.evaluate((x) => x.dataset.state), 'error');
      const box = await first.evaluate((x) => x.shadowRoot.querySelector('.error').textContent);
      assert.match(box, /internal error.*test panic: deliberate/s);
      assert.equal(await first.evaluate((x) => x.shadowRoot.querySelector('input').disabled), true);
      // The other widget on the same wasm instance still answers sliders.
      const shot = async () => digest(await second.evaluate((x) => x.shadowRoot.querySelector('canvas').toDataURL()));
      const b0 = await shot();
      const n = await second.evaluate((x) => Number(x.dataset.draws));
      await second.evaluate((x) => {
        const input = x.shadowRoot.querySelector('input[data-key="lab_tjk"]');
        input.value = '-2000';
        input.dispatchEvent(new Event('input'));
      });
      await page.waitForFunction((c) => Number(document.querySelectorAll('crossroads-widget')[1].dataset.draws) > c, n);
      assert.equal(await second.evaluate((x) => x.dataset.state), 'ready');
      assert.notEqual(await shot(), b0);
      // A widget created after the panic works too.
      await page.evaluate(() => {
        const w = document.createElement('crossroads-widget');
        w.setAttribute('country', 'KAZ');
        w.setAttribute('controls', 'none');
        document.body.append(w);
      });
      await page.waitForFunction(() => document.querySelectorAll('crossroads-widget')[2].dataset.state === 'ready');
      const errors = page.problems().filter((m) => !/test panic: deliberate|RuntimeError|unreachable/.test(m.text));
      assert.deepEqual(errors, [], 'no error besides the deliberate panic');
      await page.close();
    } finally {
      local.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('typescript declarations', () => {
  // The interfaces of www/pkg/crossroads_core.d.ts (written by hand in src/wasm.rs) against
  // what the core really hands the page: every key declared, no declared key missing.
  test('each declared interface has exactly the keys the core returns', async () => {
    const dts = fs.readFileSync(path.join(ROOT, 'www/pkg/crossroads_core.d.ts'), 'utf8');
    const fields = (name) => {
      const m = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n?\\}(\\n|$)`));
      assert.ok(m, `interface ${name} in the declarations`);
      // Top-level keys only: drop nested object types first.
      const body = m[1].replace(/\{[^{}]*\}/g, '');
      return [...body.matchAll(/(\w+)\s*:/g)].map((x) => x[1]).sort();
    };
    const page = await open('index.html');
    const got = await page.evaluate(async () => {
      const mod = await import('./pkg/crossroads_core.js');
      await mod.default();
      const app = new mod.Crossroads();
      const canvas = document.createElement('canvas');
      const keys = (o) => Object.keys(o).sort();
      const drawn = app.draw(canvas, 'view=projection&tfr_target=1.7', 600, 400, 1);
      const parsed = app.parse('tfr_shift=9&rshare_arm=5');
      const sources = app.sources('en');
      const read = app.read('view=bogus');
      const panel = app.panel('', undefined, true);
      const table = app.table('');
      return {
        Drawn: keys(drawn), Parsed: keys(parsed), Clamp: keys(parsed.clamps[0]), Note: keys(parsed.retired[0]),
        NoteText: keys(drawn.notes[0]), Read: keys(read), Ignored: keys(read.ignored[0]),
        Panel: keys(panel), Group: keys(panel.groups[0]), Control: keys(panel.groups[0].controls[0]),
        DataTable: keys(table), ParamSource: keys(sources.parameters[0]),
        ParamTable: keys(app.params()), ParamSpec: keys(app.params().params[0]),
        CountryOption: keys(app.countries()[0]), PresetOption: keys(app.presets('en')[0]),
        SourceList: keys(sources), DatasetEntry: keys(sources.datasets[0]), Citation: keys(sources.citations[0]),
        AssumptionText: keys(app.assumptions('lab_tjk=500')[0]),
        StoryOption: keys(app.stories('ru')[0]),
      };
    });
    for (const [name, keys] of Object.entries(got)) assert.deepEqual(fields(name), keys, name);
    clean(page);
    await page.close();
  });
});
