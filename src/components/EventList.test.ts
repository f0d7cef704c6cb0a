import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleChronology } from '../../tests/unit/sample-chronology.ts';
import WithApp from '../../tests/unit/WithApp.svelte';
import { AppState } from '../lib/state/app-state.svelte.ts';
import EventList from './EventList.svelte';

function renderList(onpick?: (id: string) => void) {
  const app = new AppState();
  app.load(sampleChronology());
  render(WithApp, { props: { app, component: EventList, props: { onpick } } });
  return { app, user: userEvent.setup() };
}

const listed = () =>
  within(screen.getByRole('region', { name: 'Events by year' }))
    .getAllByRole('button')
    .map((button) => button.dataset.eventId);

describe('EventList', () => {
  it('lists the shown events in the chronology’s one order, under their years', () => {
    const { app } = renderList();
    expect(listed()).toEqual(app.filters.events.map((event) => event.id));
    expect(screen.getByRole('heading', { level: 3, name: /2021/ })).toBeInTheDocument();
  });

  it('selects the event the reader picks and marks it as the current one', async () => {
    const onpick = vi.fn();
    const { app, user } = renderList(onpick);
    await user.click(screen.getByRole('button', { name: /ARF webinar/ }));
    expect(app.selection.selectedId).toBe('2021-04-arf-webinar');
    expect(onpick).toHaveBeenCalledWith('2021-04-arf-webinar');
    expect(screen.getByRole('button', { name: /ARF webinar/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('follows the filters, and offers to clear them when nothing matches', async () => {
    const { app, user } = renderList();
    app.filters.setQuery('no event says this');
    await vi.waitFor(() =>
      expect(screen.getByText('No event matches these filters.')).toBeVisible(),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(app.filters.filtering).toBe(false);
    expect(listed()).toHaveLength(app.shown.allEvents.length);
  });
});
