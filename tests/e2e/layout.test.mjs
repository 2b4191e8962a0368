// Every screen at 1280×800, as the cell's laptops show it: nothing runs off the right edge
// (columns that do not fit wrap or collapse), the page scrolls once (no table scrolling inside
// it), and a pinned table header hides the rows scrolled under it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { freshDb, openApp, settledScreenshot as screenshot } from "./harness.mjs";

let browser;
const db = freshDb();

before(async () => {
  browser = await openApp(db);
});

after(async () => {
  await browser?.deleteSession();
});

const $ = (id) => browser.$(`[data-testid="${id}"]`);

/**
 * What is wrong with the layout: elements whose right edge passes the window's or that
 * scroll sideways, and more than one box scrolling vertically (a table scrolling inside
 * the page). Empty when the screen fits.
 */
function overflowing() {
  return browser.execute(() => {
    const width = document.documentElement.clientWidth;
    const name = (el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""}.${el.className}`;
    const out = [];
    const vertical = [];
    for (const el of document.querySelectorAll("body *")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      const sideways = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(style.overflowX);
      if (box.right > width + 1 || sideways) {
        out.push(`${name(el)} right=${Math.round(box.right)}${sideways ? " scrolls" : ""}`);
      }
      if (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(style.overflowY)) vertical.push(name(el));
    }
    if (vertical.length > 1) out.push(`${vertical.length} vertical scroll bars: ${vertical.join(", ")}`);
    return out.slice(0, 8);
  });
}

const SCREENS = [
  ["dashboard", []],
  ["ssi", []],
  ["ssi/agents", []],
  ["technical", ["actions", "programmes", "references"]],
  ["operational", []],
  ["courses", ["planning", "catalogue", "requests", "certificates"]],
  ["trainees", []],
  ["partners", ["units", "networks", "exchanges"]],
  ["reports", []],
  ["charts", []],
  ["journal", []],
  ["settings", []],
];

test("every screen fits 1280×800 without running off the right edge", async () => {
  const size = await browser.execute(() => [window.innerWidth, window.innerHeight]);
  assert.deepEqual(size, [1280, 800]);
  const found = [];
  for (const [hash, tabs] of SCREENS) {
    await browser.execute((h) => (window.location.hash = `#/${h}`), hash);
    await browser.pause(1500);
    for (const tab of tabs.length ? tabs : [null]) {
      if (tab) {
        await (await $(`tab-${tab}`)).click();
        await browser.pause(1500);
      }
      const name = tab ? `${hash}/${tab}` : hash;
      const bad = await overflowing();
      if (bad.length) found.push(`${name}: ${bad.join(" | ")}`);
      await screenshot(browser, `layout-${name.replace("/", "-")}`);
    }
  }
  assert.deepEqual(found, []);
});

test("a pinned table header hides the rows scrolled under it", async () => {
  await browser.execute(() => (window.location.hash = "#/partners"));
  await (await $("tab-units")).click();
  await (await browser.$('[data-testid="unit-row"]')).waitForDisplayed({ timeout: 10000 });
  const seen = await browser.execute(() => {
    const content = document.querySelector("main.content");
    content.scrollTop = 400;
    const head = document.querySelector('[data-testid="units-table"] thead th').getBoundingClientRect();
    const top = content.getBoundingClientRect().top;
    // A row showing in the gap between the top of the scrolled box and the pinned header.
    const through = [...document.querySelectorAll('[data-testid="unit-row"]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return Math.min(b.bottom, head.top) - Math.max(b.top, top) > 1;
    }).length;
    return { headTop: head.top, top, through };
  });
  await screenshot(browser, "layout-sticky-header");
  assert.equal(seen.through, 0, `rows show above the pinned header: ${JSON.stringify(seen)}`);
  assert.ok(Math.abs(seen.headTop - seen.top) <= 1, `the header sticks to the top: ${JSON.stringify(seen)}`);
});

test("selecting actions keeps their toolbar on one line, and the search box shows its whole hint", async () => {
  await browser.execute(() => (window.location.hash = "#/technical"));
  await (await $("tab-actions")).click();
  await (await browser.$('[data-testid="action-row"]')).waitForDisplayed({ timeout: 20000 });
  for (const box of (await browser.$$('[data-testid="action-check"]')).slice(0, 3)) await box.click();
  await browser.waitUntil(async () => /\(3\)/.test(await (await $("action-delete")).getText()), { timeout: 10000 });
  const tops = await browser.execute(() =>
    [...document.querySelector('[data-testid="action-new"]').parentElement.children]
      .filter((el) => el.getBoundingClientRect().height > 0 && !/absolute|fixed/.test(getComputedStyle(el).position))
      .map((el) => Math.round(el.getBoundingClientRect().top)),
  );
  assert.ok(Math.max(...tops) - Math.min(...tops) < 12, `one line: ${tops.join(", ")}`);
  const hint = await browser.execute(() => {
    const input = document.querySelector('[data-testid="filter-text"]');
    const probe = document.createElement("span");
    probe.style.font = getComputedStyle(input).font;
    probe.style.position = "absolute";
    probe.style.whiteSpace = "pre";
    probe.textContent = input.placeholder;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    const style = getComputedStyle(input);
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { needed, room };
  });
  assert.ok(hint.needed <= hint.room, `the placeholder fits: ${JSON.stringify(hint)}`);
  await screenshot(browser, "layout-actions-selected");
  // Filter labels on one line, text boxes as tall as the drop-downs beside them.
  const boxes = await browser.execute(() =>
    [...document.querySelectorAll(".filters input:not([type=checkbox]), .filters select")].map((el) =>
      Math.round(el.getBoundingClientRect().height),
    ),
  );
  assert.ok(boxes.length > 5 && new Set(boxes).size === 1, `every filter box has one height: ${boxes.join(", ")}`);
});
