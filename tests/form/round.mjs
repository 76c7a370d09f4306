// A member's round through cacd's own form, as people meet it: Debian's
// Chromium driven by puppeteer-core, the keyboard alone, axe-core on every
// page, in Dutch and in English, once with JavaScript and once without.
// tests/form/run.sh prepares the round and passes it in FORM_ROUND (JSON:
// base, admin, wave, twin, links {member: link}, out).
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const round = JSON.parse(process.env.FORM_ROUND);
const base = round.base;
const checked = [];   // what every page check found, for the summary
let failures = 0;

function check(condition, what) {
  if (!condition) {
    failures++;
    console.error(`FAIL ${what}`);
  }
}

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function api(method, path, body) {
  const reply = await fetch(base + path, {
    method,
    headers: { Authorization: `Bearer ${round.admin}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await reply.text();
  return { status: reply.status, json: text ? JSON.parse(text) : null };
}

// A page whose every request must go to cacd itself.
async function newPage(context, javascript) {
  const page = await context.newPage();
  await page.setBypassCSP(true);   // only so that axe can be injected
  await page.setJavaScriptEnabled(javascript);
  await page.setViewport({ width: 360, height: 740 });
  // a Dutch resident's phone; the pages follow it unless ?lang= says otherwise
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'nl-NL,nl;q=0.9,en;q=0.5' });
  page.on('request', (request) => {
    const url = request.url();
    check(url.startsWith(base) || url.startsWith('data:'), `a request to another host: ${url}`);
  });
  return page;
}

// axe on the page (in a JavaScript-enabled twin when the page has none),
// the page's size, and no sideways scrolling at 320 px and at 200% zoom.
async function audit(page, name, size) {
  const html = await page.content();
  const url = page.url();
  let target = page;
  if (!(await page.evaluate(() => true).catch(() => false)) || round.noScript) {
    target = null;
  }
  const twin = target ?? await newPage(page.browserContext(), true);
  if (!target) {
    await twin.setContent(html, { waitUntil: 'load' }).catch(() => {});
    await twin.goto(url, { waitUntil: 'load' }).catch(() => {});
  }
  await twin.addScriptTag({ path: axePath });
  const result = await twin.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const found = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  check(result.length === 0, `axe on ${name}: ${result.join('; ')}`);
  for (const width of [320, 640]) {
    await twin.setViewport({ width, height: 740 });
    const wide = await twin.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= width, `${name} scrolls sideways at ${width} px (${wide})`);
  }
  await twin.setViewport({ width: 360, height: 740 });
  if (size !== undefined)
    check(size < 30 * 1024, `${name} is ${size} bytes`);
  if (twin !== page)
    await twin.close();
  checked.push(name);
}

// Goes somewhere and returns the page's HTML size.
async function open(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  return { status: response.status(), size: (await response.text()).length };
}

// Presses Tab until the focus is on an element that matches test.
async function tabTo(page, test, what) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test))
      return;
  }
  throw new Error(`the keyboard never reached ${what}`);
}

// Answers one item by keyboard: Tab to its radio group, Space, arrows.
async function answerItem(page, number, choice, categories) {
  await tabTo(page, new Function(`return document.activeElement?.name === 'item-${number}'`),
    `item ${number}`);
  await page.evaluate(() => document.activeElement.blur && null);
  const steps = choice === 'dk' ? categories : choice - 1;
  // focus lands on the group's first radio (or its checked one): start from the first
  await page.evaluate((n) => document.querySelector(`input[name="item-${n}"]`).focus(), number);
  await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++)
    await page.keyboard.press('ArrowDown');
  const value = await page.evaluate((n) =>
    document.querySelector(`input[name="item-${n}"]:checked`)?.value, number);
  assert.equal(value, String(choice), `item ${number} took ${value}`);
}

async function pressButton(page, value) {
  await tabTo(page, new Function(`return document.activeElement?.value === '${value}'`),
    `the ${value} button`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

// The items on the current page, in order.
const itemsHere = (page) => page.evaluate(() =>
  [...document.querySelectorAll('fieldset.item')].map((f) => Number(f.id.slice(1))));

function chosen(number) {
  return number % 7 === 0 ? 'dk' : ((number * 3) % 4) + 1;
}

async function answerPart(page, answers) {
  for (const number of await itemsHere(page)) {
    await answerItem(page, number, chosen(number), 4);
    answers[number] = chosen(number);
  }
}

async function screenshot(page, name) {
  if (!round.out)
    return;
  for (const [width, height] of [[360, 740], [1280, 800]]) {
    await page.setViewport({ width, height });
    await page.screenshot({ path: `${round.out}/${name}-${width}.png` });
  }
  await page.setViewport({ width: 360, height: 740 });
}

// The whole round for one member: returns the answers chosen.
async function memberRound(member, javascript) {
  const context = await browser.createBrowserContext();
  let page = await newPage(context, javascript);
  const answers = {};
  const link = round.links[member];
  let opened = await open(page, link);
  check(opened.status === 200, `the link answered ${opened.status}`);
  await audit(page, 'welcome (nl)', opened.size);
  await screenshot(page, 'form-welcome');
  await pressButton(page, '');   // the Start button has no value: the first button
  check(new URL(page.url()).pathname === '/form/1', `Start led to ${page.url()}`);
  check(!page.url().includes(link.split('/').pop()), 'the code is in the address after Start');
  await audit(page, 'part 1 (nl)');
  // answer the first item, then switch language: the answer stays
  const first = (await itemsHere(page))[0];
  await answerItem(page, first, chosen(first), 4);
  answers[first] = chosen(first);
  await pressButton(page, 'lang');
  check(page.url().includes('lang=en'), `the switch led to ${page.url()}`);
  check(await page.evaluate((n) => document.querySelector(`input[name="item-${n}"]:checked`)?.value,
    first) === String(chosen(first)), 'the answer was lost switching language');
  check(await page.evaluate(() => document.documentElement.lang) === 'en', 'the page is not English');
  await audit(page, 'part 1 (en)');
  await screenshot(page, 'form-part');
  for (let part = 1; part <= 3; part++) {
    await answerPart(page, answers);
    await audit(page, `part ${part} answered (en)`);
    if (part < 3)
      await pressButton(page, 'next');
  }
  // save halfway, leave, come back through the same link
  await pressButton(page, 'save');
  check(await page.evaluate(() => !!document.querySelector('.notice')), 'no notice after Save');
  await page.close();
  page = await newPage(context, javascript);
  opened = await open(page, link);
  check(new URL(page.url()).pathname === '/form/1', `coming back led to ${page.url()}`);
  for (const [number, choice] of Object.entries(answers)) {
    const here = await page.evaluate((n) =>
      document.querySelector(`input[name="item-${n}"]:checked`)?.value ?? null, Number(number));
    if (here !== null)
      check(here === String(choice), `item ${number} came back as ${here}`);
  }
  await open(page, `${base}/form/4?lang=nl`);
  for (let part = 4; part <= 6; part++) {
    await answerPart(page, answers);
    await audit(page, `part ${part} (nl)`);
    await pressButton(page, 'next');
  }
  check(new URL(page.url()).pathname === '/form/review', `the last part led to ${page.url()}`);
  await audit(page, 'review (nl)');
  await screenshot(page, 'form-review');
  await tabTo(page, () => document.activeElement?.id === 'comment', 'the comment');
  await page.keyboard.type(`Opmerking van ${member}`);
  await pressButton(page, 'send');
  check(new URL(page.url()).pathname === '/form/done', `Send led to ${page.url()}`);
  await audit(page, 'thank you (nl)');
  await screenshot(page, 'form-done');
  await context.close();
  return answers;
}

// Pages of refusal: each in Dutch and English, each through axe.
async function refusals() {
  const context = await browser.createBrowserContext();
  const page = await newPage(context, true);
  for (const lang of ['nl', 'en']) {
    let opened = await open(page, `${round.links[round.members[0]]}?lang=${lang}`);
    check(opened.status === 410, `a used link answered ${opened.status}`);
    await audit(page, `used link (${lang})`, opened.size);
    opened = await open(page, `${base}/i/0000000000000000000000000a?lang=${lang}`);
    check(opened.status === 404, `an unknown link answered ${opened.status}`);
    await audit(page, `unknown link (${lang})`, opened.size);
    opened = await open(page, `${base}/form/1?lang=${lang}`);
    check(opened.status === 403, `no session answered ${opened.status}`);
    await audit(page, `no session (${lang})`, opened.size);
    opened = await open(page, `${round.closedLink}?lang=${lang}`);
    check(opened.status === 410, `a closed round's link answered ${opened.status}`);
    await audit(page, `closed round (${lang})`, opened.size);
  }
  await screenshot(page, 'form-closed');
  await context.close();
}

// A tampered value comes back beside its question, the rest kept.
async function tampered() {
  const context = await browser.createBrowserContext();
  const page = await newPage(context, true);
  await open(page, round.links[round.tamper]);
  await pressButton(page, '');
  await page.evaluate(() => {
    const radio = document.querySelector('input[type="radio"]');
    radio.value = '9';
    radio.checked = true;
  });
  await pressButton(page, 'next');
  check(await page.evaluate(() => document.querySelector('.error') !== null), 'no error beside the field');
  await audit(page, 'a page sent back (nl)');
  await screenshot(page, 'form-error');
  await context.close();
}

try {
  const answers = {};
  answers[round.members[0]] = await memberRound(round.members[0], true);
  round.noScript = true;
  answers[round.members[1]] = await memberRound(round.members[1], false);
  round.noScript = false;
  await tampered();
  await refusals();
  // what was stored is what was chosen, and scores as a PUT of it would
  for (const member of round.members.slice(0, 2)) {
    const stored = await api('GET', `/v1/waves/${round.wave}/responses/${member}`);
    const expected = Object.fromEntries(Object.entries(answers[member])
      .map(([k, v]) => [k, v === 'dk' ? null : v]));
    assert.deepEqual(stored.json.answers_on_scale, expected, `${member}'s stored answers`);
    check(stored.json.comment === `Opmerking van ${member}`, `${member}'s comment`);
    const put = await api('PUT', `/v1/waves/${round.twin}/responses/${member}`,
      { scale: 'agree4', answers: expected, comment: stored.json.comment });
    check(put.status === 201, `PUT to the twin wave answered ${put.status}`);
  }
  const formScores = await api('GET', `/v1/waves/${round.wave}/scores`);
  const putScores = await api('GET', `/v1/waves/${round.twin}/scores`);
  assert.deepEqual(formScores.json.items.map((i) => [i.number, i.score, i.n]),
    putScores.json.items.map((i) => [i.number, i.score, i.n]), 'form and PUT scores differ');
  check(formScores.json.overall === putScores.json.overall, 'overall scores differ');
} catch (error) {
  failures++;
  console.error(`FAIL ${error.stack}`);
} finally {
  await browser.close();
}
console.log(`form: ${checked.length} pages checked with axe-core, ${failures} failures`);
console.log(`${checked.length - Math.min(failures, checked.length)} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
