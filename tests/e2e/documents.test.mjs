// Session documents from the real window: the session page offers both PDFs; the commands
// behind its buttons write real PDFs whose text is read back with pdftotext, and a printed
// certificate number verifies.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { freshDb, openApp, textOf } from "./harness.mjs";

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

  const out = dirname(db);
  const sheet = await invoke("document_attendance", { sessionId: session.id, path: join(out, "sheet.pdf") });
  const text = pdfText(sheet.out).toUpperCase();
  const onSheet = rows.filter((r) => ["confirmed", "attended", "passed", "failed"].includes(r.status));
  for (const r of onSheet) {
    const last = r.name.split(" ").slice(1).join(" ");
    assert.ok(text.includes(last.toUpperCase()), `${last} on the attendance sheet`);
  }

  const written = await invoke("document_certificates", { sessionId: session.id, path: join(out, "certs.pdf") });
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
