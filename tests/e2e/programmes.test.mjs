// Programmes in the real window: a programme's budget year by year, edited in place, and
// the way through to its actions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, textOf, normalise } from "./harness.mjs";

let browser;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

test("a programme's yearly budget is edited and its actions are listed", async () => {
  await (await $("nav-technical")).click();
  await (await $("tab-programmes")).click();
  await (await $("programme-row")).waitForDisplayed({ timeout: 20000 });
  // A table row itself is not clickable for WebDriver: its first cell is.
  await (await browser.$('[data-testid="programme-row"] td')).click();
  const years = await $("programme-years");
  await years.waitForDisplayed({ timeout: 10000 });
  const first = await browser.$('[data-testid="programme-year"] button');
  await first.click();
  const input = await $("programme-budget-input");
  await input.setValue("12 500,50");
  await (await $("programme-budget-save")).click();
  await browser.waitUntil(
    async () => normalise(await (await browser.$('[data-testid="programme-year"]')).getText()).includes("12 500,50 €"),
    { timeout: 10000, timeoutMsg: "the new budget is shown" },
  );
  await (await $("programme-actions")).click();
  const total = await textOf(browser, "actions-total-count");
  assert.ok(Number(total.replace(/\s/g, "")) > 0, `actions of the programme: ${total}`);
});
