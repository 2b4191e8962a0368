// Charts in the real window: the dashboard draws two charts for its year; the Graphiques
// screen redraws the chosen chart when the period changes; the export command writes a PNG
// of the requested width (the native save dialog cannot be driven, so the test calls the
// command the dialog leads to).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { freshDb, openApp, screenshot, textOf } from "./harness.mjs";

let browser;
const db = freshDb();
const invoke = (cmd, args) =>
  browser.execute(async (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Chooses `value` in the <select> with this testid without opening WebKitGTK's native popup. */
async function choose(testid, value) {
  const el = await browser.$(`[data-testid="${testid}"]`);
  await el.waitForDisplayed({ timeout: 20000 });
  await browser.execute(
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    },
    el,
    String(value),
  );
}

/** The markup of the chart shown in the element with this testid, once there is one. */
async function chartHtml(testid) {
  const el = await browser.$(`[data-testid="${testid}"] svg`);
  await el.waitForExist({ timeout: 30000 });
  return browser.execute((id) => document.querySelector(`[data-testid="${id}"]`).innerHTML, testid);
}

/** Waits until the chart differs from `before` and has finished loading; returns its markup. */
async function chartChanged(testid, before) {
  let html = before;
  await browser.waitUntil(
    async () => {
      html = await chartHtml(testid);
      const busy = await browser.execute(
        () => document.querySelector('[data-testid="chart-view"]')?.getAttribute("aria-busy"),
      );
      return html !== before && busy !== "true";
    },
    { timeout: 30000, timeoutMsg: "the chart should be redrawn" },
  );
  return html;
}

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

test("the dashboard shows two charts for its year", async () => {
  const countries = await chartHtml("dashboard-chart-countries-svg");
  const operational = await chartHtml("dashboard-chart-operational-svg");
  const year = await (await browser.$('[data-testid="year-select"]')).getValue();
  assert.match(countries, new RegExp(`Année : ${year}`), "the countries chart is filtered on the year");
  assert.match(operational, /<text/);
  await browser.execute(() =>
    document.querySelector('[data-testid="dashboard-chart-countries"]').scrollIntoView({ block: "start" }),
  );
  await pause(500);
  await screenshot(browser, "dashboard-charts");
});

test("Graphiques redraws the chart when the period changes", async () => {
  await (await browser.$('[data-testid="nav-charts"]')).click();
  assert.equal(await textOf(browser, "area-title"), "Graphiques");
  const first = await chartHtml("chart-view-svg");

  await choose("chart-pick", "actions-by-year");
  const all = await chartChanged("chart-view-svg", first);
  assert.match(all, /toutes les années/);

  const years = (await invoke("year_list", {})).years.filter((y) => !y.planned).map((y) => y.year);
  const from = years[Math.floor(years.length / 2)];
  await choose("chart-from", from);
  const since = await chartChanged("chart-view-svg", all);
  assert.match(since, new RegExp(`depuis ${from}`), `the filter line names the period from ${from}`);
  const before = years.filter((y) => y < from);
  for (const y of before) {
    assert.ok(!new RegExp(`>${y}<`).test(since), `${y} is no longer on the axis`);
  }
  await pause(500);
  await screenshot(browser, "charts-actions-by-year");

  await choose("chart-pick", "actions-world-map");
  const map = await chartChanged("chart-view-svg", since);
  assert.ok((map.match(/<path/g) ?? []).length >= 200, "a path per country");
  await pause(500);
  await screenshot(browser, "charts-world-map");
});

test("after « Effacer les filtres », a period chosen again with the drop-downs is drawn", async () => {
  await choose("chart-pick", "actions-by-year");
  const pick = (id, year) => choose(id, year);
  let shown = await chartHtml("chart-view-svg");
  await pick("chart-from", 2016);
  await pick("chart-to", 2016);
  shown = await chartChanged("chart-view-svg", shown);
  await browser.waitUntil(async () => !/toutes les années/.test(await chartHtml("chart-view-svg")), { timeout: 20000 });
  await (await browser.$('[data-testid="chart-reset"]')).click();
  await browser.waitUntil(async () => /toutes les années/.test(await chartHtml("chart-view-svg")), {
    timeout: 20000,
    timeoutMsg: "every year once the filters are cleared",
  });
  await pick("chart-from", 2016);
  await pick("chart-to", 2016);
  await browser.waitUntil(async () => !/toutes les années/.test(await chartHtml("chart-view-svg")), {
    timeout: 20000,
    timeoutMsg: "the chart follows the period chosen again",
  });
  const value = async (id) => (await browser.$(`[data-testid="${id}"]`)).getValue();
  assert.equal(await value("chart-from"), await value("chart-to"));
  // The line printed under the chart (shown on paper only) names the period too.
  const printed = await browser.execute(() => document.querySelector('[data-testid="chart-print-filters"]').textContent);
  assert.match(printed, /2016/);
  await pause(500);
  await screenshot(browser, "charts-period-after-reset");
});

test("the export command writes a PNG of the requested width, an SVG and a PDF page", async () => {
  const path = join(dirname(db), "chart.png");
  const written = await invoke("chart_export", {
    name: "actions-by-year",
    filter: { from: 2014, to: 2016 },
    format: "png",
    width: 2400,
    path,
  });
  assert.ok(existsSync(path), "the PNG exists");
  const bytes = readFileSync(path);
  assert.equal(written, bytes.length);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(bytes.subarray(12, 16).toString("ascii"), "IHDR");
  assert.equal(bytes.readUInt32BE(16), 2400);

  const svgPath = join(dirname(db), "chart.svg");
  await invoke("chart_export", { name: "actions-heatmap", filter: {}, format: "svg", width: 1200, path: svgPath });
  assert.match(readFileSync(svgPath, "utf8").slice(0, 200), /<svg/);

  // PDF: an A4 landscape page with the chart's title, its filters and the source line.
  const pdfPath = join(dirname(db), "chart.pdf");
  await invoke("chart_export", {
    name: "actions-by-year",
    filter: { from: 2014, to: 2016 },
    format: "pdf",
    width: 0,
    path: pdfPath,
  });
  const text = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" });
  assert.match(text, /Actions de coopération technique par année et par type/);
  assert.match(text, /2014–2016/);
  assert.match(text, /Source : CoopDesk/);
  const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
  assert.match(info, /Pages:\s+1\n/);
  assert.match(info, /841\.89 x 595\.27/);
});
