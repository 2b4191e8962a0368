// Trust in the records in the real window: a deleted action comes back with « Annuler »
// on the notice, an edit is undone with Ctrl+Z; once 2016 is closed from « Rapports », an
// edit of a 2016 action is refused at its date with the year named, and reopening asks why.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, textOf, normalise, settledScreenshot as screenshot, invokeIn, chooseIn } from "./harness.mjs";

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

const invoke = (cmd, args) => invokeIn(browser, cmd, args);

const choose = (id, value) => chooseIn(browser, id, value);

/** The first demo action whose start date is in `year` (ids follow the dates). */
async function actionOf(year) {
  for (let id = 1; id < 40000; id += 97) {
    const action = await invoke("action", { id }).catch(() => null);
    if (action?.start_date?.startsWith(String(year))) return { id, ...action };
  }
  throw new Error(`no action in ${year}`);
}

const rows = () => browser.$$('[data-testid="action-row"]');

async function showOnly(reference, count = 1) {
  const filter = await $("filter-text");
  await filter.setValue(reference);
  // The old list stays until the new filter's page is in: wait for the reference itself.
  await browser.waitUntil(async () => {
    const shown = await rows();
    return shown.length === count && (count === 0 || (await shown[0].getAttribute("data-reference")) === reference);
  }, {
    timeout: 20000,
    timeoutMsg: `${count} row(s) for ${reference}`,
  });
}

async function openForm() {
  await (await browser.$('[data-testid="action-row"] td:nth-child(2)')).click();
  await browser.keys("Enter");
  await (await $("form-title")).waitForDisplayed({ timeout: 10000 });
}

test("a deleted action comes back with « Annuler », and Ctrl+Z undoes an edit", async () => {
  const action = await actionOf(2020);
  await (await $("nav-technical")).click();
  await showOnly(action.reference);
  await (await browser.$('[data-testid="action-row"] td:nth-child(2)')).click();
  await (await $("action-delete")).click();
  await (await $("confirm-ok")).click();
  await browser.waitUntil(async () => (await rows()).length === 0, { timeout: 20000, timeoutMsg: "deleted" });
  assert.equal(await textOf(browser, "undo-message"), "Action supprimée.");
  await screenshot(browser, "undo-notice");
  await (await $("undo-button")).click();
  assert.equal(await textOf(browser, "undo-done"), "Modification annulée.");
  await browser.waitUntil(async () => (await rows()).length === 1, { timeout: 20000, timeoutMsg: "back in the list" });

  await openForm();
  const title = await $("form-title");
  await browser.waitUntil(async () => (await title.getValue()) === action.title, { timeout: 10000 });
  await title.setValue("Intitulé à annuler");
  await (await $("action-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  assert.equal(await textOf(browser, "undo-message"), "Modifications de l'action enregistrées.");
  // Ctrl+Z from the list (in a text field it would undo the typing instead).
  await (await browser.$('[data-testid="action-row"] td:nth-child(2)')).click();
  await browser.keys(["Control", "z"]);
  assert.equal(await textOf(browser, "undo-done"), "Modification annulée.");
  const back = await invoke("action", { id: action.id });
  assert.equal(back.title, action.title, "the title is the one before the edit");
});

test("once 2016 is closed, an edit of a 2016 action is refused at its date; reopening asks why", async () => {
  await (await $("nav-reports")).click();
  await choose("report-year", "2016");
  assert.match(normalise(await textOf(browser, "year-state")), /L'année 2016 est ouverte/);
  await (await $("year-close")).click();
  assert.match(await textOf(browser, "confirm-message"), /Clôturer l'année 2016/);
  await (await $("confirm-ok")).click();
  await browser.waitUntil(async () => /clôturée/.test(await (await $("year-state")).getText()), {
    timeout: 20000,
    timeoutMsg: "2016 shown closed",
  });
  await screenshot(browser, "year-closed");

  const action = await actionOf(2016);
  await (await $("nav-technical")).click();
  await showOnly(action.reference);
  await openForm();
  const title = await $("form-title");
  await browser.waitUntil(async () => (await title.getValue()) === action.title, { timeout: 10000 });
  await title.setValue("Modifiée après l'envoi du rapport");
  await (await $("action-save")).click();
  const error = await textOf(browser, "field-error-start_date");
  assert.match(normalise(error), /L'année 2016 est clôturée/);
  await screenshot(browser, "year-closed-refusal");
  // The typed title is not saved: the form asks before dropping it.
  await (await $("form-cancel")).click();
  await (await $("confirm-ok")).click();
  assert.equal((await invoke("action", { id: action.id })).title, action.title, "nothing saved");

  await (await $("nav-reports")).click();
  await choose("report-year", "2016");
  await (await $("year-reopen")).click();
  await (await $("year-reopen-submit")).click();
  assert.match(normalise(await textOf(browser, "year-reopen-error")), /obligatoire/i);
  await (await $("year-reopen-reason")).setValue("Erratum demandé par la direction");
  await (await $("year-reopen-submit")).click();
  await browser.waitUntil(async () => /ouverte/.test(await (await $("year-state")).getText()), {
    timeout: 20000,
    timeoutMsg: "2016 open again",
  });
});
