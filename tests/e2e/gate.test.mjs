// The protected file in the real window: the first start creates the encrypted database
// with the demo data; the passphrase is changed in Paramètres; the next start unlocks it (a
// wrong passphrase refused, the file's bytes unchanged); a second launch on the same file
// exits at once; a damaged copy is replaced by its newest good backup; a file that is not
// a database and a plaintext database of an earlier CoopDesk each have their screen.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { freshDb, openAtGate, PASSPHRASE, textOf, normalise, settledScreenshot as screenshot } from "./harness.mjs";

const NEW_PASSPHRASE = "citron-boussole-granit-2026";
const db = freshDb();
let browser;
const $ = (id) => browser.$(`[data-testid="${id}"]`);
const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const cli = (args, passphrase) =>
  JSON.parse(
    execFileSync(process.env.COOPDESK_CLI, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, COOPDESK_PASSPHRASE: passphrase },
    }),
  );

after(async () => {
  await browser?.deleteSession();
});

async function close() {
  await browser?.deleteSession();
  browser = undefined;
}

async function fieldError() {
  const el = await $("gate-field-error");
  await el.waitForDisplayed({ timeout: 20000 });
  return normalise(await el.getText());
}

test("the first start creates the encrypted database with the demo data", async () => {
  browser = await openAtGate(db);
  await (await $("gate-create")).waitForDisplayed({ timeout: 30000 });
  await screenshot(browser, "gate-create");
  // Too short: refused at its field, nothing created.
  await (await $("gate-create-passphrase")).setValue("court");
  await (await $("gate-create-confirm")).setValue("court");
  await (await $("gate-create-submit")).click();
  assert.match(await fieldError(), /au moins 12 caractères/);
  assert.throws(() => readFileSync(db), "no file for a refused form");

  await (await $("gate-create-demo")).click();
  await (await $("gate-demo-fill")).click();
  await (await $("gate-create-submit")).click();
  await (await $("nav-dashboard")).waitForDisplayed({ timeout: 90000 });
  assert.ok(Number((await textOf(browser, "kpi-technical_actions")).replace(/ /g, "")) > 0);
  const head = readFileSync(db).subarray(0, 16).toString("latin1");
  assert.notEqual(head, "SQLite format 3\0", "the file is encrypted");
});

test("the passphrase is changed in Paramètres, the current one asked first", async () => {
  await (await $("nav-settings")).click();
  await (await $("passphrase-old")).waitForDisplayed({ timeout: 20000 });
  await (await $("passphrase-old")).setValue("pas-la-bonne-phrase");
  await (await $("passphrase-new")).setValue(NEW_PASSPHRASE);
  await (await $("passphrase-confirm")).setValue(NEW_PASSPHRASE);
  await (await $("passphrase-save")).click();
  const refused = await $("passphrase-error");
  await refused.waitForDisplayed({ timeout: 20000 });
  assert.match(normalise(await refused.getText()), /incorrecte/);

  await (await $("passphrase-old")).setValue(PASSPHRASE);
  await (await $("passphrase-new")).setValue(NEW_PASSPHRASE);
  await (await $("passphrase-confirm")).setValue(NEW_PASSPHRASE);
  await (await $("passphrase-save")).click();
  await (await $("passphrase-done")).waitForDisplayed({ timeout: 60000 });
  await screenshot(browser, "settings-passphrase");
  await close();
  // The command line agrees: the old passphrase no longer opens the file.
  assert.ok(cli(["--db", db, "ssi", "list"], NEW_PASSPHRASE).length >= 74);
  assert.throws(() => cli(["--db", db, "ssi", "list"], PASSPHRASE));
});

test("the next start unlocks it; a wrong passphrase is refused and changes no byte", async () => {
  const before = sha256(db);
  browser = await openAtGate(db);
  await (await $("gate-unlock")).waitForDisplayed({ timeout: 30000 });
  await (await $("gate-unlock-passphrase")).setValue(PASSPHRASE);
  await (await $("gate-unlock-submit")).click();
  assert.match(await fieldError(), /Phrase secrète incorrecte/);
  await screenshot(browser, "gate-unlock-wrong");
  assert.equal(sha256(db), before, "a wrong passphrase leaves the file as it was");
  assert.equal(await (await $("gate-unlock-passphrase")).getValue(), "", "field cleared");

  await (await $("gate-unlock-passphrase")).setValue(NEW_PASSPHRASE);
  await (await $("gate-unlock-submit")).click();
  await (await $("nav-dashboard")).waitForDisplayed({ timeout: 60000 });
});

test("a second launch on the same file exits at once; another file opens beside it", async () => {
  const launch = (file) => spawn(process.env.COOPDESK_APP, ["--db", file], { stdio: "ignore" });
  const exited = (child, ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), ms);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  const second = launch(db);
  assert.equal(await exited(second, 20000), 0, "the second launch hands over and exits");
  const other = launch(freshDb());
  assert.equal(await exited(other, 5000), null, "a window on another file keeps running");
  other.kill();
  // The first window still works.
  await (await $("nav-ssi")).click();
  assert.ok(Number(await textOf(browser, "ssi-count")) >= 74);
  await close();
});

test("a damaged file is refused at unlock and replaced by its newest good copy", async () => {
  const damaged = freshDb();
  mkdirSync(join(dirname(damaged), "backups"), { recursive: true });
  const good = join(dirname(damaged), "backups", "coopdesk-2026-11-30T090000.sqlite");
  cli(["--db", db, "backup", "--out", good], NEW_PASSPHRASE);
  cli(["--db", db, "backup", "--out", damaged], NEW_PASSPHRASE);
  const bytes = readFileSync(damaged);
  const middle = Math.floor(bytes.length / 2 / 4096) * 4096;
  for (let i = 0; i < 8192; i++) bytes[middle + i] = (i * 7919) % 251;
  writeFileSync(damaged, bytes);
  const before = sha256(damaged);

  browser = await openAtGate(damaged);
  await (await $("gate-unlock-passphrase")).waitForDisplayed({ timeout: 30000 });
  await (await $("gate-unlock-passphrase")).setValue(NEW_PASSPHRASE);
  await (await $("gate-unlock-submit")).click();
  const problem = await $("gate-problem");
  await problem.waitForDisplayed({ timeout: 60000 });
  assert.equal(await problem.getAttribute("data-code"), "DB_CORRUPT");
  assert.match(normalise(await problem.getText()), /endommagé/);
  await screenshot(browser, "gate-damaged");
  assert.equal(sha256(damaged), before, "nothing written to the damaged file");

  await (await $("gate-restore-latest")).click();
  await (await $("confirm-ok")).click();
  await (await $("nav-dashboard")).waitForDisplayed({ timeout: 60000 });
  await (await $("nav-ssi")).click();
  assert.ok(Number(await textOf(browser, "ssi-count")) >= 74, "the copy's data is shown");
  await close();
});

test("a file that is not a database has its own screen and is left alone", async () => {
  const notes = freshDb();
  writeFileSync(notes, "Compte rendu de la réunion du 12 mars\n".repeat(200));
  const before = sha256(notes);
  browser = await openAtGate(notes);
  const problem = await $("gate-problem");
  await problem.waitForDisplayed({ timeout: 30000 });
  assert.equal(await problem.getAttribute("data-code"), "DB_NOT_DATABASE");
  assert.ok(await (await $("gate-choose")).isDisplayed());
  assert.ok(await (await $("gate-quit")).isDisplayed());
  await screenshot(browser, "gate-not-database");
  assert.equal(sha256(notes), before);
  // « Choisir un autre fichier… » (the native dialog's answer given beforehand): the unlock
  // screen of that file follows.
  await browser.execute((path) => (window.__coopdeskChoosePath = path), db);
  await (await $("gate-choose")).click();
  await (await $("gate-unlock")).waitForDisplayed({ timeout: 20000 });
  assert.ok(normalise(await (await $("gate-path")).getText()).endsWith(db.split("/").slice(-2).join("/")));
  await close();
});

test("a plaintext database of an earlier CoopDesk is encrypted after the user confirms", async () => {
  const plain = freshDb();
  execFileSync("python3", [
    "-c",
    "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE t(a)'); c.execute('DROP TABLE t'); c.commit()",
    plain,
  ]);
  browser = await openAtGate(plain);
  await (await $("gate-convert")).waitForDisplayed({ timeout: 30000 });
  await screenshot(browser, "gate-convert");
  await (await $("gate-convert-passphrase")).setValue(NEW_PASSPHRASE);
  await (await $("gate-convert-confirm")).setValue(NEW_PASSPHRASE);
  await (await $("gate-convert-submit")).click();
  await (await $("gate-converted-continue")).waitForDisplayed({ timeout: 60000 });
  await (await $("gate-converted-continue")).click();
  await (await $("nav-dashboard")).waitForDisplayed({ timeout: 30000 });
  const head = readFileSync(plain).subarray(0, 16).toString("latin1");
  assert.notEqual(head, "SQLite format 3\0", "the file is encrypted now");
  await close();
});
