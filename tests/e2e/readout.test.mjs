// The readout (issues 13 and 14): under the pointer, a finger or the arrow keys, the chart
// shows every value of the view at the cursor year with units, and says it in a live
// region; in the needs view it reads the migration needed. Desktop and phone, en and ru.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { session } from './harness.mjs';

const s = session();

const W = 'crossroads-widget';

const open = (hash, opts = {}) => s.open('index.html', { hash, ...opts });

/** The readout box's text and the live region's text. */
const readout = (page) => page.$eval(W, (w) => ({
  box: w.shadowRoot.querySelector('.readout')?.hidden ? '' : w.shadowRoot.querySelector('.readout')?.textContent ?? '',
  live: w.shadowRoot.querySelector('[aria-live="polite"]')?.textContent ?? '',
}));

/** A point of the canvas's plot at `share` of its width, in page coordinates (the chart
 *  scrolled into view first, as a reader would). */
async function plotPoint(page, share) {
  return page.$eval(W, (w, s) => {
    w.shadowRoot.querySelector('canvas').scrollIntoView({ block: 'center' });
    const c = w.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: c.left + c.width * (0.15 + 0.7 * s), y: c.top + c.height * 0.5 };
  }, share);
}

describe('readout', () => {
  test('the keyboard cursor of the needs view reads the migration needed, in words', async () => {
    const page = await open('view=needs');
    await page.focus(`${W} >> canvas`);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const r = await readout(page);
    assert.match(r.live, /^\d{4}\. /, r.live);
    assert.match(r.live, /Extra net migrants needed: −?[\d,]+\.\d thousand/, r.live);
    assert.match(r.box, /Net migration that holds the measure/, r.box);
    const year = Number(r.live.slice(0, 4));
    await page.keyboard.press('ArrowLeft');
    assert.equal(Number((await readout(page)).live.slice(0, 4)), year - 1, 'one year back');
    await page.keyboard.press('Escape');
    assert.equal((await readout(page)).box, '');
    await page.close();
  });

  test('the pointer reads the projection in Russian, and a phone tap shows it too', async () => {
    for (const opts of [{ width: 1280, height: 900 }, { width: 390, height: 844, hasTouch: true }]) {
      const page = await open('lang=ru&tfr_shift=0.3', opts);
      const p = await plotPoint(page, 0.6);
      await page.mouse.move(p.x, p.y);
      if (opts.hasTouch) await page.mouse.down();
      const r = await readout(page);
      assert.match(r.box, /^\d{4}/, `${opts.width}: ${r.box}`);
      assert.match(r.live, /сценарий|Сценарий/i, r.live);
      assert.doesNotMatch(r.live, /thousand|Scenario/, r.live);
      if (opts.hasTouch) await page.mouse.up();
      await page.close();
    }
  });

  test('a view without years shows no readout', async () => {
    const page = await open('view=pyramid');
    const p = await plotPoint(page, 0.5);
    await page.mouse.move(p.x, p.y);
    assert.equal((await readout(page)).box, '');
    await page.close();
  });
});
