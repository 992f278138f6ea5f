// Opens a report of dated documents and narrows the date range. Prints the
// edges shown before and after, as one JSON object for
// cli/tests/report_browser.rs.
//
// usage: node dates.mjs REPORT.html
import { pathToFileURL } from 'node:url';
import { open } from './browser.mjs';

const [report] = process.argv.slice(2);
const { page, requests, errors, close } = await open();
const seen = {};
try {
  await page.goto(pathToFileURL(report).href);
  await page.waitForFunction(() => window.newsgraphReport && window.newsgraphReport.ready);
  const edges = () => page.evaluate(() => window.newsgraphReport.visibleEdgeList());
  seen.datesShown = await page.isVisible('#dates');
  seen.range = [await page.inputValue('#date-from'), await page.inputValue('#date-to')];
  seen.all = await edges();
  await page.fill('#date-from', '2026-02-01');
  seen.fromFebruary = await edges();
  await page.fill('#date-from', '');
  await page.fill('#date-to', '2026-01-31');
  seen.untilJanuary = await edges();
} finally {
  seen.requests = requests.length;
  seen.errors = errors;
  await close();
}
console.log(JSON.stringify(seen));
