// Personal-data rights in the real window: a 2016 trainee's data are exported as JSON from
// their page, then the trainee is erased (confirmed); the page shows « [effacé] », the
// dashboard's 2016 figures are the same as before, and the name is gone from their journal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { freshDb, openApp, textOf, normalise, settledScreenshot as screenshot, invokeIn } from "./harness.mjs";

let browser;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const FIGURES = ["kpi-trainees", "kpi-trainee_states", "kpi-technical_actions", "kpi-persons_located"];

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

const invoke = (cmd, args) => invokeIn(browser, cmd, args);

async function figures2016() {
  await (await $("nav-dashboard")).click();
  await browser.execute(() => {
    const select = document.querySelector('[data-testid="year-select"]');
    select.value = "2016";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await browser.waitUntil(async () => (await textOf(browser, "kpi-technical_actions")) === "2 160", {
    timeout: 20000,
    timeoutMsg: "the 2016 figures",
  });
  const values = [];
  for (const id of FIGURES) values.push(await textOf(browser, id));
  return values;
}

test("a 2016 trainee's data are exported, then erased: the 2016 figures stay the same", async () => {
  const before = await figures2016();
  assert.deepEqual(before.slice(0, 2), ["100", "20"], "the public 2016 figures");

  // A trainee of 2016's sessions.
  const all = await invoke("trainees", { text: "", country: null, sessionId: null });
  let trainee;
  for (const t of all.filter((t) => t.sessions > 0)) {
    const detail = await invoke("trainee", { id: t.id });
    if (detail.history.some((s) => s.start_date.startsWith("2016"))) {
      trainee = t;
      break;
    }
  }
  assert.ok(trainee, "a 2016 trainee");

  await (await $("nav-trainees")).click();
  await browser.execute((id) => (window.location.hash = `#/trainees/${id}`), trainee.id);
  const exportButton = await $("trainee-export");
  await exportButton.waitForDisplayed({ timeout: 20000 });
  const out = join(dirname(db), "dossier.json");
  await browser.execute((path) => (window.__coopdeskSavePath = path), out);
  await exportButton.click();
  await textOf(browser, "trainee-export-done");
  const dossier = JSON.parse(readFileSync(out, "utf8"));
  assert.equal(dossier.trainee.trainee.last_name, trainee.last_name);
  assert.ok(dossier.journal.length > 0, "the journal entries about them");
  // The same dossier on one printed page, read back by pdfinfo and pdftotext.
  const sheet = join(dirname(db), "dossier.pdf");
  await browser.execute((path) => (window.__coopdeskSavePath = path), sheet);
  await (await $("trainee-export-pdf")).click();
  await browser.waitUntil(async () => (await textOf(browser, "trainee-export-done")).includes("dossier.pdf"), {
    timeout: 20000,
  });
  assert.match(execFileSync("pdfinfo", [sheet], { encoding: "utf8" }), /^Pages:\s+1$/m);
  const sheetText = execFileSync("pdftotext", [sheet, "-"], { encoding: "utf8" });
  assert.ok(sheetText.includes(trainee.last_name), "the name on the sheet");
  assert.match(sheetText, /Journal des modifications/);

  await (await $("trainee-erase")).click();
  assert.match(await textOf(browser, "confirm-message"), /irréversible/);
  await screenshot(browser, "trainee-erase-confirm");
  await (await $("confirm-ok")).click();
  assert.match(normalise(await textOf(browser, "trainee-erased")), /Identité effacée/);
  await screenshot(browser, "trainee-erased");
  const erased = await invoke("trainee", { id: trainee.id });
  assert.equal(erased.trainee.last_name, "[effacé]");

  assert.deepEqual(await figures2016(), before, "the dashboard's 2016 figures are unchanged");
  const history = JSON.stringify(await invoke("history", { kind: "trainee", id: trainee.id }));
  assert.ok(!history.includes(trainee.last_name), "the name is nowhere in their journal entries");
  assert.ok(!history.includes(trainee.first_name), "nor the first name");
});

test("Paramètres lists the trainees without activity for ten years, with erase", async () => {
  await (await $("nav-settings")).click();
  const section = await $("settings-privacy");
  await section.waitForDisplayed({ timeout: 20000 });
  assert.match(normalise(await textOf(browser, "review-count")), /sans activité depuis 10 ans/);
  assert.ok((await browser.$$('[data-testid="review-row"]')).length > 0);
  await section.scrollIntoView();
  await screenshot(browser, "settings-privacy-review");
});
