// Technical cooperation in the real window: the form refuses an invalid value with the
// core's French message next to the field and saves nothing; then create, find, edit, delete.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chooseIn, freshDb, invokeIn, openApp, textOf, normalise, screenshot as save } from "./harness.mjs";

// WebKitGTK under Xvfb can hand back the previous frame: let the page paint first.
async function screenshot(browser, name) {
  await browser.pause(500);
  await save(browser, name);
}

let browser;
const db = freshDb();
const reference = `E2E-${Date.now().toString(36).toUpperCase()}`;

before(async () => {
  browser = await openApp(db);
});

after(async () => {
  await browser?.deleteSession();
});

const $ = (id) => browser.$(`[data-testid="${id}"]`);

async function total() {
  return textOf(browser, "actions-total-count");
}

/** What the core itself says about the reference (not what the screen shows). */
async function coreCount(text) {
  return browser.execute(async (text) => {
    const page = await window.__TAURI_INTERNALS__.invoke("actions", {
      filter: { text },
      sort: { column: "reference", descending: false },
      offset: 0,
      limit: 10,
    });
    return page.total_count;
  }, text);
}

async function waitTotal(expected) {
  await browser.waitUntil(async () => (await total()) === expected, {
    timeout: 20000,
    timeoutMsg: `total ${expected} expected, got ${await total()}`,
  });
}

test("the actions screen lists the demo actions, paged and virtualised", async () => {
  await (await $("nav-technical")).click();
  const count = Number((await total()).replace(/ /g, ""));
  assert.ok(count > 2160, `more than the 2 160 actions of 2016 over every year, got ${count}`);
  const rendered = await browser.$$('[data-testid="action-row"]');
  assert.ok(rendered.length > 5 && rendered.length < 120, `only the visible rows are rendered (${rendered.length})`);
  await screenshot(browser, "technical-actions");
});

test("create (invalid first), find, edit and delete an action", async () => {
  await (await $("filter-text")).setValue(reference);
  await waitTotal("0");

  await (await $("action-new")).click();
  await (await $("form-reference")).waitForDisplayed({ timeout: 10000 });
  // The next free reference of the SSI and year is offered, and followed when the SSI changes.
  const suggestedRef = () => browser.execute(() => document.querySelector('[data-testid="form-reference"]').value);
  await browser.waitUntil(async () => /^TA-[A-Z]{3}-\d{4}-\d{3}$/.test(await suggestedRef()), {
    timeout: 10000,
    timeoutMsg: "a reference is suggested",
  });
  const first = await suggestedRef();
  const year = Number(first.split("-")[2]);
  const ssiId = Number(await browser.execute(() => document.querySelector('[data-testid="form-ssi_id"]').value));
  assert.equal(first, await invokeIn(browser, "action_next_reference", { ssiId, year }));
  const ssis = await invokeIn(browser, "ssi_list");
  const other = ssis.find((s) => s.open && s.id !== ssiId);
  await chooseIn(browser, "form-ssi_id", String(other.id));
  await browser.waitUntil(async () => (await suggestedRef()).startsWith(`TA-${other.code}-${year}-`), {
    timeout: 10000,
    timeoutMsg: `the reference follows the SSI ${other.code}`,
  });
  await screenshot(browser, "technical-form-new");
  await (await $("form-reference")).setValue(reference);
  await (await $("form-title")).setValue("Formation à la détection des faux documents");
  await (await $("form-participants")).setValue("-5");
  await (await $("form-cost_cents")).setValue("-1500");
  await (await $("form-start_date")).setValue("10/03/2016");
  await (await $("form-end_date")).setValue("01/03/2016");
  await (await $("action-save")).click();

  // Every refused field at once, the amount in euros.
  assert.match(await textOf(browser, "field-error-participants"), /ne peut pas être négative/);
  assert.match(normalise(await textOf(browser, "field-error-cost_cents")), /ne peut pas être négatif \(-1 500,00 €\)/);
  assert.match(normalise(await textOf(browser, "field-error-end_date")), /01\/03\/2016/);
  await screenshot(browser, "technical-form-invalid");
  assert.equal(await coreCount(reference), 0, "nothing saved");
  assert.equal(await total(), "0");

  await (await $("form-participants")).setValue("12");
  await (await $("form-cost_cents")).setValue("12 500,50");
  await (await $("form-end_date")).setValue("12/03/2016");
  await (await $("action-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  await waitTotal("1");
  assert.equal(await coreCount(reference), 1);
  assert.equal(normalise(await (await $("actions-total-cost")).getText()), "12 500,50 €");
  assert.equal(normalise(await (await $("actions-total-participants")).getText()), "12");

  // Edit: select the row with a click, then Enter (the keyboard path; double-click does the same).
  const cell = await browser.$('[data-testid="action-row"] td:nth-child(2)');
  await cell.click();
  await browser.keys("Enter");
  const title = await $("form-title");
  await title.waitForDisplayed({ timeout: 10000 });
  await browser.waitUntil(async () => (await title.getValue()).startsWith("Formation"), { timeout: 10000 });
  await title.setValue("Formation révisée à la détection des faux documents");
  await screenshot(browser, "technical-form-edit");
  await (await $("action-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  const shownTitle = () =>
    browser.execute(() => document.querySelector('[data-testid="action-title"]')?.textContent ?? "");
  await browser.waitUntil(
    async () => (await shownTitle()) === "Formation révisée à la détection des faux documents",
    { timeout: 10000, timeoutMsg: "the new title is shown" },
  ).catch(async (error) => {
    await screenshot(browser, "technical-found-failed");
    throw new Error(`${error.message}: "${await shownTitle()}"`);
  });
  await screenshot(browser, "technical-found");

  // Delete with confirmation.
  await (await browser.$('[data-testid="action-row"] td:nth-child(2)')).click();
  await (await $("action-delete")).click();
  const confirm = await textOf(browser, "confirm-message");
  assert.match(confirm, /Supprimer cette action/);
  await screenshot(browser, "technical-confirm-delete");
  await (await $("confirm-ok")).click();
  await waitTotal("0");
  assert.equal(await coreCount(reference), 0);
});

test("the programmes and reference lists open", async () => {
  await (await $("filter-reset")).click();
  await (await $("tab-programmes")).click();
  await (await $("programme-row")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "technical-programmes");
  await (await $("tab-references")).click();
  await (await $("ref-row")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "technical-references");
  await (await $("tab-actions")).click();
});
