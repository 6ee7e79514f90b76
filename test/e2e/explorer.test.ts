/**
 * The explorer end to end: the real server (API + built web app) on the tests' Neo4j holding the two seed articles,
 * driven in Debian's Chromium by playwright-core. Screenshots go to test-results/e2e/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserUnderTest, openBrowserUnderTest } from './browser.js';

const SCREENSHOTS = path.resolve('test-results/e2e');

/**
 * How long to wait for the page to show an answer: a query Neo4j has not planned yet takes a second or two alone, and
 * over ten seconds on two cores shared with the other test files that run side by side.
 */
const POLL = { timeout: 20_000 };

// A browser test walks several answers in a row; each may take POLL.timeout on a loaded machine.
describe('graph explorer in a browser', { timeout: 120_000 }, () => {
  let browser: BrowserUnderTest;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  /** Requests that left the machine: there must be none (no CDN). */
  let external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await openBrowserUnderTest({ name: 'explorer-e2e', graphiql: true, timeoutMs: POLL.timeout });
    ({ baseUrl, context, external } = browser);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The GraphQL requests the current page sent: the operations each document names, and its variables. */
  let sent: Array<{ operations: string[]; variables: Record<string, unknown> }> = [];
  /** How many requests ran `operation`, with variables that include `variables`. */
  const sentCount = (operation: string, variables: Record<string, unknown> = {}) =>
    sent.filter(
      (request) =>
        request.operations.includes(operation) &&
        Object.entries(variables).every(([key, value]) => request.variables[key] === value),
    ).length;

  beforeEach(async () => {
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    sent = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${baseUrl}/graphql`) || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { query: string; variables?: Record<string, unknown> };
      const operations = [...body.query.matchAll(/^\s*(?:query|mutation)\s+(\w+)/gm)].map((match) => match[1]!);
      sent.push({ operations, variables: body.variables ?? {} });
    });
  });

  afterEach(async () => {
    await page.close();
  });

  async function searchAndOpen(name: string): Promise<void> {
    await page.getByRole('combobox', { name: 'Search entities' }).fill(name.split(' ')[0]!);
    // Anchored: an event named after who took part ("Courtesy visit of … to Boy Rafli Amar") also matches the name.
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe(name);
  }

  it('finds Suhardi by search, expands him and shows Andhika Krisnayudhanto accompanying him at the 2018-09-19 workshop, with the quote', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('#overlay').textContent(), POLL).toContain('Search for a person');
    await searchAndOpen('Suhardi Alius');

    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    const companion = page.locator('.fact-row', { hasText: 'Andhika Krisnayudhanto' });
    await companion.waitFor();
    const row = (await companion.innerText()).replace(/\s+/g, ' ');
    expect(row).toContain('accompanied by');
    expect(row).toContain('workshop');
    expect(row).toContain('2018-09-19');
    expect(sentCount('PersonNeighbours', { id: 'person:suhardi-alius' })).toBe(1);

    await companion.getByRole('button', { name: /^Evidence/ }).click();
    const evidence = page.locator('#evidence');
    await expect
      .poll(() => evidence.locator('h3').textContent(), POLL)
      .toBe('Suhardi Alius — accompanied by → Andhika Krisnayudhanto');
    const marked = await evidence.locator('.quote mark').first().textContent();
    expect(marked).toContain('didampingi oleh');
    expect(marked).toContain('Andhika Krisnayudhanto');
    expect(await evidence.locator('.quote').first().textContent()).toContain('Dalam Workhsop ini');
    expect(await evidence.locator('.source').first().textContent()).toMatch(/^Source: /);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'suhardi-evidence.png') });

    // The view is in the address: opening it again restores the expanded graph and the selected evidence.
    const shared = page.url();
    expect(new URL(shared).searchParams.get('focus')).toBe('person:suhardi-alius');
    const again = await context.newPage();
    await again.goto(shared);
    await expect
      .poll(() => again.locator('#evidence h3').textContent(), POLL)
      .toBe('Suhardi Alius — accompanied by → Andhika Krisnayudhanto');
    await again.close();
  });

  it("shows Suhardi Alius's timeline with positions and events in date order", async () => {
    await page.goto(`${baseUrl}/?focus=person:suhardi-alius&tab=timeline`);
    const entries = page.locator('.timeline-entry time');
    await entries.first().waitFor();
    const dates = await entries.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
    expect(await page.locator('.timeline-list').innerText()).toContain('ASEAN-Japan workshop');
  });

  it('sends each load once, however often the page redraws while it runs, and each request carries one operation', async () => {
    // Opening a timeline redraws the page as the card, the focus and the selection arrive; each asks for what is missing.
    await page.goto(`${baseUrl}/?focus=person:suhardi-alius&tab=timeline`);
    await page.locator('.timeline-entry').first().waitFor();
    // Pressing e twice expands once: the second press joins the expansion in flight.
    await page.locator('#canvas').focus();
    await page.keyboard.press('e');
    await page.keyboard.press('e');
    await page.getByRole('tab', { name: 'Card' }).click();
    await page.locator('.fact-row', { hasText: 'Andhika Krisnayudhanto' }).first().waitFor();
    expect(sentCount('EntityCard', { id: 'person:suhardi-alius' })).toBe(1);
    expect(sentCount('Timeline', { id: 'person:suhardi-alius' })).toBe(1);
    // The first page asks for every connection (w… true); a "more" would ask only for some.
    const firstPage = { wPositions: true, wEvents: true, wAccompanied: true, wAccompaniedBy: true };
    expect(sentCount('PersonNeighbours', { id: 'person:suhardi-alius', ...firstPage })).toBe(1);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const request of sent) expect(request.operations).toHaveLength(1);
  });

  it('searches one type through its list root, by keyboard: persons whose name starts with "Boy", then the embassies', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('#overlay').textContent(), POLL).toContain('Search for a person');
    // "/" focuses the text; the type picker sits just before it.
    await page.keyboard.press('/');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-type');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-type').inputValue()).toBe('persons');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Boy');
    const options = page.getByRole('option');
    await page.getByRole('option', { name: /^Boy Rafli Amar/ }).waitFor();
    // Typing sends a list per prefix ("B", "Bo", "Boy"): the last one's answer settles the options.
    await expect.poll(() => options.locator('.option-type').allTextContents(), POLL).toEqual(['Person']);
    const persons = sent.filter((request) => request.operations[0] === 'ListPersons');
    expect(persons.at(-1)?.variables.where).toEqual({ namePrefix: 'Boy' });
    expect(sentCount('Search')).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe('Boy Rafli Amar');

    // A root without a name filter lists its first page; the kind picker narrows it.
    await page.getByRole('combobox', { name: 'Search in' }).selectOption('organizations');
    expect(await page.locator('#search').getAttribute('readonly')).not.toBeNull();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('EMBASSY');
    await expect
      .poll(() => sent.filter((request) => request.operations[0] === 'ListOrganizations').at(-1)?.variables.where, POLL)
      .toEqual({ kind: 'EMBASSY' });
    await expect
      .poll(() => options.locator('.option-name').allTextContents(), POLL)
      .toEqual(['Embassy of France in Indonesia']);
    expect(await options.locator('.option-type').allTextContents()).toEqual(['Organization']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-embassies.png') });
    await page.getByRole('combobox', { name: 'Search entities' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe('Embassy of France in Indonesia');
  });

  it('finds a path from Masafumi Ishii to Boy Rafli Amar and draws it', async () => {
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Path finder' }).click();
    await page.getByRole('combobox', { name: 'From' }).fill('Masafumi');
    await page.getByRole('option', { name: /^Masafumi Ishii/ }).click();
    await page.getByRole('combobox', { name: 'To' }).fill('Boy Rafli');
    await page.getByRole('option', { name: /^Boy Rafli Amar/ }).click();
    await page.getByRole('button', { name: 'Find path' }).click();

    const hops = page.locator('.path-hop');
    await hops.first().waitFor();
    expect(await page.locator('.path-summary').textContent()).toMatch(/^Path of \d hops?:$/);
    expect(await hops.first().textContent()).toContain('Masafumi Ishii');
    expect(await hops.last().textContent()).toContain('Boy Rafli Amar');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'path-ishii-boy-rafli-amar.png') });

    await hops
      .first()
      .getByRole('button', { name: /^Evidence/ })
      .click();
    expect((await page.locator('#evidence .quote').first().textContent())?.length).toBeGreaterThan(10);
  });

  it('shows an error, not a blank page, when the address names an entity that does not exist', async () => {
    await page.goto(`${baseUrl}/?focus=person:nobody-of-that-name`);
    await expect
      .poll(() => page.locator('#alert').textContent(), POLL)
      .toContain('No entity has the id “person:nobody-of-that-name”');
    expect(await page.locator('#overlay').textContent()).toContain('No entity has the id');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unknown-entity.png') });
  });

  it("shows the API's error, not a blank page, for a search the API refuses", async () => {
    await page.goto(baseUrl);
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Suhardi '.repeat(30));
    await expect
      .poll(() => page.locator('#search-slot .search-message').textContent(), POLL)
      .toMatch(/^Search failed: expected a search text of .+ but got 239\.$/);
    expect(await page.locator('h1').textContent()).toBe('Officials graph');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-error.png') });
  });

  it('serves GraphiQL at /graphiql from local files, and no page loaded anything from elsewhere', async () => {
    await page.goto(`${baseUrl}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    // On a busy machine the first click may come before GraphiQL has its query in place: run it until it answers.
    const execute = page.getByRole('button', { name: /Execute query/i });
    await expect
      .poll(
        async () => {
          await execute.click();
          return page.locator('.graphiql-response').textContent();
        },
        { ...POLL, interval: 2_000 },
      )
      .toContain('Suhardi Alius');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphiql.png') });
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
