// The probabilistic band's Web Worker (issue 16): the same wasm module as the page
// (./pkg/crossroads_core.js) in its own instance, computing the bands of simulated futures
// of the reader's scenario off the main thread. Messages in: {type: 'band', gen, query}.
// Out: {type: 'ready'}, {type: 'band', gen, n, bands, ms, total} after the first 200
// trajectories and again at 1,000, {type: 'cancelled', gen, at} when a newer request came,
// {type: 'error', gen, message}. The work goes in chunks of CHUNK trajectories; between
// chunks the worker lets newer messages in and drops a request that is no longer the
// latest (the generation counter), so a slider's stale positions cost at most one chunk.
import init, { Crossroads } from './pkg/crossroads_core.js';

const FIRST = 200;
const LAST = 1000;
const CHUNK = 100;

let app = null;
let latest = 0;
let pending = null;
let running = false;

// A turn of the event loop without setTimeout's clamping: lets queued messages run.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const turn = () => new Promise((resolve) => {
  waiting.push(resolve);
  channel.port2.postMessage(0);
});

const ready = init().then(() => {
  app = new Crossroads();
  postMessage({ type: 'ready' });
});
ready.catch((err) => postMessage({ type: 'error', gen: 0, message: String(err?.message ?? err) }));

async function compute(m) {
  const start = performance.now();
  let busy = 0;
  for (let n = CHUNK; n <= LAST; n += CHUNK) {
    if (m.gen !== latest) {
      postMessage({ type: 'cancelled', gen: m.gen, at: n - CHUNK });
      return;
    }
    const t = performance.now();
    let bands;
    try {
      bands = app.bands(m.query, n, n === FIRST || n === LAST);
    } catch (err) {
      postMessage({ type: 'error', gen: m.gen, message: String(err?.message ?? err) });
      return;
    }
    busy += performance.now() - t;
    if (n === FIRST || n === LAST) {
      postMessage({ type: 'band', gen: m.gen, n, bands, ms: busy, total: performance.now() - start, final: n === LAST });
    }
    await turn();
  }
}

async function drain() {
  if (running) return;
  running = true;
  try {
    await ready;
    while (pending) {
      const m = pending;
      pending = null;
      await compute(m);
    }
  } catch (err) {
    postMessage({ type: 'error', gen: latest, message: String(err?.message ?? err) });
  } finally {
    running = false;
  }
}

onmessage = (e) => {
  const m = e.data;
  if (m?.type !== 'band') return;
  latest = m.gen;
  pending = m;
  drain();
};
