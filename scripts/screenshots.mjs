// Screenshots of every view in English and Russian into docs/screenshots/ (committed; look
// at each after a change to the charts or the widget). Needs scripts/build.sh first:
//   node scripts/screenshots.mjs
import fs from 'node:fs';
import path from 'node:path';

import { launch, newPage, ready, ROOT, serve } from '../tests/e2e/harness.mjs';

const VIEWS = ['projection', 'pyramid', 'compare', 'compatriots', 'remittances', 'relokanty', 'needs'];
// A scenario that moves something in every view: Crocus drop lasting to 2030, fewer Tajik
// migrants, higher fertility, relokanty partly returning, compare against Rosstat medium.
const SCENARIO = 'tfr_shift=0.2&lab_tjk=-500&crocus_end=2030&rel_return=30';
const EXTRA = { pyramid: 'year=2050', compare: 'b=rosstat_medium', projection: 'presets=rosstat' };
const out = path.join(ROOT, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const server = await serve();
const browser = await launch();
try {
  // A desktop (1280×900: the chart and the bar above it, down to the buttons) and a phone
  // (390×844: the first screen, as a reader sees it when the page opens).
  for (const [device, size] of [['', { width: 1280, height: 900 }], ['-phone', { width: 390, height: 844 }]]) {
  for (const lang of ['en', 'ru']) {
    for (const view of VIEWS) {
      const page = await newPage(browser, { ...size, scale: 1 });
      const hash = [view === 'projection' ? '' : `view=${view}`, EXTRA[view] ?? '', `lang=${lang}`, SCENARIO].filter(Boolean).join('&');
      await page.goto(`${server.url}/index.html#${hash}`);
      await ready(page);
      await page.waitForTimeout(400); // presets arrive after the first chart
      const state = await page.$eval('crossroads-widget', (w) => w.dataset.state);
      const file = path.join(out, `${view}-${lang}${device}.png`);
      // The chart with the bar above it and the buttons below.
      const box = await page.$eval('crossroads-widget', (w) => {
        const r = w.shadowRoot.querySelector('.main').getBoundingClientRect();
        const a = w.shadowRoot.querySelector('.actions').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: a.bottom - r.y + 4 };
      });
      if (device) await page.screenshot({ path: file });
      else await page.screenshot({ path: file, clip: box, fullPage: true });
      console.log(`${file} (${state})`);
      await page.close();
    }
  }
  }
} finally {
  await browser.close();
  server.stop();
}
