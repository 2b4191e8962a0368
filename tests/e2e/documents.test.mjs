// Session documents from the real window: the session page opens each document in a preview
// (the PDF's own pages), prints them, and saves real PDFs whose text is read back with
// pdftotext; a printed certificate number verifies; the QR code of a certificate's page
// (pdftoppm) reads « authentique » in the window, the same code with one field altered
// (zbarimg reads it, qrencode writes it again) « falsifié », and a revoked one « révoqué ».
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { freshDb, openApp, screenshot, textOf } from "./harness.mjs";

let browser;
let printed2016;
const db = freshDb();
const invoke = (cmd, args) =>
  browser.execute(
    async (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args),
    cmd,
    args,
  );
const pdfText = (path) =>
  execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });

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

  await browser.execute(
    (id) => (location.hash = `#/courses/session/${id}`),
    session.id,
  );
  await (
    await browser.$('[data-testid="document-attendance"]')
  ).waitForDisplayed({ timeout: 20000 });
  assert.ok(
    await (
      await browser.$('[data-testid="document-certificates"]')
    ).isDisplayed(),
  );

  // The preview shows the sheet's pages; "Imprimer" sends exactly those pages to the printer
  // (the system print dialog itself cannot be driven: window.print is observed instead).
  await (await browser.$('[data-testid="document-attendance"]')).click();
  const page = await browser.$('[data-testid="document-page"]');
  await page.waitForDisplayed({ timeout: 30000 });
  await browser.waitUntil(
    async () => (await page.getProperty("naturalWidth")) > 0,
    { timeout: 10000 },
  );
  const shown = (await browser.$$('[data-testid="document-page"]')).length;
  assert.ok(shown >= 1);
  await screenshot(browser, "session-attendance-preview");
  await browser.execute(() => {
    window.print = () => {
      window.__printed = {
        pages: document.querySelectorAll("#document-print-pages img").length,
        page:
          document.getElementById("document-print-style")?.textContent ?? "",
      };
    };
  });
  await (await browser.$('[data-testid="document-print"]')).click();
  const printed = await browser.execute(() => window.__printed);
  assert.equal(printed.pages, shown, "every previewed page is printed");
  assert.match(
    printed.page,
    /A4 landscape/,
    "the attendance sheet prints in landscape",
  );
  await browser.keys("Escape");

  const out = dirname(db);
  const request = (kind) => ({ kind, session_id: session.id });
  const sheet = await invoke("document_save", {
    request: request("attendance"),
    path: join(out, "sheet.pdf"),
  });
  assert.equal(sheet.pages, shown, "the saved PDF has the previewed pages");
  const text = pdfText(sheet.out).toUpperCase();
  const onSheet = rows.filter((r) =>
    ["confirmed", "attended", "passed", "failed"].includes(r.status),
  );
  for (const r of onSheet) {
    const last = r.name.split(" ").slice(1).join(" ");
    assert.ok(
      text.includes(last.toUpperCase()),
      `${last} on the attendance sheet`,
    );
  }

  const written = await invoke("document_save", {
    request: request("certificates"),
    path: join(out, "certs.pdf"),
  });
  const certs = pdfText(written.out);
  const passed = (await invoke("enrolments", { sessionId: session.id })).filter(
    (r) => r.status === "passed",
  );
  for (const r of passed) {
    assert.ok(r.certificate_no, "every passed trainee has a number");
    assert.ok(certs.includes(r.certificate_no), `${r.certificate_no} printed`);
  }
  const info = await invoke("certificate_check", {
    number: passed[0].certificate_no,
  });
  assert.equal(info.number, passed[0].certificate_no);
  assert.equal(info.verdict, "authentic");
  printed2016 = { pdf: written.out, passed };
  // A refusal reaches the test as a WebDriver error carrying the core's French message.
  const refused = await invoke("certificate_check", {
    number: "GIGN-1999-9999",
  }).then(
    () => "accepted",
    (e) => e.message,
  );
  assert.match(
    refused,
    /Aucune attestation ne porte le numéro « GIGN-1999-9999 »/,
  );
});

const scan = async (path) => {
  await browser.execute((p) => (window.__coopdeskScanPath = p), path);
  await (await browser.$('[data-testid="certificate-scan"]')).click();
};
const verdictIs = async (verdict) => {
  const card = await browser.$(
    `[data-testid="certificate-result"][data-verdict="${verdict}"]`,
  );
  await card.waitForDisplayed({ timeout: 30000 });
  // The badge shows the label in capitals (CSS); its text is the core's label.
  return (await textOf(browser, "certificate-verdict")).toLowerCase();
};

test("a certificate's QR code verifies in the window; one altered field is forged; a revoked one says so", async () => {
  assert.ok(printed2016, "the certificates were printed by the test above");
  const out = dirname(db);
  const stem = join(out, "recto");
  execFileSync("pdftoppm", [
    "-png",
    "-singlefile",
    "-r",
    "150",
    "-f",
    "1",
    "-l",
    "1",
    printed2016.pdf,
    stem,
  ]);
  const front = `${stem}.png`;

  await browser.execute(() => (location.hash = "#/courses"));
  await (await browser.$('[data-testid="tab-certificates"]')).click();
  await scan(front);
  assert.equal(await verdictIs("authentic"), "authentique");
  const number = await textOf(browser, "certificate-result-number");
  const holder = await textOf(browser, "certificate-holder");
  assert.ok(
    printed2016.passed.some((r) => r.certificate_no === number),
    `${number} is one printed`,
  );
  await screenshot(browser, "certificate-authentic");

  // An independent reader (zbarimg) reads the code; one field changed, written again as a
  // QR code (qrencode), the signature kept: « falsifié ».
  const text = execFileSync("zbarimg", ["--raw", "-q", "-Sbinary", front])
    .toString("utf8")
    .trimEnd();
  assert.match(text, /^COOPDESK-ATTESTATION-1\n/);
  assert.ok(
    text.includes(`T=${holder}\n`),
    "the holder shown is the one signed",
  );
  const altered = text.replace(`T=${holder}\n`, "T=DUPONT Jean\n");
  const forgedPng = join(out, "falsifiee.png");
  execFileSync("qrencode", ["-8", "-l", "M", "-s", "6", "-o", forgedPng], {
    input: altered,
  });
  await scan(forgedPng);
  assert.equal(await verdictIs("forged"), "falsifié");
  assert.equal(await textOf(browser, "certificate-holder"), "DUPONT Jean");
  await screenshot(browser, "certificate-forged");

  // By number, then revoked with a reason (required): « révoqué », and in the journal.
  const field = await browser.$('[data-testid="certificate-number"]');
  await field.setValue(number.toLowerCase());
  await browser.keys("Enter");
  assert.equal(await verdictIs("authentic"), "authentique");
  await (await browser.$('[data-testid="certificate-revoke"]')).click();
  await (await browser.$('[data-testid="certificate-revoke-confirm"]')).click();
  const reason = await browser.$('[data-testid="certificate-revoke-reason"]');
  assert.ok(
    await reason.isDisplayed(),
    "an empty reason keeps the dialog open",
  );
  await reason.setValue("Délivrée par erreur");
  await (await browser.$('[data-testid="certificate-revoke-confirm"]')).click();
  assert.equal(await verdictIs("revoked"), "révoqué");
  await scan(front);
  await browser.waitUntil(
    async () => /code QR/.test(await textOf(browser, "certificate-source")),
    {
      timeout: 30000,
      timeoutMsg: "the scan's own result is shown",
    },
  );
  assert.equal(await verdictIs("revoked"), "révoqué");
  await screenshot(browser, "certificate-revoked");
  const journal = await invoke("journal", {
    filter: { kind: "certificate_revocation" },
    offset: 0,
    limit: 10,
  });
  assert.equal(journal.total, 1, "the revocation is in the journal");

  // Paramètres: the public key, exported as PEM; with it alone the CLI verifies abroad.
  await browser.execute(() => (location.hash = "#/settings"));
  const fingerprint = await textOf(browser, "certificate-key-fingerprint");
  const pem = join(out, "coopdesk-cle-publique.pem");
  await browser.execute((p) => (window.__coopdeskSavePath = p), pem);
  await (await browser.$('[data-testid="certificate-key-export"]')).click();
  await textOf(browser, "certificate-key-saved");
  await browser.execute(() =>
    document
      .querySelector('[data-testid="settings-certificates"]')
      ?.scrollIntoView(),
  );
  await screenshot(browser, "settings-certificate-key");
  assert.ok(
    existsSync(pem) &&
      readFileSync(pem, "utf8").startsWith("-----BEGIN PUBLIC KEY-----"),
  );
  const cli = join(
    dirname(new URL(import.meta.url).pathname),
    "..",
    "..",
    "target",
    "debug",
    "coopdesk-cli",
  );
  const abroad = JSON.parse(
    execFileSync(
      cli,
      [
        "--db",
        join(out, "absente.sqlite"),
        "certificate",
        "verify",
        "--scan",
        front,
        "--key",
        pem,
      ],
      {
        encoding: "utf8",
        env: { ...process.env, COOPDESK_PASSPHRASE: "" },
      },
    ),
  );
  assert.equal(abroad.verdict, "authentic");
  assert.equal(abroad.key_fingerprint, fingerprint);
});
