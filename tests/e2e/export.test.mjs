// Exports from the real window: the actions list filtered on 2016 and the SSI list searched
// and sorted offer "Exporter" with its four formats; the command behind the menu (the
// native save dialog cannot be driven, so the test calls it with the screen's filters, as
// the charts test does) writes files whose rows are the rows on screen: the XLSX is
// unzipped and its sheet counted, the CSV parsed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { freshDb, openApp, textOf, screenshot } from "./harness.mjs";

let browser;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const invoke = (cmd, args) =>
  browser.execute(async (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);
const number = (text) => Number(text.replace(/\s/g, ""));

/** The files of a ZIP archive (XLSX is one), by name, read from its central directory. */
function unzip(path) {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, "end of central directory");
  const files = new Map();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, "central directory entry");
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + skip;
  }
  return files;
}

const unescape = (s) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The first sheet of an XLSX: its shared strings and, by row number, the first cell's text. */
function firstColumn(path) {
  const files = unzip(path);
  const strings = [...files.get("xl/sharedStrings.xml").matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)?/g)].map((m) =>
    unescape(m[1] ?? ""),
  );
  const sheet = files.get("xl/worksheets/sheet1.xml");
  const rows = new Map();
  for (const m of sheet.matchAll(/<c r="A(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)) {
    rows.set(Number(m[1]), strings[Number(m[2])]);
  }
  const last = Math.max(...[...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  return { strings, rows, last };
}

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

test("the 2016 actions export to XLSX with as many rows as the screen counts", async () => {
  await (await $("nav-technical")).click();
  const select = await $("filter-year");
  await select.waitForDisplayed({ timeout: 20000 });
  // The years come from the database: wait for 2016 to be offered.
  await browser.waitUntil(async () => (await select.$$('option[value="2016"]')).length > 0, { timeout: 20000 });
  await browser.execute((el) => {
    el.value = "2016";
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }, select);
  // What the core counts for 2016 (the screen must come to the same number once filtered).
  const expected = (
    await invoke("actions", {
      filter: { year: 2016 },
      sort: { column: "start_date", descending: true },
      offset: 0,
      limit: 1,
    })
  ).total_count;
  await browser.waitUntil(async () => number(await textOf(browser, "actions-total-count")) === expected, {
    timeout: 20000,
    timeoutMsg: `the 2016 filter should show ${expected} actions`,
  });
  const onScreen = number(await textOf(browser, "actions-total-count"));
  const firstReference = await (await browser.$('[data-testid="action-row"]')).getAttribute("data-reference");

  await (await $("export-menu")).click();
  await (await $("export-formats")).waitForDisplayed({ timeout: 5000 });
  const formats = await browser.$$('[data-testid="export-formats"] [role="menuitem"]');
  const labels = [];
  for (const item of formats) labels.push(await item.getText());
  assert.deepEqual(labels, [
    "Excel (XLSX)",
    "OpenDocument (ODS)",
    "CSV séparé par « ; » (Excel en français)",
    "CSV séparé par « , »",
  ]);
  await browser.pause(300);
  await screenshot(browser, "export-menu-actions");
  await browser.keys("Escape");
  await (await $("export-formats")).waitForExist({ reverse: true, timeout: 5000 });

  const path = join(dirname(db), "actions-2016.xlsx");
  const started = Date.now();
  const written = await invoke("export_list", {
    list: { list: "actions", filter: { year: 2016 }, sort: { column: "start_date", descending: true } },
    format: "xlsx",
    path,
  });
  console.log(`export of ${written.rows} actions to XLSX from the window: ${Date.now() - started} ms`);
  assert.equal(written.rows, onScreen);

  const { strings, rows, last } = firstColumn(path);
  assert.ok(strings.includes("Année : 2016"), "the header states the filter");
  assert.ok(strings.some((s) => s.startsWith("Exporté le ")), "and the date");
  const header = [...rows].find(([, text]) => text === "Référence")?.[0];
  assert.ok(header, "the column headers");
  assert.equal(last - header, onScreen, "one sheet row per action on screen");
  assert.equal(rows.get(header + 1), firstReference, "in the screen's order");
});

test("the SSI list, searched and sorted, exports to CSV in the screen's order", async () => {
  await (await $("nav-ssi")).click();
  await (await $("ssi-search")).setValue("an");
  await browser.waitUntil(async () => number(await textOf(browser, "ssi-count")) < 74, { timeout: 10000 });
  const staffHeader = await browser.$("th*=Effectif");
  await staffHeader.$("button").click();
  await browser.pause(300);
  const codes = [];
  for (const row of await browser.$$('[data-testid="ssi-row"]')) codes.push(await row.$("td").getText());
  assert.equal(codes.length, number(await textOf(browser, "ssi-count")));
  await screenshot(browser, "export-ssi-toolbar");

  const path = join(dirname(db), "ssi.csv");
  await invoke("export_list", {
    list: { list: "ssi", text: "an", sort: { column: "staff_count", descending: true } },
    format: "csv_semicolon",
    path,
  });
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith("Code;"));
  assert.ok(header > 0, "the column headers after the preamble");
  assert.ok(lines.includes("Recherche : « an »"), "the search is stated");
  const exported = lines.slice(header + 1).map((l) => l.split(";")[0]);
  assert.deepEqual(exported, codes, "the codes of the screen, in its order");
});
