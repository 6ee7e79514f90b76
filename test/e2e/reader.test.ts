/**
 * The article reader and the review queue end to end: the real server (API + built web app, with an API key) on the
 * tests' Neo4j holding the two seed articles, driven in Debian's Chromium by playwright-core. From the evidence of a
 * fact to its article, every entity the article names marked by type; a fact retracted and restored from the
 * reader; a fact added from words selected in the text and two entities merged, each undone; a review item cleared
 * from the queue. Screenshots of the reader, its add form and the queue go to test-results/e2e/ (docs/ with
 * UPDATE_SCREENSHOTS=1).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserUnderTest, openBrowserUnderTest } from './browser.js';

/** Where the screenshots of the reader and the queue go: docs/ when asked for (UPDATE_SCREENSHOTS=1), else test-results/. */
const SHOTS = path.resolve(process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'test-results/e2e');
const FAILURES = path.resolve('test-results/e2e');
const API_KEY = 'reader-e2e-key-0123456789';
/** Generous: the machine is shared, and a query Neo4j has not planned yet takes a few seconds. */
const POLL = { timeout: 30_000 };
/** Each test walks several pages of the app. */
const TEST_TIMEOUT = 180_000;

interface ArticleMention {
  start: number;
  end: number;
  text: string;
  entity: { __typename: string; id: string; name: string } | null;
}

describe('article reader and review queue in a browser', () => {
  let browser: BrowserUnderTest;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  let external: string[] = [];
  const pageErrors: string[] = [];

  /** Asks the API directly, as a second client would: what the browser did must show there. */
  async function graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { analyst?: boolean } = {},
  ): Promise<T> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.analyst ? { 'x-api-key': API_KEY } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    browser = await openBrowserUnderTest({ name: 'reader-e2e', env: { API_KEY }, timeoutMs: POLL.timeout });
    ({ baseUrl, context, external } = browser);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async ({ task }) => {
    // A failing test leaves a picture of the page behind, to see what it showed.
    if (task.result?.state === 'fail') {
      await mkdir(FAILURES, { recursive: true });
      await page.screenshot({ path: path.join(FAILURES, `${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`) });
    }
    await page.close();
  });

  /** From the graph to the article: Suhardi Alius expanded, the evidence of his companion, "Open the article". */
  async function openCompanionArticle(): Promise<void> {
    await page.goto(`${baseUrl}/?focus=person:suhardi-alius`);
    await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe('Suhardi Alius');
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    const companion = page.locator('.fact-row', { hasText: 'Andhika Krisnayudhanto' });
    await companion.first().waitFor();
    await companion
      .first()
      .getByRole('button', { name: /^Evidence/ })
      .click();
    const evidence = page.locator('#evidence');
    await expect
      .poll(() => evidence.locator('h3').textContent(), POLL)
      .toBe('Suhardi Alius — accompanied by → Andhika Krisnayudhanto');
    await evidence.getByRole('button', { name: 'Open the article' }).first().click();
    await page.locator('.reader .reader-text mark').first().waitFor();
  }

  const reader = () => page.locator('.reader');
  const companionFact = () =>
    reader().locator('.reader-fact', { hasText: 'Suhardi Alius — accompanied by → Andhika Krisnayudhanto' });

  it(
    'opens the article from the evidence of "Suhardi Alius accompanied by Andhika Krisnayudhanto", at that quote, with every person, post and organisation marked by type',
    async () => {
      await openCompanionArticle();
      const articleId = await reader().getAttribute('data-article');
      expect(articleId).toMatch(/^article:/);

      // The quote the evidence panel showed is the one marked, in the sentence that holds it.
      const active = (await reader().locator('.evidence-active').allTextContents()).join('');
      expect(active).toContain('didampingi oleh');
      expect(active).toContain('Andhika Krisnayudhanto');
      expect(await companionFact().getAttribute('class')).toContain('current');

      // Specific mentions, by type: the person, the post and the organisation inside the post's words.
      const person = reader()
        .locator('mark.mention-Person[data-entity="person:suhardi-alius"]', { hasText: /^Suhardi Alius$/ })
        .first();
      expect(await person.getAttribute('title')).toBe('Person: Suhardi Alius');
      const post = reader()
        .locator('mark.mention-Position', { hasText: /^Kepala BNPT$/ })
        .first();
      expect(await post.getAttribute('title')).toBe('Position: Kepala BNPT');
      const inner = post.locator('mark.mention-Organization');
      expect(await inner.textContent()).toBe('BNPT');
      expect(await inner.getAttribute('title')).toBe('Organization: Badan Nasional Penanggulangan Terorisme');
      expect(
        await reader().locator('mark.mention-Person[data-entity="person:andhika-krisnayudhanto"]').count(),
      ).toBeGreaterThan(0);

      // Every mention the API lists for a person, a post or an organisation is marked with its entity and its words.
      const { article } = await graphql<{ article: { mentions: ArticleMention[] } }>(
        'query($id: ID!) { article(id: $id) { mentions { start end text entity { __typename id name } } } }',
        { id: articleId },
      );
      const marked = new Set(
        await reader()
          .locator('mark.mention')
          .evaluateAll((marks) => marks.map((mark) => `${mark.getAttribute('data-entity')}|${mark.textContent}`)),
      );
      const wanted = article.mentions.filter((m) =>
        ['Person', 'Position', 'Organization'].includes(m.entity?.__typename ?? ''),
      );
      expect(new Set(wanted.map((m) => m.entity?.__typename))).toEqual(new Set(['Person', 'Position', 'Organization']));
      for (const mention of wanted) expect(marked).toContain(`${mention.entity?.id}|${mention.text}`);
      expect(await reader().locator('mark.mention').count()).toBe(article.mentions.length);

      // Each fact beside the text says its confidence and its rule; choosing one marks its evidence.
      const meta = await companionFact().locator('.reader-fact-meta').textContent();
      expect(meta).toMatch(/^confidence 0\.\d\d · rule \S+/);
      await page.screenshot({ path: path.join(SHOTS, 'reader.png') });

      // Clicking a mention opens its card (and puts it on the canvas).
      await reader().locator('mark.mention-Person[data-entity="person:andhika-krisnayudhanto"]').first().click();
      await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe('Andhika Krisnayudhanto');
    },
    TEST_TIMEOUT,
  );

  it(
    'keeps the article and its quote in the address: a reload opens them again, Back returns to the graph',
    async () => {
      await openCompanionArticle();
      const articleId = await reader().getAttribute('data-article');
      const address = new URL(page.url());
      expect(address.searchParams.get('focus')).toBe('person:suhardi-alius');
      expect(address.searchParams.get('desk')).toBe('article');
      expect(address.searchParams.get('article')).toBe(articleId);
      expect(address.searchParams.get('at')).toMatch(/^\d+-\d+$/);
      const quote = (await reader().locator('.evidence-active').allTextContents()).join('');

      await page.reload();
      await expect.poll(() => reader().getAttribute('data-article'), POLL).toBe(articleId);
      await expect
        .poll(async () => (await reader().locator('.evidence-active').allTextContents()).join(''), POLL)
        .toBe(quote);
      expect(await page.locator('#desk').isHidden()).toBe(false);

      // Back: the graph as it was before the article was opened, the desk closed; Forward: the article again.
      await page.goBack();
      await expect.poll(() => page.locator('#desk').isHidden(), POLL).toBe(true);
      expect(new URL(page.url()).searchParams.get('desk')).toBeNull();
      expect(await page.locator('.card-title').textContent()).toBe('Suhardi Alius');
      await page.goForward();
      await expect.poll(() => page.locator('#desk').isHidden(), POLL).toBe(false);
      expect(await reader().getAttribute('data-article')).toBe(articleId);
    },
    TEST_TIMEOUT,
  );

  it(
    'marks the evidence of the fact chosen in the list, and reaches facts and mentions from the keyboard',
    async () => {
      await openCompanionArticle();
      const facts = reader().locator('.reader-fact');
      const first = facts.first();
      const title = first.locator('.reader-fact-title');
      await title.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => first.getAttribute('class'), POLL).toContain('current');
      const quote = (await reader().locator('.evidence-active').allTextContents()).join('');
      expect(quote.length).toBeGreaterThan(3);
      // The next stop after a fact's title is its "This fact is wrong" button.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('This fact is wrong');

      // A mention takes the focus and opens its entity with Enter.
      const mention = reader().locator('mark.mention-Person[data-entity="person:suhardi-alius"]').first();
      await mention.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.card-title').textContent(), POLL).toBe('Suhardi Alius');
      // Escape closes the desk and shows the graph again.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#desk').isHidden(), POLL).toBe(true);
    },
    TEST_TIMEOUT,
  );

  it(
    'retracts a fact from the reader, with a reason, and undoes it; the history shows both',
    async () => {
      const facts = () =>
        graphql<{ node: { accompaniedBy: { edges: { companion: { id: string } }[] } } }>(
          '{ node(id: "person:suhardi-alius") { ... on Person { accompaniedBy { edges { companion { id } } } } } }',
        ).then((data) => data.node.accompaniedBy.edges.map((edge) => edge.companion.id));
      expect(await facts()).toContain('person:andhika-krisnayudhanto');

      await openCompanionArticle();
      await companionFact()
        .getByRole('button', { name: /^This fact is wrong/ })
        .click();
      const reason = companionFact().getByLabel('Why is it wrong?');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className), POLL).toBe('reason-input');
      await reason.fill('Andhika came with the Japanese delegation, not with Suhardi Alius.');

      // Without the API key nothing is sent, and the reader says where the key goes.
      await page.keyboard.press('Enter');
      await expect
        .poll(() => companionFact().locator('.status-error').textContent(), POLL)
        .toContain('type the API key in the field above first.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
      await page.getByLabel('API key').fill(API_KEY);
      await companionFact().getByRole('button', { name: 'Retract' }).click();

      await expect.poll(() => companionFact().locator('.correction').textContent(), POLL).toContain('Retracted by');
      expect(await companionFact().getAttribute('class')).toContain('retracted');
      expect(await facts()).not.toContain('person:andhika-krisnayudhanto');
      const history = companionFact().locator('.history');
      await expect.poll(() => history.locator('.history-entry').first().textContent(), POLL).toContain('retract fact');

      await companionFact()
        .getByRole('button', { name: /^Undo the retraction/ })
        .click();
      await expect
        .poll(() => companionFact().locator('.correction').textContent(), POLL)
        .toContain('Retraction undone');
      expect(await facts()).toContain('person:andhika-krisnayudhanto');
      await expect
        .poll(
          () =>
            history
              .locator('.history-entry')
              .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.action)),
          POLL,
        )
        .toEqual(['UNDO', 'RETRACT_FACT']);
      expect(await history.locator('.history-entry').nth(1).textContent()).toContain('undone');
      // The card of the fact's subject, beside the reader, shows the same history.
      await expect
        .poll(
          () =>
            page
              .locator('#side .history-entry')
              .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.action)),
          POLL,
        )
        .toEqual(['UNDO', 'RETRACT_FACT']);
      expect(await page.locator('#side .card-title').textContent()).toBe('Suhardi Alius');
    },
    TEST_TIMEOUT,
  );

  it(
    'lists the articles, narrows them by a word of the text, and opens one',
    async () => {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Articles', exact: true }).click();
      const rows = page.locator('.article-row');
      await expect.poll(() => rows.count(), POLL).toBe(2);
      await page.getByLabel('Text', { exact: true }).fill('Perancis');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count(), POLL).toBe(1);
      await rows.first().getByRole('button').click();
      await expect
        .poll(() => reader().locator('mark.mention-Person[data-entity="person:boy-rafli-amar"]').count(), POLL)
        .toBeGreaterThan(0);
    },
    TEST_TIMEOUT,
  );

  it(
    'opens a review-queue item at its evidence, and dismissing it takes it off the queue',
    async () => {
      const pending = () =>
        graphql<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
          '{ reviewQueue(first: 100) { edges { node { id } } } }',
        ).then((data) => data.reviewQueue.edges.map((edge) => edge.node.id));
      const before = await pending();
      expect(before.length).toBeGreaterThan(0);

      await page.goto(baseUrl);
      await page.getByRole('button', { name: 'Review queue', exact: true }).click();
      const items = page.locator('.queue-item');
      await expect.poll(() => items.count(), POLL).toBe(Math.min(before.length, 20));
      const first = items.first();
      const id = await first.getAttribute('data-item');
      expect(id).toBe(before[0]);
      expect(await first.locator('.queue-meta').textContent()).toMatch(/^Touches \d+ facts?/);
      await page.screenshot({ path: path.join(SHOTS, 'review-queue.png') });

      // The item's evidence, in its article.
      const quote = (await first.locator('.quote').textContent()) ?? '';
      await first.getByRole('button', { name: 'Open the article' }).click();
      await expect
        .poll(async () => (await reader().locator('.evidence-active').allTextContents()).join(''), POLL)
        .toBe(quote);

      await page.getByRole('tab', { name: 'Review queue' }).click();
      await page.getByLabel('API key').fill(API_KEY);
      await first.getByRole('button', { name: /^Dismiss/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.queue-notice').textContent(), POLL).toMatch(/^Dismissed: /);
      expect(await page.locator(`.queue-item[data-item="${id}"]`).count()).toBe(0);
      expect(await pending()).not.toContain(id);
      // Reopened, the queue is as the test found it.
      await graphql(
        'mutation($id: ID!) { decideReviewItem(id: $id, decision: REOPEN) { id } }',
        { id },
        { analyst: true },
      );
      expect(await pending()).toContain(id);
      // The keyboard stays in the list.
      expect(await page.evaluate(() => document.activeElement?.closest('.queue-item') !== null)).toBe(
        before.length > 1,
      );
    },
    TEST_TIMEOUT,
  );

  /** Opens the ASEAN-Japan workshop's article from the list of articles. */
  async function openWorkshopArticle(): Promise<string> {
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    await page.getByLabel('Text', { exact: true }).fill('biometrik');
    await page.keyboard.press('Enter');
    const rows = page.locator('.article-row');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    await rows.first().getByRole('button').click();
    await reader().locator('mark.mention-Event').first().waitFor();
    return (await reader().getAttribute('data-article')) as string;
  }

  /** Selects `words` in the reader's text, as a mouse drag or the keyboard (caret browsing) would. */
  async function selectWords(words: string): Promise<void> {
    await page.locator('.reader-text').evaluate((text, wanted) => {
      const at = (text.textContent ?? '').indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the text`);
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (seen <= at && at < seen + length) range.setStart(node, at - seen);
        if (seen < at + wanted.length && at + wanted.length <= seen + length)
          range.setEnd(node, at + wanted.length - seen);
        seen += length;
      }
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    }, words);
  }

  it(
    'adds a missing fact from words selected in the text, as evidence at their place in the article, and undoes it',
    async () => {
      const articleId = await openWorkshopArticle();
      const analystEvidence = () =>
        graphql<{
          article: {
            facts: {
              fact: { type: string; from: { name: string } };
              evidence: { quote: string; start: number; end: number; extractorVersion: string }[];
            }[];
          };
        }>(
          'query($id: ID!) { article(id: $id) { facts { fact { type from { name } } evidence { quote start end extractorVersion } } } }',
          { id: articleId },
        ).then((data) =>
          data.article.facts.flatMap((f) =>
            f.evidence
              .filter((e) => e.extractorVersion === 'analyst')
              .map((e) => ({ ...e, type: f.fact.type, from: f.fact.from.name })),
          ),
        );
      expect(await analystEvidence()).toEqual([]);
      const add = reader().locator('.reader-add');
      expect(await add.locator('.hint').textContent()).toContain('Select the words');

      const words = 'kerja sama BNPT dan pemerintah Jepang dalam penyelenggaraan ASEAN-Japan workshop';
      await selectWords(` ${words}.\n`);
      // The quote is the selection without the white space around it.
      await expect.poll(() => add.locator('.reader-quote').textContent(), POLL).toBe(`Quote: “${words}.”`);
      await add.getByLabel('The fact').selectOption({ label: 'participated in' });
      // Only what may take part in an event is offered, what the selection names first; the event it names is the end.
      const from = await add.getByLabel('From').locator('option').allTextContents();
      expect(from.slice(0, 2)).toEqual(['Badan Nasional Penanggulangan Terorisme (Organization)', 'Japan (Country)']);
      expect(from.some((label) => label.endsWith('(Person)'))).toBe(true);
      expect(from.some((label) => label.endsWith('(Event)') || label.endsWith('(Position)'))).toBe(false);
      expect(await add.getByLabel('To').locator('option:checked').textContent()).toBe('ASEAN-Japan workshop (Event)');
      await add.getByLabel('From').selectOption({ label: 'Japan (Country)' });
      await add.getByLabel('Role').selectOption({ label: 'host' });
      await add.getByLabel('Why does it hold?').fill('The workshop was held together with the Japanese government.');
      await page.getByLabel('API key').fill(API_KEY);
      await add.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'reader-add-fact.png') });
      await add.getByRole('button', { name: 'Add the fact' }).click();

      await expect
        .poll(() => add.locator('.correction').textContent(), POLL)
        .toContain('Added “Japan — participated in (host) → ASEAN-Japan workshop”');
      const item = reader().locator('.reader-fact', {
        hasText: 'Japan — participated in (host) → ASEAN-Japan workshop',
      });
      expect(await item.locator('.reader-fact-meta').textContent()).toBe('confidence 1.00 · stated by an analyst');
      expect(await item.locator('.correction').textContent()).toContain('Added by');
      const [stored] = await analystEvidence();
      expect(stored).toMatchObject({ quote: `${words}.`, type: 'PARTICIPATED_IN', from: 'Japan' });
      const { article } = await graphql<{ article: { body: string } }>(
        'query($id: ID!) { article(id: $id) { body } }',
        { id: articleId },
      );
      expect(article.body.slice(stored!.start, stored!.end)).toBe(`${words}.`);
      await expect.poll(() => item.locator('.history-entry').first().textContent(), POLL).toContain('add fact');

      // Undone from the history of its subject, shown under it: the item says so too.
      await item
        .locator('.history-entry[data-action="ADD_FACT"]')
        .getByRole('button', { name: /^Undo this add fact/ })
        .click();
      await expect.poll(() => item.locator('.correction').textContent(), POLL).toContain('Addition undone');
      await expect
        .poll(() => item.locator('.history-entry[data-action="ADD_FACT"]').textContent(), POLL)
        .toContain('undone');
      expect(await item.getAttribute('class')).toContain('retracted');
      expect(await analystEvidence()).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'merges two entities the article names, re-pointing their marks, and undoes the merge',
    async () => {
      await openWorkshopArticle();
      const node = (id: string) =>
        graphql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id }).then(
          (d) => d.node?.id,
        );
      const merge = reader().locator('.reader-merge');
      await merge.getByLabel('Keep').selectOption({ label: 'Association of Southeast Asian Nations (Organization)' });
      const away = merge.getByLabel('Merge into it');
      const offered = await away.locator('option').allTextContents();
      expect(offered.length).toBeGreaterThan(1);
      expect(offered.every((label) => label.endsWith('(Organization)'))).toBe(true);
      await away.selectOption({ label: 'ASEAN Senior Officials Meeting on Transnational Crime (Organization)' });
      const keepId = await reader()
        .locator('mark.mention-Organization', { hasText: /^ASEAN$/ })
        .first()
        .getAttribute('data-entity');
      const awayMark = reader()
        .locator('mark.mention-Organization', { hasText: /^SOMTC$/ })
        .first();
      const awayId = (await awayMark.getAttribute('data-entity')) as string;
      expect(awayId).not.toBe(keepId);
      await merge.getByLabel('Why are they one?').fill('Checking the merge from the reader.');
      await page.getByLabel('API key').fill(API_KEY);
      await merge.getByRole('button', { name: 'Merge' }).click();

      await expect
        .poll(() => merge.locator('.correction').textContent(), POLL)
        .toContain(
          'Merged “ASEAN Senior Officials Meeting on Transnational Crime” into “Association of Southeast Asian Nations”',
        );
      expect(await node(awayId)).toBe(keepId);
      const repointed = reader().locator(`mark[data-merged-from="${awayId}"]`);
      expect(await repointed.count()).toBeGreaterThan(0);
      expect(await repointed.first().getAttribute('data-entity')).toBe(keepId);

      // Undone from the kept entity's card, beside the reader: its history lists the merge with an Undo.
      await repointed.first().click();
      await expect
        .poll(() => page.locator('#side .card-title').textContent(), POLL)
        .toBe('Association of Southeast Asian Nations');
      const entry = page.locator('#side .history-entry[data-action="MERGE"]');
      await entry.getByRole('button', { name: /^Undo this merge/ }).click();
      await expect.poll(() => entry.first().textContent(), POLL).toContain('undone');
      // The reader hears of it: the form says so, and the marks name the entity merged away again.
      await expect.poll(() => merge.locator('.correction').textContent(), POLL).toContain('is undone');
      expect(await node(awayId)).toBe(awayId);
      expect(await reader().locator(`mark[data-merged-from]`).count()).toBe(0);
      expect(await awayMark.getAttribute('data-entity')).toBe(awayId);
    },
    TEST_TIMEOUT,
  );

  it('loaded nothing from elsewhere and threw no page error', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
