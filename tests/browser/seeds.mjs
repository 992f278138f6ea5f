// Opens a report of the seed documents from disk and works it as a reader
// would: search, select an edge from a node's neighbours, filter by theme,
// open a document from the evidence. Prints what it observed as one JSON
// object; cli/tests/report_browser.rs checks it.
//
// usage: node seeds.mjs REPORT.html SCREENSHOT_DIR
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { open } from './browser.mjs';

const [report, shots] = process.argv.slice(2);
const url = pathToFileURL(report).href;
const { page, requests, errors, close } = await open();
const seen = { url };
try {
  await page.goto(url);
  await page.waitForFunction(() => window.newsgraphReport && window.newsgraphReport.ready);
  const state = () => page.evaluate(() => {
    const r = window.newsgraphReport;
    return {
      nodes: r.nodes, edges: r.edges, nodesDrawn: r.nodesDrawn, edgesDrawn: r.edgesDrawn,
      labelsDrawn: r.labelsDrawn, visibleEdges: r.visibleEdges, selected: r.selected, document: r.document,
    };
  });
  seen.start = await state();
  // Pixels that differ from the background: the canvas really shows a graph.
  seen.inkedPixels = await page.evaluate(() => {
    const canvas = document.getElementById('graph');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - 251) + Math.abs(data[i + 1] - 251) + Math.abs(data[i + 2] - 250) > 60) inked++;
    }
    return inked;
  });
  await page.screenshot({ path: join(shots, 'seeds-start.png') });

  // Searching a surname alone selects the person.
  await page.fill('#search', 'Pezeshkian');
  seen.pezeshkian = (await state()).selected;
  // Searching an alias with other case and diacritics selects the entity.
  await page.fill('#search', 'POETÍN');
  seen.poetin = (await state()).selected;
  await page.fill('#search', 'Putin');
  seen.putin = (await state()).selected;
  await page.fill('#search', 'zzzz-nothing');
  seen.nothing = await page.locator('#results li').count();

  // Russia, then the Iran row of its neighbours: the edge and its evidence.
  await page.fill('#search', 'Rusland');
  seen.russia = (await state()).selected;
  await page.locator('table.neighbours tr', { hasText: /^Iran/ }).first().click();
  seen.edge = (await state()).selected;
  seen.evidence = await page.$$eval('#details .evidence', (boxes) => boxes.map((box) => ({
    text: box.querySelector('.snippet').textContent,
    marks: [...box.querySelectorAll('.snippet mark')].map((m) => [m.className, m.textContent]),
    canOpen: !!box.querySelector('button.open-document'),
  })));
  await page.screenshot({ path: join(shots, 'seeds-edge.png') });

  // Only edges with the theme defence.
  await page.selectOption('#theme', 'defence');
  seen.defence = await page.evaluate(() => ({
    visible: window.newsgraphReport.visibleEdges,
    themes: window.newsgraphReport.visibleEdgeList().map((e) => e.themes),
  }));
  // The canvas redraws on the next animation frame, which a loaded
  // machine may not have reached yet: wait for it (the Rust side still
  // fails if the filtered drawing never comes).
  await page
    .waitForFunction(() => {
      const r = window.newsgraphReport;
      return r.edgesDrawn <= r.visibleEdges;
    }, null, { timeout: 10000 })
    .catch(() => {});
  seen.defenceDrawn = (await state()).edgesDrawn;
  await page.selectOption('#theme', '');
  seen.allAgain = (await state()).visibleEdges;

  // The document of the first evidence that has one, its mentions
  // highlighted.
  await page.locator('#details button.open-document').first().click();
  seen.document = (await state()).document;
  seen.mentions = await page.$$eval('#document-text mark.ent', (marks) => marks.map((m) => ({
    text: m.firstChild.textContent, kind: m.className, tip: m.dataset.tip, evidence: m.classList.contains('ev'),
  })));
  seen.documentVisible = await page.isVisible('#document');
  await page.locator('#document-text mark.ent', { hasText: 'Vladimir Poetin' }).first().hover();
  await page.screenshot({ path: join(shots, 'seeds-document.png') });
  // Clicking a mention selects its node.
  await page.locator('#document-text mark.ent', { hasText: 'Pezeshkian' }).first().click();
  seen.fromDocument = (await state()).selected;
} finally {
  seen.requests = requests;
  seen.errors = errors;
  await close();
}
console.log(JSON.stringify(seen));
