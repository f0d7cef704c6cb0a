import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { englishLanguage } from '../tests/unit/english-language.ts';
import { languageFor } from '../tests/unit/language-for.ts';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
import App from './App.svelte';
import { DatasetError } from './lib/chronology/decode.ts';
import { messages as km } from './lib/i18n/messages/km.ts';
import type { Said } from './lib/i18n/translate.ts';
import { AppState } from './lib/state/app-state.svelte.ts';
import { ImportState } from './lib/state/import.svelte.ts';

function renderLoaded() {
  const app = new AppState();
  app.load(sampleChronology());
  render(App, { props: { app, importer: new ImportState(app), language: englishLanguage() } });
  return { app, user: userEvent.setup() };
}

const eventButtons = () =>
  within(screen.getByRole('region', { name: 'Events by year' })).queryAllByRole('button', {
    name: /.+/,
  });

describe('App', () => {
  it('lists every event under its year', () => {
    renderLoaded();
    expect(screen.getByRole('heading', { level: 3, name: /2008/ })).toBeInTheDocument();
    expect(eventButtons()).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('All 3 events');
  });

  it('narrows the list as the reader types a search', async () => {
    const { user } = renderLoaded();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'hanoi');
    expect(eventButtons()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 events');
  });

  it('narrows the list by participating state and clears the filter again', async () => {
    const { user } = renderLoaded();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Participating state' }),
      'BRN',
    );
    expect(
      screen.getByRole('button', { name: 'Remove filter: With Brunei Darussalam' }),
    ).toBeVisible();
    expect(eventButtons().map((button) => button.dataset.eventId)).toEqual([
      '2008-aseanapol-brunei',
    ]);
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(eventButtons()).toHaveLength(3);
  });

  it('shows the details of the event the reader selects', async () => {
    const { user } = renderLoaded();
    await user.click(screen.getByRole('button', { name: /13th Prosecutors-General/ }));
    // the card's code is a chunk of its own, here as soon as it has arrived
    const details = await screen.findByRole('region', { name: /13th Prosecutors-General/ });
    expect(within(details).getByText('6 December 2023')).toBeInTheDocument();
    expect(within(details).getByText('Hanoi, Viet Nam')).toBeInTheDocument();
    // the participants, each name marked with the language it is in
    const participants = within(details).getByText('Participating states').nextElementSibling;
    expect(participants).toHaveTextContent(/^China, Viet Nam$/);
    // the sources come a frame after the card's head
    expect(
      await within(details).findByRole('link', { name: 'SPP news: "13th conference"' }),
    ).toHaveAttribute('href', 'https://en.spp.gov.cn/2023-12/06/c_950761.htm');
    expect(within(details).getByText('Vietnam News Agency, 6 December 2023')).toBeInTheDocument();
    expect(
      within(details).getByText('Confirmed: two or more independent sources agree.'),
    ).toBeInTheDocument();
  });

  it('marks uncertain events in the list and in the details', async () => {
    const { user } = renderLoaded();
    const webinar = screen.getByRole('button', { name: /ARF webinar/ });
    expect(within(webinar).getByText('Uncertain')).toBeInTheDocument();
    await user.click(webinar);
    expect(
      await screen.findByText(/^Uncertain: sources disagree on a key detail/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Notes on the sources' }),
    ).toBeInTheDocument();
  });

  it('says so when the chronology cannot be loaded', () => {
    const app = new AppState();
    app.shown.fail('The chronology could not be downloaded (data/events.json: HTTP 404).');
    render(App, { props: { app, importer: new ImportState(app), language: englishLanguage() } });
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404');
  });

  it('says in the reader’s language why the chronology cannot be loaded', () => {
    const app = new AppState();
    const said: Said = {
      key: 'loadErrors.http',
      params: { url: 'data/events.json', status: '404' },
    };
    app.shown.failWith(new DatasetError('HTTP 404', said));
    const language = languageFor('km', km);
    render(App, { props: { app, importer: new ImportState(app), language } });
    const expected = km.loadErrors.http
      .replace('{url}', 'data/events.json')
      .replace('{status}', '404');
    expect(screen.getByRole('alert')).toHaveTextContent(km.app.loadFailed);
    expect(screen.getByRole('alert')).toHaveTextContent(expected);
  });
});
