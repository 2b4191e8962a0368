// Rapports in the real window: the annual report of 2016 is previewed (the PDF's own pages),
// printed through the screen's button and saved as PDF (the native save dialog cannot be
// driven: the test calls the command it leads to), and the saved PDF states the public 2016
// figures; then a country sheet is previewed and saved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { freshDb, normalise, openApp, screenshot, screenshotDir, textOf } from "./harness.mjs";

let browser;
let annualPages = 0;
const db = freshDb();
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const pdfText = (path) => normalise(execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })).replace(/\s+/g, " ");
const pdfPages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))[1]);

/** Chooses `value` in the <select> with this testid without opening WebKitGTK's native popup. */
async function choose(testid, value) {
  const el = await $(testid);
  await el.waitForDisplayed({ timeout: 20000 });
  await browser.execute(
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event("change", { bubbles: true }));
    },
    el,
    String(value),
  );
}

/** Waits for the preview's pages to be drawn; returns how many there are. */
async function previewPages() {
  const page = await $("document-page");
  await page.waitForDisplayed({ timeout: 120000 });
  await browser.waitUntil(async () => (await page.getProperty("naturalWidth")) > 0, { timeout: 20000 });
  await browser.waitUntil(
    async () => (await (await $("report-document")).getAttribute("aria-busy")) !== "true",
    { timeout: 120000 },
  );
  return (await browser.$$('[data-testid="document-page"]')).length;
}

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

test("annual report 2016: preview, print, save as PDF with the public figures", async () => {
  await (await $("nav-reports")).click();
  assert.equal(await textOf(browser, "area-title"), "Rapports");
  await (await $("report-form")).waitForDisplayed({ timeout: 20000 });
  // The year proposed is the core's: the latest year with data that is over; the list runs
  // to the current year.
  const list = await browser.execute(async () => window.__TAURI_INTERNALS__.invoke("year_list", {}));
  const thisYear = new Date().getFullYear();
  assert.ok(list.years.some((y) => y.year === thisYear && !y.planned), "the current year is offered");
  await browser.waitUntil(async () => (await (await $("report-year")).getValue()) !== "", { timeout: 20000 });
  assert.equal(Number(await (await $("report-year")).getValue()), list.last_full);
  assert.ok(list.last_full < thisYear);

  await choose("report-year", 2016);
  await (await $("report-preview")).click();
  const shown = await previewPages();
  annualPages = shown;
  assert.ok(shown >= 6, `${shown} pages previewed`);
  assert.equal(await textOf(browser, "document-page-count"), `${shown} pages`);
  await screenshot(browser, "reports-annual-preview");

  // "Imprimer" sends exactly the previewed pages, in portrait.
  await browser.execute(() => {
    window.print = () => {
      window.__printed = {
        pages: document.querySelectorAll("#document-print-pages img").length,
        page: document.getElementById("document-print-style")?.textContent ?? "",
      };
    };
  });
  await (await $("document-print")).click();
  const printed = await browser.execute(() => window.__printed);
  assert.equal(printed.pages, shown, "every previewed page is printed");
  assert.match(printed.page, /A4 portrait/);

  // "Enregistrer en PDF" is offered; the native dialog it opens cannot be driven, so the test
  // calls the command the dialog leads to, with the request the screen previewed.
  assert.ok(await (await $("document-save")).isEnabled());
  const out = join(dirname(db), "rapport-annuel-2016.pdf");
  const saved = await browser.execute(
    async (path) =>
      window.__TAURI_INTERNALS__.invoke("document_save", { request: { kind: "annual_report", year: 2016 }, path }),
    out,
  );
  assert.equal(saved.pages, shown);
  assert.equal(pdfPages(out), shown, "the saved PDF has the previewed pages");
  const text = pdfText(out);
  for (const expected of [
    "Rapport annuel d'activité 2016",
    "2 160 actions de coopération technique ont été menées par les 74 SSI du réseau, qui couvrent 158 pays",
    "1 600 personnes inscrites au fichier des personnes recherchées, dont 347 sous mandat d'arrêt",
    "Le GIGN a formé 100 stagiaires issus de 20 États",
    "Comparaison avec l'année précédente",
    "Diffusion restreinte",
    `Page 1 / ${shown}`,
  ]) {
    assert.ok(text.includes(expected), `« ${expected} » in the saved PDF`);
  }
  // The first page as printed, for a look.
  execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", out, join(screenshotDir, "reports-annual-page1")]);
});

test("country sheet: Senegal over 2012–2016", async () => {
  await (await $("report-kind-country_sheet")).click();
  const input = await $("report-country-input");
  await input.waitForDisplayed({ timeout: 10000 });
  await input.setValue("Sénégal");
  const option = await browser.$('[data-testid="report-country-option"][data-code="SN"]');
  await option.waitForDisplayed({ timeout: 10000 });
  await option.click();
  await choose("report-from", 2012);
  await choose("report-to", 2016);
  await (await $("report-preview")).click();
  // The annual report's pages are replaced by the sheet's (fewer pages).
  await browser.waitUntil(
    async () => {
      const n = (await browser.$$('[data-testid="document-page"]')).length;
      const busy = await (await $("report-document")).getAttribute("aria-busy");
      return busy !== "true" && n >= 1 && n !== annualPages;
    },
    { timeout: 120000, timeoutMsg: "the country sheet's pages should be shown" },
  );
  const shown = await previewPages();
  await screenshot(browser, "reports-country-preview");
  const saved = await browser.execute(
    async (path) =>
      window.__TAURI_INTERNALS__.invoke("document_save", {
        request: { kind: "country_sheet", country: "SN", from: 2012, to: 2016 },
        path,
      }),
    join(dirname(db), "fiche-SN.pdf"),
  );
  assert.equal(saved.pages, shown);
  const text = pdfText(saved.out);
  assert.ok(text.includes("Fiche pays : Sénégal"));
  assert.ok(text.includes("Pays : Sénégal (SN) · période : 2012–2016"));
});
