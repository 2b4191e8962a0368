// The SSI page in the real window: add a country not yet covered, then try one that
// another open SSI already covers and read the core's refusal naming that SSI.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, textOf, normalise, screenshot as save } from "./harness.mjs";

// WebKitGTK under Xvfb can hand back the previous frame: let the page paint first.
async function screenshot(browser, name) {
  await browser.pause(500);
  await save(browser, name);
}

let browser;
const db = freshDb();

before(async () => {
  browser = await openApp(db);
});

after(async () => {
  await browser?.deleteSession();
});

const $ = (id) => browser.$(`[data-testid="${id}"]`);

async function state() {
  const [ssis, countries] = await browser.execute(async () => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    return [await invoke("ssi_list"), await invoke("countries")];
  });
  return { ssis, countries };
}

async function pickCountry(name) {
  const input = await $("coverage-input");
  await input.setValue(name);
  const option = await browser.$(`[data-testid="coverage-option"]`);
  await option.waitForDisplayed({ timeout: 10000 });
  await option.click();
  await (await $("coverage-add")).click();
}

test("the SSI page adds a free country and refuses one covered by another open SSI", async () => {
  await (await $("nav-ssi")).click();
  await (await $("ssi-row")).waitForDisplayed({ timeout: 30000 });
  const { ssis, countries } = await state();
  const open = ssis.filter((s) => s.open);
  const covered = new Set(open.flatMap((s) => s.covered_countries));
  const target = open[0];
  const other = open.find((s) => s.id !== target.id && s.covered_countries.some((c) => c !== s.residence_country));
  // A country nobody covers (the demo network covers 158 of them, so there are many left).
  const free = countries.find((c) => !covered.has(c.alpha2) && c.continent !== "antarctica" && !/[\s'-]/.test(c.name_fr));
  const taken = other.covered_countries.find((c) => c !== other.residence_country);
  const takenName = countries.find((c) => c.alpha2 === taken).name_fr;
  assert.ok(free, "a country no open SSI covers");

  // Open the page from the list: focus the row, press Enter.
  const row = await browser.$(`[data-testid="ssi-row"][data-id="${target.id}"]`);
  await browser.execute((el) => el.focus(), row);
  await browser.keys("Enter");
  await browser.waitUntil(async () => (await textOf(browser, "ssi-page-code")) === target.code, { timeout: 10000 });
  assert.match(await browser.getUrl(), new RegExp(`#/ssi/${target.id}$`));
  const before = (await browser.$$('[data-testid="coverage-item"]')).length;
  assert.equal(before, target.covered_count);

  await pickCountry(free.name_fr);
  const added = await browser.$(`[data-testid="coverage-item"][data-code="${free.alpha2}"]`);
  await added.waitForDisplayed({ timeout: 10000 });
  assert.equal((await browser.$$('[data-testid="coverage-item"]')).length, before + 1);
  assert.equal(normalise(await added.getText()).startsWith(free.name_fr), true);
  await screenshot(browser, "ssi-page");

  await pickCountry(takenName);
  const message = await textOf(browser, "coverage-error");
  assert.ok(message.includes(other.code), `the refusal names ${other.code}: ${message}`);
  assert.match(message, /déjà couvert/);
  assert.equal((await browser.$$('[data-testid="coverage-item"]')).length, before + 1, "nothing added");
  await screenshot(browser, "ssi-coverage-refused");

  // The core agrees: the free country is now covered by the target SSI only.
  const after = (await state()).ssis.find((s) => s.id === target.id);
  assert.ok(after.covered_countries.includes(free.alpha2));
  assert.ok(!after.covered_countries.includes(taken));
});

test("a coverage change is undone from its notice, and an earlier coverage comes back from the history", async () => {
  const id = Number((await browser.getUrl()).split("/").pop());
  const { ssis, countries } = await state();
  const covered = new Set(ssis.filter((s) => s.open).flatMap((s) => s.covered_countries));
  const target = ssis.find((s) => s.id === id);
  const free = countries.filter((c) => !covered.has(c.alpha2) && c.continent !== "antarctica" && !/[\s'-]/.test(c.name_fr))[0];
  const items = async () => (await browser.$$('[data-testid="coverage-item"]')).length;
  const before = await items();

  await pickCountry(free.name_fr);
  assert.equal(await textOf(browser, "undo-message"), `${free.name_fr} ajouté à la couverture.`);
  await browser.waitUntil(async () => (await items()) === before + 1, { timeout: 10000 });
  await screenshot(browser, "ssi-coverage-undo");
  await (await $("undo-button")).click();
  await browser.waitUntil(async () => (await items()) === before, { timeout: 10000, timeoutMsg: "the country is gone again" });
  assert.ok(!(await state()).ssis.find((s) => s.id === id).covered_countries.includes(free.alpha2));

  // The history: back to the coverage as it was before the first test added a country.
  await (await $("history-toggle")).click();
  const entries = () => browser.$$('[data-testid="history-entry"]');
  // Newest first: the undo (a deletion), the addition it undid, the first test's addition.
  await browser.waitUntil(async () => (await entries()).length > 3, { timeout: 20000 });
  const shown = await entries();
  assert.deepEqual(
    await Promise.all(shown.slice(0, 3).map((e) => e.getAttribute("data-action"))),
    ["delete", "insert", "insert"],
  );
  const older = await shown[3].$('[data-testid="history-revert"]');
  assert.match(normalise(await older.getText()), /Rétablir cette version/);
  await older.click();
  await (await $("confirm-ok")).click();
  await browser.waitUntil(async () => (await items()) === target.covered_count - 1, {
    timeout: 10000,
    timeoutMsg: "the coverage of that version, without the first test's country",
  });
  await screenshot(browser, "ssi-history-reverted");
  const now = (await state()).ssis.find((s) => s.id === id);
  assert.equal(now.covered_count, target.covered_count - 1);
});

test("the SSI post is edited from its page: its city changes, its coverage stays", async () => {
  const id = Number((await browser.getUrl()).split("/").pop());
  const covered = (await browser.$$('[data-testid="coverage-item"]')).length;
  const cityOf = async () => (await state()).ssis.find((s) => s.id === id).city;
  const city = await cityOf();
  await (await $("ssi-edit")).click();
  const input = await $("ssi-form-city");
  await browser.waitUntil(async () => (await input.getValue()) === city, { timeout: 10000 });
  await input.setValue(`${city}-Centre`);
  await screenshot(browser, "ssi-edit-form");
  await (await $("ssi-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  await browser.waitUntil(async () => (await cityOf()) === `${city}-Centre`, { timeout: 10000 });
  assert.ok(normalise(await (await $("ssi-page")).getText()).includes(`${city}-Centre`), "the page shows the new city");
  assert.equal((await browser.$$('[data-testid="coverage-item"]')).length, covered, "the coverage stays");
  // A closing date before the opening is refused next to its field, nothing changes.
  await (await $("ssi-edit")).click();
  await (await $("ssi-form-closed")).waitForDisplayed({ timeout: 10000 });
  await (await $("ssi-form-closed")).setValue("01/01/1990");
  await (await $("ssi-save")).click();
  assert.match(await textOf(browser, "field-error-closed_on"), /01\/01\/1990/);
  await (await $("form-cancel")).click();
  await (await $("confirm-ok")).click();
  assert.equal(await cityOf(), `${city}-Centre`);
});

test("the agents tab lists agents and shows a posting history", async () => {
  await (await $("ssi-back")).click();
  await (await $("tab-agents")).click();
  const row = await browser.$('[data-testid="agent-row"] td');
  await row.waitForDisplayed({ timeout: 10000 });
  await row.click();
  await browser.waitUntil(async () => (await (await $("agent-history")).getText()).includes("/"), { timeout: 10000 });
  await screenshot(browser, "ssi-agents");
});

test("the operational screen lists cases with their totals", async () => {
  await (await $("nav-operational")).click();
  const count = Number((await textOf(browser, "cases-total-count")).replace(/ /g, ""));
  assert.ok(count > 0);
  await screenshot(browser, "operational");
  await (await $("case-new")).click();
  await (await $("case-reference")).waitForDisplayed({ timeout: 10000 });
  await (await $("case-persons_located")).setValue("1");
  await (await $("case-arrest_warrants")).setValue("3");
  await (await $("case-reference")).setValue("OP-E2E-1");
  await (await $("case-save")).click();
  const message = await textOf(browser, "field-error-arrest_warrants");
  assert.match(message, /ne peuvent dépasser/);
  await screenshot(browser, "operational-form-invalid");
  await (await $("form-cancel")).click();
  await (await $("confirm-ok")).click();
});
