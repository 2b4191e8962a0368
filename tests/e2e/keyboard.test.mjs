// The keyboard as a desk officer uses it: Alt+digit lands on the page's title with a visible
// ring, ↑/↓ in the sidebar show where the focus is, the actions table moves its cursor with
// ↓/↑ and opens the row with Enter, and Escape closes a document preview.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, settledScreenshot as screenshot } from "./harness.mjs";

let browser;
const db = freshDb();

before(async () => {
  browser = await openApp(db);
});

after(async () => {
  await browser?.deleteSession();
});

const $ = (id) => browser.$(`[data-testid="${id}"]`);

/** The focused element's test id and whether a ring is drawn around it. */
const focused = () =>
  browser.execute(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { testid: el?.dataset?.testid ?? el?.tagName, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 };
  });

test("Alt+digit focuses the page's title and the sidebar's arrows show the focus", async () => {
  await browser.keys(["Alt", "3"]);
  await browser.waitUntil(async () => (await focused()).testid === "area-title", { timeout: 10000 });
  assert.deepEqual(await focused(), { testid: "area-title", ring: true });
  await screenshot(browser, "keyboard-heading-focus");

  await browser.execute(() => document.querySelector('[data-testid="nav-dashboard"]').focus());
  await browser.keys("ArrowDown");
  await browser.waitUntil(async () => (await focused()).testid === "nav-ssi", { timeout: 10000 });
  assert.deepEqual(await focused(), { testid: "nav-ssi", ring: true });
  await screenshot(browser, "keyboard-sidebar-focus");
});

test("the actions table moves its cursor with ↓ and ↑ and opens the row with Enter", async () => {
  await browser.execute(() => (window.location.hash = "#/technical"));
  await (await $("tab-actions")).click();
  await (await browser.$('[data-testid="action-row"]')).waitForDisplayed({ timeout: 20000 });
  const activeRef = () =>
    browser.execute(() => document.querySelector('[data-testid="action-row"].active')?.dataset.reference ?? null);
  const refs = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="action-row"]')].slice(0, 4).map((r) => r.dataset.reference),
  );
  await (await browser.$('[data-testid="action-row"] td:nth-child(3)')).click();
  assert.equal(await activeRef(), refs[0]);
  const scrolled = () => browser.execute(() => document.querySelector(".scroller").scrollTop);
  // One key per call: an array is pressed as a chord.
  for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowUp"]) await browser.keys(key);
  await browser.waitUntil(async () => (await activeRef()) === refs[2], {
    timeout: 10000,
    timeoutMsg: `the cursor is on the third row (${refs[2]}), not ${await activeRef()}`,
  });
  assert.equal(await scrolled(), 0, "the arrows moved the cursor, not the list");
  await screenshot(browser, "keyboard-actions-cursor");
  await browser.keys("Enter");
  const reference = await $("form-reference");
  await reference.waitForDisplayed({ timeout: 10000 });
  await browser.waitUntil(async () => (await reference.getValue()) === refs[2], { timeout: 10000 });
  await browser.keys("Escape");
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  // Tabbed onto a sort button of the header, the arrows still move the cursor.
  await browser.execute(() => document.querySelector('[data-testid="actions-table"] thead button').focus());
  await browser.keys("ArrowDown");
  await browser.waitUntil(async () => (await activeRef()) === refs[3], {
    timeout: 10000,
    timeoutMsg: "↓ on the header moves the cursor",
  });
  await browser.keys("ArrowUp");
  await browser.waitUntil(async () => (await activeRef()) === refs[2], { timeout: 10000 });
});

test("Escape closes the report's preview", async () => {
  await browser.execute(() => (window.location.hash = "#/reports"));
  await (await $("report-form")).waitForDisplayed({ timeout: 20000 });
  // 2016, the lightest annual report of the demo: the window waits for the core while it
  // lays a report out (#15), and WebDriver with it.
  await browser.waitUntil(async () => (await (await $("report-year")).getValue()) !== "", { timeout: 20000 });
  await browser.execute(() => {
    const select = document.querySelector('[data-testid="report-year"]');
    select.value = "2016";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await (await $("report-preview")).click();
  const page = await $("document-page");
  await page.waitForDisplayed({ timeout: 120000 });
  await browser.waitUntil(
    async () => (await (await $("report-document")).getAttribute("aria-busy")) !== "true",
    { timeout: 120000 },
  );
  await (await $("document-close")).waitForDisplayed({ timeout: 10000 });
  await browser.execute(() => document.activeElement?.blur());
  await browser.keys("Escape");
  await (await $("report-empty")).waitForDisplayed({ timeout: 10000 });
  assert.equal(await (await $("report-document")).isExisting(), false);
});
