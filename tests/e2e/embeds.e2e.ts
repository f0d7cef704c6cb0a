/**
 * Embeds a newsroom's page can place: the oEmbed code of two events on a page of another origin,
 * sized to their content by embed.js; a frame of a third origin cannot resize anything; a clicker's
 * keys reach the page around the embed. And every share page's oEmbed link and JSON-LD.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as km } from '../../src/lib/i18n/messages/km.ts';
import { BASE_URL, builtDataset, openPage, useChromium } from './browser.ts';

const DIST = join(import.meta.dirname, '../../dist');
const dataset = builtDataset();
const chromium = useChromium();
const [FIRST, SECOND] = ['2023-12-06-pgc-13-hanoi', '2004-01-10-asean-china-mou-nts-bangkok'];
const titleOf = (id: string) => dataset.events.find((event) => event.id === id)!.title;

/** The built share page of an event, as the server gives it. */
async function sharePage(id: string): Promise<string> {
  const response = await fetch(new URL(`event/${id}/`, BASE_URL));
  expect(response.status, id).toBe(200);
  return response.text();
}

/**
 * The build writes absolute links for SITE_URL (wherever it is published); the test serves the
 * same files at BASE_URL, so a link is followed at the same path there.
 */
function served(href: string): URL {
  const url = new URL(href);
  return new URL(url.pathname.slice(1) + url.search, BASE_URL);
}

function oembedHref(html: string): string | undefined {
  return /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+" \/>/.exec(
    html,
  )?.[1];
}

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&amp;', '&');

function servers() {
  const started: Server[] = [];
  const listen = async (hostname: string, body: () => string) => {
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(body());
    });
    await new Promise<void>((resolve) => server.listen(0, hostname, resolve));
    started.push(server);
    return `http://${hostname}:${(server.address() as { port: number }).port}/`;
  };
  return { listen, close: () => started.forEach((server) => server.close()) };
}

describe('embeds on a page of another origin, with embed.js', () => {
  const running = servers();
  let hostUrl = '';
  let thirdUrl = '';

  beforeAll(async () => {
    // A third origin: a frame that asks to be made 999 px tall, as a chronology frame would, when
    // the host page tells it to
    thirdUrl = await running.listen(
      'localhost',
      () => `<!doctype html><title>Other</title>
      <script>
        addEventListener('message', () =>
          parent.postMessage({ type: 'chronology:resize', height: 999 }, '*'));
      </script>`,
    );
    // The host page pastes the oEmbed code of two events, in columns of different widths.
    const oembed = async (id: string) => {
      const href = oembedHref(await sharePage(id))!;
      const json = (await (await fetch(served(href))).json()) as { html: string };
      const builtRoot = new URL(href).origin + '/';
      return json.html.replaceAll(builtRoot, BASE_URL);
    };
    const [first, second] = [await oembed(FIRST), await oembed(SECOND)];
    hostUrl = await running.listen(
      '127.0.0.1',
      () => `<!doctype html><title>News</title>
      <script>
        window.received = [];
        addEventListener('message', (event) => window.received.push(event.data));
      </script>
      <div style="width: 420px">${first}</div>
      <div style="width: 900px">${second}</div>
      <iframe id="other" src="${thirdUrl}" title="Other"></iframe>`,
    );
  });

  afterAll(() => running.close());

  async function openHost(): Promise<Page> {
    const context = await chromium.current.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    return page;
  }

  const frameOf = (page: Page, id: string) =>
    page.frames().find((frame) => frame.url().includes(`event=${id}`))!;

  /** Waits for an embed's timeline to be drawn, and its height to be applied to its frame. */
  async function sized(page: Page, id: string) {
    const frame = page.frameLocator(`iframe[src*="event=${id}"]`);
    // the frames load lazily: as the reader scrolls to them
    await page.locator(`iframe[src*="event=${id}"]`).scrollIntoViewIfNeeded();
    await frame.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    await expect
      .poll(() => heights(page, id), { timeout: 15_000 })
      .toSatisfy(({ content, given }: { content: number; given: number }) => content === given);
  }

  /** The embed's own height, and the height of the frame the host gave it. */
  async function heights(page: Page, id: string) {
    const frame: Frame = frameOf(page, id);
    const content = await frame.evaluate(() =>
      Math.ceil(document.querySelector('main.embed')!.getBoundingClientRect().height),
    );
    const element = await frame.frameElement();
    const given = await element.evaluate(
      (iframe) => (iframe as Element).getBoundingClientRect().height,
    );
    return { content, given };
  }

  it('sizes each chronology frame to its content', async () => {
    const page = await openHost();
    for (const id of [FIRST, SECOND]) {
      const frame = page.frameLocator(`iframe[src*="event=${id}"]`);
      await sized(page, id);
      expect(await frame.locator('#details-heading').textContent()).toBe(titleOf(id));
      // not the height the code starts the frame at: the content's
      const { given } = await heights(page, id);
      expect(given, id).not.toBe(600);
      // nothing is cut off or scrolls inside the frame
      const overflow = await frameOf(page, id).evaluate(
        () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
    const [narrow, wide] = [await heights(page, FIRST), await heights(page, SECOND)];
    expect(narrow.given).not.toBe(wide.given);
    await page.context().close();
  });

  it('ignores a resize message from a frame of a third origin', async () => {
    const page = await openHost();
    // embed.js is at work: the chronology frames have their heights
    await sized(page, FIRST);
    // the message did arrive (asked for until the frame has loaded), and embed.js saw it as the
    // host page did
    await expect
      .poll(() =>
        page.evaluate(() => {
          const other = document.getElementById('other') as HTMLIFrameElement;
          other.contentWindow!.postMessage('go', '*');
          return (window as unknown as { received: unknown[] }).received;
        }),
      )
      .toContainEqual({ type: 'chronology:resize', height: 999 });
    const other = await page.locator('#other').evaluate((frame) => frame.clientHeight);
    expect(other).toBe(150);
    await page.context().close();
  });

  it('passes PageDown and PageUp pressed in an embed to the page around it', async () => {
    const page = await openHost();
    const frame = page.frameLocator(`iframe[src*="event=${FIRST}"]`);
    await expect.poll(() => frame.locator('#details-heading').textContent()).toBe(titleOf(FIRST));
    await frame.locator('#details-heading').click();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    const keys = () =>
      page.evaluate(() =>
        (window as unknown as { received: { type?: string }[] }).received.filter(
          (message) => message.type === 'chronology:key',
        ),
      );
    await expect.poll(keys).toEqual([
      { type: 'chronology:key', key: 'PageDown' },
      { type: 'chronology:key', key: 'PageUp' },
    ]);
    // the keys were the deck's: the embed still shows its event
    expect(await frame.locator('#details-heading').textContent()).toBe(titleOf(FIRST));
    await page.context().close();
  });
});

describe('what a CMS and a reference manager read from share pages', () => {
  const FIELDS = [
    'version',
    'type',
    'html',
    'width',
    'height',
    'title',
    'provider_name',
    'provider_url',
    'thumbnail_url',
    'thumbnail_width',
    'thumbnail_height',
  ];

  it('links every share page to an oEmbed file that resolves, with every field', async () => {
    for (const event of dataset.events) {
      const html = await sharePage(event.id);
      const href = oembedHref(html);
      expect(href, event.id).toMatch(new RegExp(`/event/${event.id}/oembed\\.json$`));
      const response = await fetch(served(href!));
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toMatch(/^application\/json\b/);
      const oembed = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(oembed).sort(), event.id).toEqual([...FIELDS].sort());
      expect([oembed['version'], oembed['type'], oembed['title']]).toEqual([
        '1.0',
        'rich',
        event.title,
      ]);
      expect(oembed['html']).toContain(`event=${event.id}&amp;embed=1`);
      const card = await fetch(served(oembed['thumbnail_url'] as string));
      expect(card.headers.get('content-type'), event.id).toBe('image/png');
    }
  });

  it("links the whole chronology's oEmbed file from the app", async () => {
    const index = await (await fetch(BASE_URL)).text();
    const oembed = (await (await fetch(served(oembedHref(index)!))).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(oembed).sort()).toEqual([...FIELDS].sort());
    expect(oembed['html']).not.toContain('event=');
  });

  it('gives every share page JSON-LD that parses and names its event', async () => {
    for (const event of dataset.events) {
      const html = readFileSync(join(DIST, 'event', event.id, 'index.html'), 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      expect(blocks, event.id).toHaveLength(1);
      const data = JSON.parse(blocks[0]![1]!) as Record<string, unknown>;
      expect([data['@type'], data['name']], event.id).toEqual(['Event', event.title]);
      expect(decode(/<meta name="citation_title" content="([^"]*)"/.exec(html)![1]!)).toBe(
        event.title,
      );
    }
  });

  it('shows a reader the JSON-LD the browser parses, naming the event on the page', async () => {
    const context = await chromium.current.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`event/${FIRST}/`, BASE_URL).href);
    const data = await page.evaluate(() =>
      JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
    );
    expect(data.name).toBe(await page.locator('h1').textContent());
    expect(data.location['@type']).toBe('Place');
    await context.close();
  });
});

describe('the Embed dialog in Khmer', () => {
  it('offers the responsive and the fixed-size code in Khmer', async () => {
    const { page, errors, offOrigin } = await openPage(
      chromium.current,
      `/?lang=km&event=${FIRST}`,
    );
    await page.locator('html[data-timeline-ready]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: km.share.embed, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: km.embed.heading });
    const responsive = dialog.getByRole('radio', { name: km.embed.autosize });
    expect(await responsive.isChecked()).toBe(true);
    expect(await dialog.getByLabel(km.embed.code).inputValue()).toContain('embed.js');
    await dialog.getByRole('radio', { name: km.embed.fixed }).check();
    expect(await dialog.getByLabel(km.embed.frame).isVisible()).toBe(true);
    expect(await dialog.getByLabel(km.embed.code).inputValue()).not.toContain('embed.js');
    // the dialog's own words are Khmer: what Latin letters are left are names and code
    const words = await dialog.locator('legend, label').allInnerTexts();
    expect(words.join(' ')).not.toMatch(/\b(Responsive|Fixed|Frame|Size|script)\b/);
    expect(offOrigin()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
