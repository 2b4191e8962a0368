// Spreadsheet import in the real window: a file with bad rows shows each error at its line
// and column and changes nothing; the corrected file adds its ten actions; importing it again
// creates none. The native open dialog cannot be driven through WebDriver (nor Tauri's IPC
// patched from the page), so the test sets the file's path in the page's one-shot hook
// (`window.__coopdeskImportPath`, see ui/src/features/import/steps.ts) before clicking
// "Choisir un fichier…"; detection, dry run and import then run for real in the core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshDb, openApp, textOf, normalise, settledScreenshot as screenshot } from "./harness.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../src-tauri/core/tests/fixtures/import");

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

async function total() {
  return Number((await textOf(browser, "actions-total-count")).replace(/ /g, ""));
}

/** Opens the import dialog on `file` up to the mapping step; returns what runs the dry run. */
async function checkFile(file) {
  const path = file.startsWith("/") ? file : join(fixtures, file);
  await browser.execute((path) => (window.__coopdeskImportPath = path), path);
  await (await $("import-open")).click();
  await (await $("import-pick")).click();
  await (await $("import-mapping")).waitForDisplayed({ timeout: 20000 });
  return async () => {
    await (await $("import-check")).click();
    await (await $("import-counts")).waitForDisplayed({ timeout: 60000 });
  };
}

async function closeDialog() {
  await browser.keys("Escape");
  await (await $("import-dialog")).waitForDisplayed({ reverse: true, timeout: 10000 });
}

test("bad rows are shown at their line and column, and nothing is imported", async () => {
  await (await $("nav-technical")).click();
  const before = await total();

  const check = await checkFile("actions-errors.xlsx");
  const columns = await browser.$$('[data-testid="import-column"]');
  assert.equal(columns.length, 14, "every column of the file is listed");
  const unknown = await browser.$$('[data-testid="import-unknown"]');
  assert.equal(unknown.length, 1, "« Couleur » is flagged as not recognised");
  await screenshot(browser, "import-mapping");

  await check();
  const rows = await browser.$$('[data-testid="import-error"]');
  const cells = [];
  for (const row of rows) {
    const tds = await row.$$("td");
    cells.push(await Promise.all([0, 1, 2].map(async (i) => normalise(await tds[i].getText()))));
  }
  assert.deepEqual(cells, [
    ["7", "Pays", "Atlantide"],
    ["8", "Date de fin", "10/05/2024"],
    ["9", "Participants", "douze"],
    ["10", "Référence", "IMP-2024-002"],
    ["11", "Intitulé", "(vide)"],
  ]);
  const message = normalise(await (await rows[1].$$("td"))[3].getText());
  assert.equal(message, "La date de fin (10/05/2024) précède la date de début (13/05/2024).");
  assert.equal(await (await $("import-commit")).isEnabled(), false, "no import while a row is wrong");
  await screenshot(browser, "import-report-errors");

  await closeDialog();
  assert.equal(await total(), before, "nothing changed");
});

test("the corrected file adds its ten actions; importing it again creates none", async () => {
  const before = await total();
  const check = await checkFile("actions-corrected.xlsx");
  await check();
  assert.equal(await textOf(browser, "import-count-create"), "10");
  const commit = await $("import-commit");
  assert.equal(normalise(await commit.getText()), "Importer 10 lignes");
  await commit.click();
  const done = await textOf(browser, "import-done", 60000);
  assert.match(done, /10 créée\(s\), 0 mise\(s\) à jour/);
  await screenshot(browser, "import-done");
  await (await $("import-close")).click();
  await browser.waitUntil(async () => (await total()) === before + 10, {
    timeout: 20000,
    timeoutMsg: `total ${before + 10} expected`,
  });

  const again = await checkFile("actions-corrected.csv");
  await again();
  assert.equal(await textOf(browser, "import-count-create"), "0");
  assert.equal(await textOf(browser, "import-count-unchanged"), "10");
  assert.match(await textOf(browser, "import-no-error"), /Rien à importer/);
  assert.equal(await (await $("import-commit")).isEnabled(), false);
  await screenshot(browser, "import-reimport");
  await closeDialog();
  assert.equal(await total(), before + 10, "no duplicate");
});

test("a large import shows its progress and can be cancelled, leaving nothing", async () => {
  const before = await total();
  const big = join(dirname(db), "actions-20000.csv");
  const lines = ["Référence;Intitulé;SSI;Pays;Type;Domaine;Date de début;Date de fin;Participants;Coût (€);Statut"];
  for (let i = 0; i < 20000; i++) {
    const n = String(i).padStart(5, "0");
    lines.push(`BIG-${n};Formation n° ${n};DAK;Sénégal;Formation;Terrorisme;02/03/2023;06/03/2023;12;1 500,00 €;Réalisée`);
  }
  writeFileSync(big, "\ufeff" + lines.join("\r\n"));

  const check = await checkFile(big);
  await check();
  assert.equal(await textOf(browser, "import-count-create"), "20 000");
  await (await $("import-commit")).click();
  const progress = await $("import-progress");
  await progress.waitForDisplayed({ timeout: 10000 });
  await browser.waitUntil(async () => Number(await (await progress.$("progress")).getAttribute("value")) > 0, {
    timeout: 20000,
    timeoutMsg: "the progress bar moves",
  });
  await screenshot(browser, "import-progress");
  await (await $("import-cancel")).click();
  assert.equal(await textOf(browser, "import-failure"), "Import annulé : rien n'a été enregistré.");
  await closeDialog();
  assert.equal(await total(), before, "nothing of the cancelled import was kept");
});

test("« Annuler cet import » in the journal takes the ten imported actions back", async () => {
  const before = await total();
  await (await $("nav-journal")).click();
  const rows = () => browser.$$('[data-testid="journal-row"]');
  await browser.waitUntil(async () => (await rows()).length > 0, { timeout: 20000, timeoutMsg: "the journal lists entries" });
  // The newest entries are the corrected file's ten actions (the cancelled import left none).
  await browser.execute((el) => el.focus(), (await rows())[0]);
  await browser.keys("Enter");
  const undo = await $("journal-undo-import");
  await undo.waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "journal-undo-import");
  await undo.click();
  assert.match(await textOf(browser, "confirm-message"), /actions-corrected\.xlsx/);
  await (await $("confirm-ok")).click();
  assert.match(normalise(await textOf(browser, "journal-undo-done")), /Import annulé : 10 lignes rétablies/);
  await (await $("nav-technical")).click();
  await browser.waitUntil(async () => (await total()) === before - 10, {
    timeout: 20000,
    timeoutMsg: `total ${before - 10} expected after the undo`,
  });
});
