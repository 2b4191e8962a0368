// Opens the real CoopDesk window through tauri-driver on a private database.
import { remote } from "webdriverio";
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const screenshotDir = join(here, "screenshots");

/** A fresh temporary folder holding the test's database. */
export function freshDb() {
  const dir = mkdtempSync(join(tmpdir(), "coopdesk-e2e-"));
  // Each demo database weighs about 50 MB: leave nothing behind.
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "coopdesk.sqlite");
}

/** The passphrase of every test database: the demo one, stated in the README. */
export const PASSPHRASE = "demo-coopdesk-2016";

/**
 * Starts the application on `db` and goes through its gate as a user would: an existing file
 * is unlocked with `PASSPHRASE`. A missing one is first copied from the demo database that
 * run.sh makes once with the CLI (`COOPDESK_E2E_DEMO`), saving each test file the demo's
 * generation; with `create: true` (the newcomer's path) it is created at the gate with the
 * demo data instead. Returns the WebdriverIO browser once the main screens are shown.
 */
export async function openApp(db, { create = false } = {}) {
  const template = process.env.COOPDESK_E2E_DEMO;
  if (!create && template && !existsSync(db)) copyFileSync(template, db);
  const browser = await openAtGate(db);
  const $ = (id) => browser.$(`[data-testid="${id}"]`);
  await browser.waitUntil(async () => (await $("gate-create").isExisting()) || (await $("gate-unlock").isExisting()), {
    timeout: 30000,
    timeoutMsg: "the create or unlock screen is shown",
  });
  if (await $("gate-create").isExisting()) {
    await (await $("gate-create-demo")).click();
    await (await $("gate-create-passphrase")).setValue(PASSPHRASE);
    await (await $("gate-create-confirm")).setValue(PASSPHRASE);
    await (await $("gate-create-submit")).click();
  } else {
    await (await $("gate-unlock-passphrase")).setValue(PASSPHRASE);
    await (await $("gate-unlock-submit")).click();
  }
  await (await $("nav-dashboard")).waitForDisplayed({ timeout: 90000, timeoutMsg: "the database is open" });
  return browser;
}

/** Starts the application on `db` and returns the browser on its first screen (the gate). */
export async function openAtGate(db) {
  const application = process.env.COOPDESK_APP;
  if (!application) throw new Error("COOPDESK_APP is not set (run tests/e2e/run.sh)");
  return remote({
    hostname: "127.0.0.1",
    port: 4444,
    logLevel: "error",
    connectionRetryCount: 0,
    connectionRetryTimeout: 60000,
    capabilities: {
      "tauri:options": { application, args: ["--db", db] },
    },
  });
}

/** Text of the element with `data-testid=id` once it is displayed and not empty. */
export async function textOf(browser, id, timeout = 20000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForDisplayed({ timeout });
  await browser.waitUntil(async () => (await el.getText()).trim() !== "", { timeout });
  return normalise(await el.getText());
}

/** French number formatting uses (narrow) no-break spaces; compare with plain spaces. */
export function normalise(text) {
  return text.replace(/[\u202f\u00a0]/g, " ").trim();
}

/** A screenshot once the page had time to paint (WebKitGTK under Xvfb can hand back the
 * previous frame just after a change). */
export async function settledScreenshot(browser, name) {
  await browser.pause(500);
  await screenshot(browser, name);
}

export async function screenshot(browser, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await browser.saveScreenshot(join(screenshotDir, `${name}.png`));
}

/** Calls a command of the core through the window's IPC, as the UI does. */
export function invokeIn(browser, cmd, args = {}) {
  return browser.execute((cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);
}

/** Sets a select's value as a user would pick it (WebKitGTK's native popup blocks WebDriver). */
export async function chooseIn(browser, id, value) {
  await browser.execute(
    (id, value) => {
      const select = document.querySelector(`[data-testid="${id}"]`);
      select.value = value;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    },
    id,
    value,
  );
}
