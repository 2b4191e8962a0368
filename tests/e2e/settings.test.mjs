// Paramètres in the real window: a copy of the database made now and listed with what it
// holds; then data changed; then that copy restored from the list, after the confirmation.
// The window reloads itself after a restore (ui/src/features/settings/reload.ts), so every
// screen, the dashboard and the technical actions here, shows the restored data again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { freshDb, openApp, textOf, normalise, settledScreenshot as screenshot } from "./harness.mjs";

let browser;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const french = (n) => normalise(new Intl.NumberFormat("fr-FR").format(n));

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

/** Runs a command of the core from the page, through the same bridge as the screens. */
function invoke(cmd, args = {}) {
  return browser.execute((cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);
}

/** The text of an element read in the page (never a stale element across the reload). */
async function pageText(id) {
  try {
    return normalise(
      await browser.execute((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? "", id),
    );
  } catch {
    return ""; // The page is reloading.
  }
}

/** The rows of the copies' list, each as the text of its cells. */
async function backupRows() {
  try {
    return await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="backup-row"]')].map((row) =>
        [...row.querySelectorAll("td")].map((td) => td.textContent.replace(/[\u202f\u00a0]/g, " ").trim()),
      ),
    );
  } catch {
    return [];
  }
}

async function openSettings() {
  await (await $("nav-settings")).click();
  await browser.waitUntil(
    async () =>
      (await browser.$('[data-testid="backups-empty"]').isExisting()) ||
      (await browser.$('[data-testid="backup-row"]').isExisting()),
    { timeout: 20000, timeoutMsg: "the list of copies is shown" },
  );
}

/** Every action, as the technical cooperation screen counts them. */
async function shownActions() {
  await (await $("nav-technical")).click();
  return Number((await textOf(browser, "actions-total-count")).replace(/ /g, ""));
}

/** Waits for the dashboard (on its default year) to show `expected` technical actions. */
async function dashboardShows(expected) {
  await (await $("nav-dashboard")).click();
  await browser.waitUntil(async () => (await textOf(browser, "kpi-technical_actions")) === french(expected), {
    timeout: 20000,
    timeoutMsg: `the dashboard shows ${french(expected)} actions, not ${await pageText("kpi-technical_actions")}`,
  });
}

let total;
let latest;
let actionsOfLatest;

test("a copy made now is listed with what it holds", async () => {
  total = await shownActions();
  assert.ok(total > 2160, `every demo action, got ${total}`);
  latest = (await invoke("year_list")).current;
  actionsOfLatest = (await invoke("kpis", { year: latest })).technical_actions;
  assert.ok(actionsOfLatest > 0, `actions in ${latest}`);

  await openSettings();
  assert.equal(normalise(await (await $("area-title")).getText()), "Paramètres");
  assert.ok((await textOf(browser, "settings-db-path")).endsWith("coopdesk.sqlite"));
  assert.ok((await textOf(browser, "settings-backup-dir")).endsWith("backups"));
  assert.match(await textOf(browser, "settings-schema"), /^version du schéma \d+$/);
  const before = (await backupRows()).length;

  await (await $("backup-now")).click();
  await browser.waitUntil(async () => (await backupRows()).length === before + 1, {
    timeout: 60000,
    timeoutMsg: "the new copy is listed",
  });
  assert.match(await textOf(browser, "settings-notice"), /Sauvegarde créée : .*\.sqlite/);
  const [date, size, , actions] = (await backupRows())[0];
  assert.match(date, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  assert.match(size, /^\d+(,\d)? Mo$/, `size in French: ${size}`);
  assert.equal(actions, french(total), "the copy holds every action");
  assert.equal(await (await $("backup-now")).isEnabled(), true, "enabled again once done");
  await screenshot(browser, "settings");
});

test("after a change, restoring the copy brings its data back on every screen", async () => {
  // The change: a few actions of the dashboard's year deleted through the core (done ones:
  // the dashboard counts every action but the cancelled).
  const page = await invoke("actions", {
    filter: { year: latest, status: "done" },
    sort: { column: "reference", descending: false },
    offset: 0,
    limit: 5,
  });
  const ids = page.rows.map((row) => row.id);
  assert.ok(ids.length > 0, `actions of ${latest} to delete`);
  assert.equal(await invoke("actions_delete", { ids }), ids.length);
  const changed = (await invoke("kpis", { year: latest })).technical_actions;
  assert.equal(changed, actionsOfLatest - ids.length, `fewer actions in ${latest}`);
  assert.equal(await shownActions(), total - ids.length);
  await dashboardShows(changed);

  await openSettings();
  await (await browser.$('[data-testid="backup-row"] [data-testid="backup-restore"]')).click();
  const question = await textOf(browser, "confirm-message");
  assert.match(question, /^Restaurer la sauvegarde du \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \?/);
  assert.ok(question.includes(`${french(total)} actions`), `the copy's content: ${question}`);
  assert.match(question, /Les données actuelles seront remplacées/);
  assert.match(question, /conservées dans une copie « avant restauration »/);

  // Marks this page: the mark is gone once the window has reloaded.
  await browser.execute(() => (window.__coopdeskBeforeRestore = true));
  await (await $("confirm-ok")).click();
  await browser.waitUntil(
    async () => {
      try {
        const reloaded = await browser.execute(() => window.__coopdeskBeforeRestore === undefined);
        return reloaded && (await pageText("settings-notice")).includes("Données restaurées depuis la sauvegarde du");
      } catch {
        return false; // The page is reloading.
      }
    },
    { timeout: 60000, timeoutMsg: "the window reloads and says the data was restored" },
  );
  await browser.waitUntil(async () => (await backupRows()).length > 0, { timeout: 20000 });
  const rows = await backupRows();
  // The newest copy is the data as it was before the restore, kept first.
  assert.equal(rows[0][3], french(total - ids.length), "the copy made before the restore");
  assert.equal(normalise(await (await $("area-title")).getText()), "Paramètres");
  await screenshot(browser, "settings-restored");

  assert.equal((await invoke("kpis", { year: latest })).technical_actions, actionsOfLatest);
  assert.equal(await shownActions(), total);
  await dashboardShows(actionsOfLatest);
});

test("Paramètres closes a year and says which CoopDesk this is (À propos)", async () => {
  await openSettings();
  const about = await $("about");
  await about.scrollIntoView();
  await about.waitForDisplayed({ timeout: 20000 });
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  const version = cargo.match(/^version = "([^"]+)"/m)[1];
  assert.equal(await textOf(browser, "about-version"), `CoopDesk ${version}`);
  assert.equal(await textOf(browser, "about-licence"), "EUPL-1.2");
  assert.match(normalise(await textOf(browser, "about-schema")), /^version \d+ — cette version de CoopDesk écrit la version \d+$/);
  const dataDir = await textOf(browser, "about-data-dir");
  assert.ok((await textOf(browser, "settings-db-path")).startsWith(dataDir), `${dataDir} holds the database`);
  assert.ok((await textOf(browser, "about-log-dir")).length > 0);

  // A year closed from here is listed with its state.
  const years = await $("closed-years-year");
  await years.scrollIntoView();
  const year = Number(await years.getValue());
  const row = () => browser.$(`[data-testid="closed-year-row"][data-year="${year}"]`);
  await (await $("year-close")).click();
  await (await $("confirm-ok")).click();
  await (await row()).waitForDisplayed({ timeout: 20000 });
  assert.match(normalise(await (await row()).getText()), new RegExp(`^${year}\\s*clôturée`));
  await screenshot(browser, "settings-about");
});
