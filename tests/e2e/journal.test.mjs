// The audit trail in the real window: an action edited in its form shows the change in its
// « Historique »; the earlier version is put back from there (confirmed) and the list shows
// the old title again; « Journal » lists the revert, filtered by kind, with each field.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, textOf, normalise, settledScreenshot as screenshot, invokeIn, chooseIn } from "./harness.mjs";

let browser;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const NEW_TITLE = "Intitulé modifié pour le journal";

before(async () => {
  browser = await openApp(db);
});

after(async () => {
  await browser?.deleteSession();
});

const invoke = (cmd, args) => invokeIn(browser, cmd, args);

const choose = (id, value) => chooseIn(browser, id, value);

async function openAction(reference) {
  await (await $("filter-text")).setValue(reference);
  await browser.waitUntil(async () => (await browser.$$('[data-testid="action-row"]')).length === 1, {
    timeout: 20000,
    timeoutMsg: `the action ${reference} alone is listed`,
  });
  await (await browser.$('[data-testid="action-row"] td:nth-child(2)')).click();
  await browser.keys("Enter");
  await (await $("form-title")).waitForDisplayed({ timeout: 10000 });
}

const shownTitle = () =>
  browser.execute(() => document.querySelector('[data-testid="action-title"]')?.textContent ?? "");

let original;

test("an edited action shows the change in its history, and its earlier version comes back", async () => {
  const action = await invoke("action", { id: 1 });
  original = action.title;
  await (await $("nav-technical")).click();
  await openAction(action.reference);
  const title = await $("form-title");
  await browser.waitUntil(async () => (await title.getValue()) === original, { timeout: 10000 });
  await title.setValue(NEW_TITLE);
  await (await $("action-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  await browser.waitUntil(async () => (await shownTitle()) === NEW_TITLE, { timeout: 10000 });

  await openAction(action.reference);
  await (await $("history-toggle")).click();
  const entries = () => browser.$$('[data-testid="history-entry"]');
  await browser.waitUntil(async () => (await entries()).length === 2, {
    timeout: 20000,
    timeoutMsg: "created, then changed",
  });
  const newest = (await entries())[0];
  assert.equal(await newest.getAttribute("data-action"), "update");
  const change = await newest.$('[data-testid="history-change"][data-field="title"]');
  assert.match(normalise(await change.getText()), new RegExp(NEW_TITLE));
  await screenshot(browser, "history-panel");

  await (await $("history-revert")).click();
  assert.match(await textOf(browser, "confirm-message"), /^Rétablir l'enregistrement/);
  await (await $("confirm-ok")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  await browser.waitUntil(async () => (await shownTitle()) === original, {
    timeout: 10000,
    timeoutMsg: "the list shows the title of the earlier version",
  });
  assert.equal((await invoke("action", { id: 1 })).title, original);
});

test("the journal lists the revert with each field, filtered by kind", async () => {
  await (await $("nav-journal")).click();
  await (await $("journal-table")).waitForDisplayed({ timeout: 20000 });
  await choose("journal-filter-kind", "technical_action");
  await choose("journal-filter-action", "update");
  await browser.waitUntil(async () => Number(await (await $("journal-total")).getAttribute("data-total")) === 2, {
    timeout: 20000,
    timeoutMsg: "the edit and the revert",
  });
  // The keyboard path: the first row focused, Enter opens its detail.
  const first = await browser.$('[data-testid="journal-row"]');
  await browser.execute((el) => el.focus(), first);
  await browser.keys("Enter");
  const detail = await $("journal-detail");
  await detail.waitForDisplayed({ timeout: 10000 });
  const change = await detail.$('[data-testid="journal-change"][data-field="title"]');
  const text = normalise(await change.getText());
  assert.ok(text.includes(NEW_TITLE) && text.includes(original), text);
  await screenshot(browser, "journal");
});
