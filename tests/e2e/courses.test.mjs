// GIGN courses in the real window: plan a session through the form with an instructor who
// already teaches an overlapping session and read the conflict warning; then enrol three
// trainees in a two-place session (the third goes to the waiting list), withdraw one and
// see the waiting trainee promoted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, textOf, screenshot as save } from "./harness.mjs";

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
const invoke = (cmd, args) =>
  browser.execute(async (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args), cmd, args);

/** Sets a <select> without opening the native list (which WebKitGTK under Xvfb dislikes). */
async function choose(testid, value) {
  await browser.execute(
    (testid, value) => {
      const select = document.querySelector(`[data-testid="${testid}"]`);
      select.value = String(value);
      select.dispatchEvent(new Event("change", { bubbles: true }));
    },
    testid,
    value,
  );
}

async function rows() {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="enrolment-row"]')].map((r) => ({
      name: r.dataset.name,
      status: r.dataset.status,
    })),
  );
}

let course;
let instructor;
let sessionId;
let trainees;

test("plan a session whose instructor already teaches then: the conflict is shown after saving", async () => {
  const courses = await invoke("courses");
  course = courses.filter((c) => !c.archived).sort((a, b) => a.duration_days - b.duration_days)[0];
  [instructor] = await invoke("instructors");
  assert.ok(course && instructor, "the demo data has courses and instructors");

  // A first session in March 2027 taught by that instructor.
  const first = await invoke("session_create", {
    input: {
      course_id: course.id,
      start_date: "2027-03-01",
      end_date: "2027-03-05",
      place_country: "FR",
      city: "Satory",
      language: "français",
      capacity: 10,
      cost_cents: 0,
      status: "confirmed",
      request_id: null,
      instructor_ids: [instructor.id],
    },
  });
  assert.ok(first.id > 0);

  await (await $("nav-courses")).click();
  await (await $("session-new")).waitForDisplayed({ timeout: 20000 });
  await (await $("session-new")).click();
  await (await $("session-form")).waitForDisplayed({ timeout: 10000 });
  await browser.waitUntil(async () => (await (await $("session-course")).getValue()) !== "", { timeout: 10000 });
  await choose("session-course", course.id);
  await (await $("session-start")).setValue("02/03/2027");
  const end = await $("session-end");
  const expectedEnd = new Date(Date.UTC(2027, 2, 2 + course.duration_days - 1));
  const pad = (n) => String(n).padStart(2, "0");
  const endText = `${pad(expectedEnd.getUTCDate())}/${pad(expectedEnd.getUTCMonth() + 1)}/2027`;
  await browser.waitUntil(async () => (await end.getValue()) === endText, {
    timeout: 5000,
    timeoutMsg: `the end date follows the course's ${course.duration_days} days (${endText})`,
  });
  await (await $("session-capacity")).setValue("2");
  await (await $("session-city")).setValue("Versailles");
  await (await browser.$(`[data-testid="session-instructor"][data-id="${instructor.id}"]`)).click();
  await screenshot(browser, "courses-session-form");
  await (await $("session-save")).click();

  const box = await $("session-conflicts");
  await box.waitForDisplayed({ timeout: 20000 });
  const items = await browser.$$('[data-testid="conflict-item"][data-kind="instructor_overlap"]');
  assert.ok(items.length >= 1, "an instructor conflict is listed");
  const text = await items[0].getText();
  assert.ok(text.includes(instructor.name), `the warning names the instructor: ${text}`);
  await screenshot(browser, "courses-session-conflicts");

  const saved = (await invoke("sessions", { year: 2027 })).filter((s) => s.city === "Versailles");
  assert.equal(saved.length, 1, "the session was saved despite the warning");
  sessionId = saved[0].id;
  assert.equal(saved[0].capacity, 2);
});

test("the calendar shows the month and the timeline", async () => {
  // Go to March 2027 with the month buttons.
  const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
  const year = Number(await (await $("planning-year")).getText());
  const month = MONTHS.indexOf(await (await $("planning-month")).getText());
  const diff = (2027 - year) * 12 + (2 - month);
  for (let i = 0; i < Math.abs(diff); i++) await (await $(diff > 0 ? "month-next" : "month-prev")).click();
  assert.equal(await (await $("planning-month")).getText(), "mars");
  assert.equal(await (await $("planning-year")).getText(), "2027");
  const bar = await browser.$(`[data-testid="calendar-session"][data-id="${sessionId}"]`);
  await bar.waitForDisplayed({ timeout: 20000 });
  await browser.waitUntil(async () => (await bar.getAttribute("data-conflict")) === "true", {
    timeout: 20000,
    timeoutMsg: "the session is flagged on the calendar",
  });
  await screenshot(browser, "courses-calendar-month");
  await (await $("view-timeline")).click();
  await (await $("calendar-timeline")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "courses-calendar-timeline");
  await (await $("view-month")).click();
});

test("enrol past the capacity, withdraw one and see the waiting trainee promoted", async () => {
  await (await $("session-open")).click();
  await (await $("session-page")).waitForDisplayed({ timeout: 20000 });
  await (await $("enrol-search")).waitForDisplayed({ timeout: 10000 });

  // Three trainees whose last name is theirs alone, so a search by that name finds them.
  const all = await invoke("trainees", { text: "", country: null, sessionId: null });
  const count = new Map();
  for (const t of all) count.set(t.last_name, (count.get(t.last_name) ?? 0) + 1);
  trainees = all.filter((t) => count.get(t.last_name) === 1).slice(0, 3);
  assert.equal(trainees.length, 3);
  for (const [index, trainee] of trainees.entries()) {
    await (await $("enrol-search")).setValue(trainee.last_name);
    const option = await browser.$(`[data-testid="enrol-option"][data-id="${trainee.id}"]`);
    await option.waitForDisplayed({ timeout: 10000 });
    await option.click();
    await (await $("enrol-add")).click();
    await browser.waitUntil(async () => (await rows()).length === index + 1, {
      timeout: 10000,
      timeoutMsg: `${index + 1} enrolment rows`,
    });
  }
  const byName = async (name) => (await rows()).find((r) => r.name === name)?.status;
  assert.notEqual(await byName(trainees[0].name), "waiting");
  assert.notEqual(await byName(trainees[1].name), "waiting");
  assert.equal(await byName(trainees[2].name), "waiting", "the third goes to the waiting list");
  await screenshot(browser, "courses-session-enrolments");

  const first = await browser.$(`[data-testid="enrolment-row"][data-name="${trainees[0].name}"] [data-testid="enrolment-withdraw"]`);
  await first.click();
  // Withdrawing is asked first: the place goes to the next on the waiting list.
  assert.match(await textOf(browser, "confirm-message"), new RegExp(`^Désister ${trainees[0].name}`));
  await (await $("confirm-ok")).click();
  const notice = await textOf(browser, "promotion-notice");
  // And offered back: « Annuler » takes the withdrawal and the promotion back together.
  assert.match(await textOf(browser, "undo-message"), new RegExp(`${trainees[0].name} : désisté`));
  assert.ok(notice.includes(trainees[2].name), `the notice names the promoted trainee: ${notice}`);
  assert.match(notice, /passe de la liste d'attente/);
  await browser.waitUntil(async () => (await byName(trainees[2].name)) !== "waiting", {
    timeout: 10000,
    timeoutMsg: "the third trainee's row leaves the waiting list",
  });
  assert.equal(await byName(trainees[0].name), "withdrawn");
  await screenshot(browser, "courses-session-promoted");
});

test("the other GIGN screens open: catalogue, requests, trainees, partners, dashboard table", async () => {
  const go = (hash) => browser.execute((hash) => (window.location.hash = hash), hash);
  await go("#/courses");
  await (await $("tab-catalogue")).click();
  await (await browser.$('[data-testid="course-row"]')).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "courses-catalogue");
  await (await $("tab-requests")).click();
  await (await $("requests-board")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "courses-requests");
  await (await $("tab-planning")).click();

  await go(`#/trainees/${trainees[0].id}`);
  await (await $("trainee-page")).waitForDisplayed({ timeout: 10000 });
  const history = await browser.$$('[data-testid="history-row"]');
  assert.ok(history.length >= 1, "the trainee's history lists the session");
  await screenshot(browser, "trainee-page");
  await go("#/trainees");
  await (await browser.$('[data-testid="trainee-row"]')).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "trainees-list");

  // Accents and case aside, the French way: the demo's « Leïla » is found by « leila ».
  const plain = (s) =>
    s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const all = await invoke("trainees", { text: "", country: null, sessionId: null });
  const accented = all.map((t) => t.first_name).find((n) => /[\u00c0-\u017f]/.test(n));
  assert.ok(accented, "the demo has a first name with an accent");
  const rowCount = async (text) => {
    await (await $("trainee-search")).setValue(text);
    await browser.pause(600);
    return (await browser.$$('[data-testid="trainee-row"]')).length;
  };
  const withAccents = await rowCount(accented);
  assert.ok(withAccents >= 1);
  assert.equal(await rowCount(plain(accented).toUpperCase()), withAccents, `${plain(accented)} finds ${accented}`);

  await go("#/partners");
  const unit = await browser.$('[data-testid="unit-row"] a');
  await unit.waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "partners-units");
  // Bénin before Burkina Faso, Côte d'Ivoire before Croatie.
  const countries = await browser.execute(() =>
    [...document.querySelectorAll('[data-testid="unit-row"] td:nth-child(2)')].map((td) => td.textContent.trim()),
  );
  const folded = countries.map(plain);
  assert.deepEqual(folded, [...folded].sort(), `units sorted by country the French way: ${countries.join(", ")}`);
  await unit.click();
  await (await $("unit-page")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "partners-unit-page");
  // The unit is edited from its page, then put back.
  const unitName = await textOf(browser, "unit-page-name");
  const rename = async (name) => {
    await (await $("unit-edit")).click();
    const input = await $("unit-name");
    await browser.waitUntil(async () => (await input.getValue()) !== "", { timeout: 10000 });
    await input.setValue(name);
    await (await $("unit-save")).click();
    await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
    await browser.waitUntil(async () => (await textOf(browser, "unit-page-name")) === name, {
      timeout: 10000,
      timeoutMsg: `the unit is now named ${name}`,
    });
  };
  await rename(`${unitName} (renommée)`);
  await screenshot(browser, "partners-unit-edited");
  await rename(unitName);
  await go("#/partners/exchanges");
  await (await $("exchanges-table")).waitForDisplayed({ timeout: 10000 });
  await screenshot(browser, "partners-exchanges");

  await go("#/dashboard");
  const row = await browser.$('[data-testid="gign-row"][data-year="2016"]');
  await row.waitForDisplayed({ timeout: 20000 });
  assert.equal(await (await row.$('[data-testid="gign-trainees"]')).getText(), "100");
  assert.equal(await (await row.$('[data-testid="gign-states"]')).getText(), "20");
  await screenshot(browser, "dashboard-gign");
});

test("the year view shows 12 months, opens one, and an exchange is created then deleted", async () => {
  const go = (hash) => browser.execute((hash) => (window.location.hash = hash), hash);
  await go("#/courses");
  await (await $("view-year")).waitForDisplayed({ timeout: 10000 });
  await (await $("view-year")).click();
  await (await $("calendar-year")).waitForDisplayed({ timeout: 10000 });
  const months = await browser.$$('[data-testid="calendar-year-month"]');
  assert.equal(months.length, 12);
  await screenshot(browser, "courses-calendar-year");
  await (await browser.$('[data-testid="calendar-year-month"][data-month="2"]')).click();
  await (await $("calendar-month")).waitForDisplayed({ timeout: 10000 });
  assert.equal(await (await $("planning-month")).getText(), "mars");

  await go("#/partners/exchanges");
  await (await $("exchanges-table")).waitForDisplayed({ timeout: 10000 });
  const before = (await browser.$$('[data-testid="exchange-row"]')).length;
  await (await $("exchange-new")).click();
  await (await $("exchange-title")).setValue("Échange e2e");
  await choose("exchange-kind", "seminar");
  const country = await $("exchange-country-input");
  await country.setValue("Belgi");
  await (await browser.$('[data-testid="exchange-country-option"]')).waitForDisplayed({ timeout: 10000 });
  await browser.keys("Enter");
  await screenshot(browser, "partners-exchange-form");
  await (await $("exchange-save")).click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="exchange-row"]')).length === before + 1, {
    timeout: 10000,
    timeoutMsg: "the new exchange is listed",
  });
  const id = await browser.execute(
    () =>
      [...document.querySelectorAll('[data-testid="exchange-row"]')]
        .find((r) => r.textContent.includes("Échange e2e"))
        ?.querySelector('[data-testid="exchange-delete"]')?.dataset.id,
  );
  assert.ok(id, "the new exchange has a delete button");
  // Edited: its form opens with its values, the new title is listed.
  await (await browser.$(`[data-testid="exchange-edit"][data-id="${id}"]`)).click();
  const title = await $("exchange-title");
  await browser.waitUntil(async () => (await title.getValue()) === "Échange e2e", { timeout: 10000 });
  await title.setValue("Échange e2e révisé");
  await (await $("exchange-save")).click();
  await (await $("form-dialog")).waitForExist({ reverse: true, timeout: 10000 });
  await browser.waitUntil(
    async () =>
      browser.execute(() =>
        [...document.querySelectorAll('[data-testid="exchange-row"]')].some((r) =>
          r.textContent.includes("Échange e2e révisé"),
        ),
      ),
    { timeout: 10000, timeoutMsg: "the edited title is listed" },
  );
  await (await browser.$(`[data-testid="exchange-delete"][data-id="${id}"]`)).click();
  await (await $("confirm-ok")).click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="exchange-row"]')).length === before, {
    timeout: 10000,
    timeoutMsg: "the exchange is deleted",
  });
});
