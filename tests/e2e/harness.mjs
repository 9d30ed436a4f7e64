// Shared set-up of the end-to-end tests: serve www/ (scripts/serve.py, strict CSP) on a
// free loopback port, launch Debian's headless Chromium through playwright-core, and
// collect every console message, page error and request so tests can assert that pages
// load with no errors and no request leaves the page's origin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves `dir` (default www/) with scripts/serve.py; resolves to {url, stop}. */
export async function serve(dir = path.join(ROOT, 'www')) {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), dir], {
    env: { ...process.env, PORT: String(port), QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
    child.stdout.on('data', (d) => { if (String(d).includes('http://')) resolve(); });
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: LAUNCH_ARGS });
}

/**
 * A new page that records console messages, uncaught errors and every request URL.
 * `page.problems()` lists errors and warnings; `page.foreign(origin)` requests elsewhere.
 */
export async function newPage(browser, { width = 1200, height = 900, scale = 1, lang } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor: scale, locale: lang, acceptDownloads: true,
  });
  const page = await context.newPage();
  const messages = [];
  const requests = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: String(e) }));
  page.on('request', (r) => requests.push(r.url()));
  page.problems = () => messages.filter((m) => m.type === 'error' || m.type === 'pageerror' || m.type === 'warning');
  page.messages = messages;
  page.requests = requests;
  page.foreign = (origin) => requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  return page;
}

/** Waits until every widget on the page is ready (or one failed) and has drawn. */
export async function ready(page, n = 1) {
  await page.waitForFunction((count) => {
    const ws = [...document.querySelectorAll('crossroads-widget')];
    return ws.length >= count && ws.every((w) => w.dataset.state === 'ready' || w.dataset.state === 'error');
  }, n, { timeout: 20000 });
}

/** A digest of a widget's canvas pixels (what the reader sees), for equality checks. */
export async function pixels(page, selector = 'crossroads-widget') {
  await bandSettled(page, selector);
  return digest(await page.$eval(selector, (w) => w.shadowRoot.querySelector('canvas').toDataURL('image/png')));
}

/**
 * Waits until the widgets' bands of simulated futures (computed in a worker, drawn a frame
 * after they arrive) are final for the state on screen, so the pixels do not depend on how
 * far the worker got.
 */
export async function bandSettled(page, selector = 'crossroads-widget') {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((w) => !w.shadowRoot?.querySelector('.band-status')?.dataset.pending),
    selector, { timeout: 30000 },
  ).catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** SHA-256 of a text, short enough for assertion messages. */
export function digest(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Share of canvas pixels that are not the white background. */
export function inkShare(page, selector = 'crossroads-widget') {
  return page.$eval(selector, (w) => {
    const c = w.shadowRoot.querySelector('canvas');
    // A copy, so the widget's own canvas is not read back (Chromium warns about that).
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(c, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) ink++;
    return ink / (d.length / 4);
  });
}

/**
 * The set-up of a test file: serves www/ and launches Chromium (or `launchWith()`) before
 * its tests, closes both after them. `s.server` and `s.browser` are set once the tests run;
 * `s.open(file, {n, hash, ...page options})` opens a page and waits for `n` widgets;
 * `s.clean(page, allowed)` asserts no console error or warning (besides `allowed`) and no
 * request outside the page's origin.
 */
export function session({ launchWith = launch } = {}) {
  const s = { server: null, browser: null };
  before(async () => {
    s.server = await serve();
    s.browser = await launchWith();
  });
  after(async () => {
    await s.browser?.close();
    s.server?.stop();
  });
  s.open = async (file, { n = 1, hash = '', ...opts } = {}) => {
    const page = await newPage(s.browser, opts);
    await page.goto(`${s.server.url}/${file}${hash ? `#${hash}` : ''}`);
    await ready(page, n);
    return page;
  };
  s.clean = (page, allowed = /^$/) => {
    assert.deepEqual(page.problems().filter((m) => !allowed.test(m.text)), [], 'console errors or warnings');
    assert.deepEqual(page.foreign(s.server.url), [], 'requests outside the page origin');
  };
  return s;
}

/** How many times widget `sel` has drawn. */
export const draws = (page, sel = 'crossroads-widget') => page.$eval(sel, (w) => Number(w.dataset.draws || 0));

/** Waits until widget `sel` has drawn more than `count` times. */
export async function afterDraw(page, sel, count) {
  await page.waitForFunction(([q, c]) => Number(document.querySelector(q).dataset.draws || 0) > c, [sel, count], { timeout: 10000 });
}
