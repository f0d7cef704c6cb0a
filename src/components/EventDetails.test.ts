import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../tests/unit/sample-chronology.ts';
import { languageFor } from '../../tests/unit/language-for.ts';
import { messages as km } from '../lib/i18n/messages/km.ts';
import WithApp from '../../tests/unit/WithApp.svelte';
import { AppState } from '../lib/state/app-state.svelte.ts';
import { decodeViewState } from '../lib/url/view-state.ts';
import EventDetails from './EventDetails.svelte';
import { loadCard } from './card/card-loaders.ts';

type Variant = 'full' | 'compact';

/** Renders the card once its code has arrived (it is a chunk of its own: card-loaders.ts). */
async function renderCard(app: AppState, variant: Variant = 'full') {
  await loadCard(variant);
  render(WithApp, { props: { app, component: EventDetails, props: { variant } } });
  await new Promise((settled) => setTimeout(settled, 0));
  return userEvent.setup();
}

function loaded(modes?: ConstructorParameters<typeof AppState>[0]) {
  const app = new AppState(modes);
  app.load(sampleChronology());
  return app;
}

const heading = () => screen.getByRole('region').querySelector('h2')!.textContent;
const previousButton = () => screen.getByRole('button', { name: /^Previous event/ });
const nextButton = () => screen.getByRole('button', { name: /^Next event/ });

describe('EventDetails', () => {
  it.each<Variant>(['full', 'compact'])(
    'steps with Next through the shown events in the list’s order (%s)',
    async (variant) => {
      const app = loaded();
      const order = app.filters.events.map((event) => event.id);
      app.selection.select(order[0]);
      const user = await renderCard(app, variant);
      const visited = [app.selection.selectedId];
      while (!nextButton().hasAttribute('disabled')) {
        await user.click(nextButton());
        visited.push(app.selection.selectedId);
      }
      expect(visited).toEqual(order);
      expect(heading()).toBe(app.filters.events.at(-1)!.title);
    },
  );

  it('marks each source title with its own language, English where the data gives none', async () => {
    const chronology = sampleChronology();
    const hanoi = chronology.events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;
    const [vietnamese, english] = hanoi.sources;
    vietnamese!.lang = 'vi';
    const app = new AppState();
    app.load(chronology);
    app.selection.select(hanoi.id);
    await renderCard(app);
    // the sources come a frame after the card's head
    const title = (source: typeof vietnamese) =>
      screen.findByText(
        (_, element) => element?.textContent === source!.title && element.matches('a, span'),
      );
    expect(await title(vietnamese)).toHaveAttribute('lang', 'vi');
    expect(await title(english)).toHaveAttribute('lang', 'en');
  });

  it('names the events either side, and disables Previous at the first and Next at the last', async () => {
    const app = loaded();
    const [first, second, third] = app.filters.events;
    app.selection.select(first!.id);
    const user = await renderCard(app);
    expect(previousButton()).toBeDisabled();
    expect(nextButton()).toHaveAccessibleName(`Next event: ${second!.title}`);
    await user.click(nextButton());
    expect(previousButton()).toHaveAccessibleName(`Previous event: ${first!.title}`);
    expect(nextButton()).toHaveAccessibleName(`Next event: ${third!.title}`);
    app.selection.select(app.filters.events.at(-1)!.id);
    flushSync();
    expect(nextButton()).toBeDisabled();
    expect(previousButton()).toBeEnabled();
  });

  it('steps among the events the filter shows, from where a hidden event would stand', async () => {
    const app = loaded();
    app.filters.setQuery('webinar');
    app.selection.select('2023-12-06-pgc-13-hanoi');
    const user = await renderCard(app);
    expect(app.filters.events.map((event) => event.id)).toEqual(['2021-04-arf-webinar']);
    // the hidden Hanoi meeting comes after the webinar: nothing shown follows it
    expect(nextButton()).toBeDisabled();
    await user.click(previousButton());
    expect(app.selection.selectedId).toBe('2021-04-arf-webinar');
    expect(previousButton()).toBeDisabled();
  });

  it('in compact form links to the same event on the full page, in a new tab', async () => {
    const app = loaded({ embed: true, map: true });
    app.applyView(decodeViewState('?embed=1&map=1&event=2021-04-arf-webinar'));
    await renderCard(app, 'compact');
    const link = screen.getByRole('link', { name: /^Details and sources/ });
    expect(link).toHaveAttribute('target', '_blank');
    const [path, search] = link.getAttribute('href')!.split('?');
    expect(path).toBe(import.meta.env.BASE_URL);
    expect(decodeViewState(`?${search}`)).toMatchObject({
      event: '2021-04-arf-webinar',
      embed: false,
      map: false,
    });
    // the compact card leaves sharing and sources to the full page
    expect(screen.queryByRole('button', { name: 'Cite' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sources' })).toBeNull();
  });

  it('marks the event’s own text as English, for a page in another language', async () => {
    const app = loaded();
    app.selection.select('2023-12-06-pgc-13-hanoi');
    await renderCard(app);
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    expect(screen.getByText('A one-day conference.').closest('[lang]')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it.each<Variant>(['full', 'compact'])(
    'with nothing selected names the chronology, counts its events and starts at the first (%s)',
    async (variant) => {
      const app = loaded();
      const user = await renderCard(app, variant);
      const card = screen.getByRole('region', { name: app.shown.title });
      expect(card).toHaveTextContent(`${app.shown.allEvents.length} events.`);
      expect(card).toHaveTextContent(/Select an event on the timeline/);
      await user.click(screen.getByRole('button', { name: 'Start with the first event' }));
      expect(app.selection.selectedId).toBe(app.filters.events[0]!.id);
      expect(screen.getByRole('region', { name: app.filters.events[0]!.title })).toBe(card);
    },
  );

  it('says a linked event was not found, and how many the filter shows', async () => {
    const app = loaded();
    app.applyView(decodeViewState('?event=2099-01-01-gone&q=webinar'));
    await renderCard(app);
    const card = screen.getByRole('region', { name: 'Event not found' });
    expect(card).toHaveTextContent('2099-01-01-gone');
    expect(card).toHaveTextContent(`1 of ${app.shown.allEvents.length} events match the filters.`);
  });

  it('writes the date and the states in the reader’s language, an unnamed state marked English', async () => {
    const chronology = sampleChronology();
    const hanoi = chronology.events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;
    // a state no language has a name for (not an ISO 3166 country)
    const atlantis = { code: 'ATL', name: 'Atlantis' };
    chronology.states.push(atlantis);
    hanoi.participants.push(atlantis);
    const app = new AppState();
    app.load(chronology);
    app.selection.select(hanoi.id);
    const language = languageFor('km', km);
    await loadCard('full');
    render(WithApp, { props: { app, component: EventDetails, props: {}, language } });
    await screen.findByRole('heading', { level: 2, name: hanoi.title });
    const card = screen.getByRole('region');
    const khmerDate = new Intl.DateTimeFormat('km', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(2023, 11, 6));
    expect(card.querySelector('time')!.textContent).toBe(khmerDate);
    expect(khmerDate).not.toBe('6 December 2023');
    const vietNam = new Intl.DisplayNames(['km'], { type: 'region' }).of('VN')!;
    const names = [...card.querySelectorAll('dd span[lang]')].map((span) => [
      span.textContent,
      span.getAttribute('lang'),
    ]);
    expect(names).toContainEqual([vietNam, 'km']);
    expect(names).toContainEqual(['Atlantis', 'en']);
  });
});
