// Measures a report page in Chromium: time to the first drawn frame,
// frame times while panning and zooming by script, and search latency.
// Prints one JSON object.
//
// usage: node measure.mjs REPORT.html [SCREENSHOT.png]
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { open } from './browser.mjs';

const [report, shot] = process.argv.slice(2);
const { page, requests, errors, close } = await open();
const stats = (values) => {
  const v = values.slice().sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * v.length))];
  return { n: v.length, median: at(0.5), p95: at(0.95), max: v[v.length - 1] };
};
const out = { file: report, bytes: statSync(report).size };
try {
  const started = Date.now();
  await page.goto(pathToFileURL(report).href);
  await page.waitForFunction(() => window.newsgraphReport && window.newsgraphReport.ready, null, { timeout: 120000 });
  out.loadWallMs = Date.now() - started;
  Object.assign(out, await page.evaluate(() => {
    const r = window.newsgraphReport;
    return { nodes: r.nodes, edges: r.edges, firstFrameAt: r.firstFrameAt, nodesDrawn: r.nodesDrawn, edgesDrawn: r.edgesDrawn };
  }));
  if (shot) await page.screenshot({ path: shot });

  // Pan and zoom: 40 wheel steps in, 40 drags, 40 wheel steps out, each
  // followed by a frame. Draw times come from the page; frame intervals
  // from requestAnimationFrame.
  const box = await page.locator('#graph').boundingBox();
  const cx = box.x + box.width / 2; const cy = box.y + box.height / 2;
  const frames0 = await page.evaluate(() => window.newsgraphReport.frames);
  await page.evaluate(() => {
    window.__intervals = [];
    let last = performance.now();
    const tick = (t) => { window.__intervals.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  const t0 = Date.now();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, -60); await frame(); }
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 25 * Math.cos(i), cy + 25 * Math.sin(i), { steps: 2 });
    await page.mouse.up();
    await frame();
  }
  for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 60); await frame(); }
  out.interactionWallMs = Date.now() - t0;
  const measured = await page.evaluate((from) => {
    window.__stop = true;
    const r = window.newsgraphReport;
    return { draws: r.frameMs.slice(-(r.frames - from)), intervals: window.__intervals.slice(1) };
  }, frames0);
  out.drawMs = stats(measured.draws);
  out.frameIntervalMs = stats(measured.intervals);

  // Search: the time the page spends finding and listing matches.
  out.search = {};
  for (const q of ['Poetin', 'Putin', 'de', 'a', 'zzzz']) {
    const t = Date.now();
    await page.fill('#search', q);
    out.search[q] = { pageMs: await page.evaluate(() => window.newsgraphReport.searchMs), wallMs: Date.now() - t };
  }
} finally {
  out.requests = requests.length;
  out.errors = errors;
  await close();
}
console.log(JSON.stringify(out, null, 1));
