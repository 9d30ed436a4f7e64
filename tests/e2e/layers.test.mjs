// The kept static layer (issue 15): the canvas backend keeps a view's static layer (axes,
// grid, UN bands, history) as a bitmap and, on a slider move that leaves it unchanged,
// copies it in and draws only the scenario. That must be the very pixels of a full
// redraw: the chart after a move equals, pixel for pixel, the same state loaded fresh
// (static layer drawn anew) and the same state drawn with no layer at all (straight onto
// the canvas). Also: the move really took the kept layer (one drawImage, a few dozen calls).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { newPage, pixels, ready, session } from './harness.mjs';

const s = session();

// Counts the 2d-context calls of the page; with `noLayers`, the core can make no detached
// canvas, so the backend draws every layer straight onto the widget's canvas.
function instrument(noLayers) {
  window.__calls = {};
  const P = CanvasRenderingContext2D.prototype;
  for (const k of Object.getOwnPropertyNames(P)) {
    const d = Object.getOwnPropertyDescriptor(P, k);
    if (typeof d.value === 'function' && k !== 'constructor') {
      const f = d.value;
      P[k] = function (...a) { window.__calls[k] = (window.__calls[k] || 0) + 1; return f.apply(this, a); };
    }
  }
  if (noLayers) {
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (tag, ...rest) {
      // Only the core's (its call comes from the wasm), not the widget's own canvas.
      if (String(tag).toLowerCase() === 'canvas' && /wasm/.test(new Error().stack)) throw new Error('no detached canvases in this test');
      return create.call(this, tag, ...rest);
    };
  }
}

async function open(hash, noLayers = false) {
  const page = await newPage(s.browser);
  await page.addInitScript(instrument, noLayers);
  await page.goto(`${s.server.url}/index.html#${hash}`);
  await ready(page);
  return page;
}

/** Moves the tfr_shift slider one step up and waits for the redraw; the calls it made. */
async function nudge(page) {
  return page.$eval('crossroads-widget', async (w) => {
    const input = w.shadowRoot.querySelector('input[data-key="tfr_shift"]');
    const draws = Number(w.dataset.draws);
    window.__calls = {};
    input.value = String(Number(input.value) + Number(input.step));
    input.dispatchEvent(new Event('input'));
    while (Number(w.dataset.draws) === draws) await new Promise((r) => requestAnimationFrame(r));
    return { calls: { ...window.__calls }, query: w.dataset.query };
  });
}

describe('kept static layer', () => {
  for (const view of ['projection', 'pyramid']) {
    test(`${view}: a slider move over the kept layer draws the pixels of a full redraw`, async () => {
      const moved = await open(`view=${view}&tfr_shift=0.1`);
      const { calls, query } = await nudge(moved);
      assert.equal(calls.drawImage, 1, `the move copied the kept layer in: ${JSON.stringify(calls)}`);
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      assert.ok(total < 150, `only the scenario was drawn, in few calls: ${JSON.stringify(calls)}`);
      assert.match(query, /tfr_shift=0\.15/);
      const after = await pixels(moved);

      const fresh = await open(query);
      assert.equal(await fresh.$eval('crossroads-widget', (w) => w.dataset.query), query);
      assert.equal(await pixels(fresh), after, 'the same state loaded fresh');
      const direct = await open(query, true);
      assert.equal((await direct.evaluate(() => window.__calls.drawImage)) ?? 0, 0, 'no layer was used');
      assert.equal(await pixels(direct), after, 'the same state drawn with no layer');
      for (const p of [moved, fresh, direct]) {
        assert.deepEqual(p.problems(), []);
        await p.context().close();
      }
    });
  }
});
