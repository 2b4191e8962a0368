// Session documents from the real window: the session page opens each document in a preview
// (the PDF's own pages), prints them, and saves real PDFs whose text is read back with
// pdftotext; a printed certificate number verifies.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { freshDb, openApp, screenshot, textOf } from "./harness.mjs";

let browser;
const db = freshDb();
const invoke = (cmd, args) =>
  browser.execute(async (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);
const pdfText = (path) => execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });

before(async () => {
  browser = await openApp(db);
  await textOf(browser, "kpi-technical_actions");
});

after(async () => {
  await browser?.deleteSession();
});

test("attendance sheet and certificates of a 2016 session, then verification", async () => {
  const sessions = await invoke("sessions", { year: 2016 });
  let chosen;
  for (const s of sessions) {
    const rows = await invoke("enrolments", { sessionId: s.id });
    if (rows.some((r) => r.status === "passed")) {
      chosen = { session: s, rows };
      break;
    }
  }
  assert.ok(chosen, "a 2016 session with passed trainees");
  const { session, rows } = chosen;

  await browser.execute((id) => (location.hash = `#/courses/session/${id}`), session.id);
  await (await browser.$('[data-testid="document-attendance"]')).waitForDisplayed({ timeout: 20000 });
  assert.ok(await (await browser.$('[data-testid="document-certificates"]')).isDisplayed());

  // The preview shows the sheet's pages; "Imprimer" sends exactly those pages to the printer
  // (the system print dialog itself cannot be driven: window.print is observed instead).
  await (await browser.$('[data-testid="document-attendance"]')).click();
  const page = await browser.$('[data-testid="document-page"]');
  await page.waitForDisplayed({ timeout: 30000 });
  await browser.waitUntil(async () => (await page.getProperty("naturalWidth")) > 0, { timeout: 10000 });
  const shown = (await browser.$$('[data-testid="document-page"]')).length;
  assert.ok(shown >= 1);
  await screenshot(browser, "session-attendance-preview");
  await browser.execute(() => {
    window.print = () => {
      window.__printed = {
        pages: document.querySelectorAll("#document-print-pages img").length,
        page: document.getElementById("document-print-style")?.textContent ?? "",
      };
    };
  });
  await (await browser.$('[data-testid="document-print"]')).click();
  const printed = await browser.execute(() => window.__printed);
  assert.equal(printed.pages, shown, "every previewed page is printed");
  assert.match(printed.page, /A4 landscape/, "the attendance sheet prints in landscape");
  await browser.keys("Escape");

  const out = dirname(db);
  const request = (kind) => ({ kind, session_id: session.id });
  const sheet = await invoke("document_save", { request: request("attendance"), path: join(out, "sheet.pdf") });
  assert.equal(sheet.pages, shown, "the saved PDF has the previewed pages");
  const text = pdfText(sheet.out).toUpperCase();
  const onSheet = rows.filter((r) => ["confirmed", "attended", "passed", "failed"].includes(r.status));
  for (const r of onSheet) {
    const last = r.name.split(" ").slice(1).join(" ");
    assert.ok(text.includes(last.toUpperCase()), `${last} on the attendance sheet`);
  }

  const written = await invoke("document_save", { request: request("certificates"), path: join(out, "certs.pdf") });
  const certs = pdfText(written.out);
  const passed = (await invoke("enrolments", { sessionId: session.id })).filter((r) => r.status === "passed");
  for (const r of passed) {
    assert.ok(r.certificate_no, "every passed trainee has a number");
    assert.ok(certs.includes(r.certificate_no), `${r.certificate_no} printed`);
  }
  const info = await invoke("certificate_verify", { number: passed[0].certificate_no });
  assert.equal(info.number, passed[0].certificate_no);
  // A refusal reaches the test as a WebDriver error carrying the core's French message.
  const refused = await invoke("certificate_verify", { number: "GIGN-1999-9999" }).then(
    () => "accepted",
    (e) => e.message,
  );
  assert.match(refused, /Aucune attestation ne porte le numéro « GIGN-1999-9999 »/);
});
