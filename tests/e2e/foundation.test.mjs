// The real application on a fresh database: demo data, the 2016 figures on the dashboard,
// the SSI registry on the network screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshDb, openApp, textOf, normalise, screenshot, screenshotDir } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));

let browser;
const db = freshDb();

before(async () => {
  browser = await openApp(db, { create: true });
});

after(async () => {
  await browser?.deleteSession();
});

test("the dashboard shows the public 2016 figures read from the demo database", async () => {
  const select = await browser.$('[data-testid="year-select"]');
  await select.waitForDisplayed({ timeout: 30000 });
  // Default: the latest year with data.
  await browser.waitUntil(async () => (await select.getValue()) === "2025", { timeout: 20000 });
  // Keyboard type-ahead on the focused list, as a user would; clicking would open
  // WebKitGTK's native popup, which blocks screenshots under Xvfb.
  await browser.execute((el) => el.focus(), select);
  await browser.keys(["2", "0", "1", "6"]);
  await browser.waitUntil(async () => (await textOf(browser, "kpi-technical_actions")) === "2 160", {
    timeout: 20000,
    timeoutMsg: "2 160 actions expected for 2016",
  });
  assert.equal(await textOf(browser, "kpi-ssi_count"), "74");
  assert.equal(await textOf(browser, "kpi-countries_covered"), "158");
  assert.equal(await textOf(browser, "kpi-persons_located"), "1 600");
  assert.equal(await textOf(browser, "kpi-arrest_warrants"), "347");
  assert.equal(await textOf(browser, "kpi-trainees"), "100");
  assert.equal(await textOf(browser, "kpi-trainee_states"), "20");
  await screenshot(browser, "dashboard-2016");
  // The README shows today's dashboard: taken again once both charts are drawn.
  for (const chart of ["dashboard-chart-countries-svg", "dashboard-chart-operational-svg"]) {
    await browser.waitUntil(async () => (await browser.$(`[data-testid="${chart}"] svg`)).isExisting(), {
      timeout: 30000,
      timeoutMsg: `${chart} not drawn`,
    });
  }
  await browser.waitUntil(async () => !(await browser.$('[data-testid$="-loading"]').isExisting()), {
    timeout: 30000,
  });
  await screenshot(browser, "dashboard-2016-charts");
  copyFileSync(join(screenshotDir, "dashboard-2016-charts.png"), join(here, "../../docs/screenshots/dashboard.png"));
});

test("the network screen lists every SSI of the database", async () => {
  await (await browser.$('[data-testid="nav-ssi"]')).click();
  const count = Number(await textOf(browser, "ssi-count"));
  const rows = await browser.$$('[data-testid="ssi-row"]');
  const cli = JSON.parse(
    execFileSync(process.env.COOPDESK_CLI, ["--db", db, "ssi", "list"], { encoding: "utf8" }),
  );
  assert.equal(count, cli.length);
  assert.equal(rows.length, cli.length);
  assert.ok(count >= 74, `at least the 74 SSIs of 2016, got ${count}`);
  const title = normalise(await (await browser.$('[data-testid="area-title"]')).getText());
  assert.equal(title, "Réseau SSI");
  await screenshot(browser, "ssi");
});
