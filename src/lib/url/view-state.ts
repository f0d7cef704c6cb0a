/**
 * What the address bar holds: the selected event, the visible range, the filters and the display
 * modes. Decoding never throws and ignores whatever it cannot read, so a bad or hand-edited link
 * still opens the chronology.
 */
import { ALPHA3, EVENT_ID } from '../chronology/ids.ts';
import { readLinkDate } from '../dates/link-date.ts';
import { endInstant, startInstant } from '../dates/imported-date.ts';
import { isLang, type Lang } from '../i18n/languages.ts';

export interface ViewState {
  /** id of the selected event */
  event?: string;
  /** visible range, as partial dates (YYYY, YYYY-MM or YYYY-MM-DD; -YYYY BCE); both or neither */
  from?: string;
  to?: string;
  series: string[];
  /** ISO alpha-3 code */
  state?: string;
  /** key of a host place */
  place?: string;
  q: string;
  embed: boolean;
  map: boolean;
  present: boolean;
  /** an embed as tall as its content, for a host page that sizes its frame (embed.js) */
  autosize?: boolean;
  /** a colour scheme the link asks for, over the reader's own preference */
  theme?: 'light' | 'dark';
  /** the interface's language the link asks for, over the reader's remembered or browser one */
  lang?: Lang;
  /** URL of an imported chronology */
  data?: string;
}

export const EMPTY_VIEW: ViewState = {
  series: [],
  q: '',
  embed: false,
  map: false,
  present: false,
};

const KEY = /^[a-z0-9][a-z0-9 _.-]{0,79}$/i;
export const MAX_QUERY = 200;

function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value === '1' || value === 'true' || value === '';
}

function validRange(from: string | null, to: string | null): [string, string] | undefined {
  if (!from || !to) return undefined;
  const a = readLinkDate(from);
  const b = readLinkDate(to);
  if (!a || !b || endInstant(b) <= startInstant(a)) return undefined;
  return [from, to];
}

export function decodeViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...EMPTY_VIEW, series: [] };
  }
  const view: ViewState = { ...EMPTY_VIEW, series: [] };
  const event = params.get('event');
  if (event && EVENT_ID.test(event)) view.event = event;
  const range = validRange(params.get('from'), params.get('to'));
  if (range) [view.from, view.to] = range;
  const series = params
    .getAll('series')
    .flatMap((value) => value.split(','))
    .filter((key) => KEY.test(key));
  view.series = [...new Set(series)];
  const state = params.get('state');
  if (state && ALPHA3.test(state)) view.state = state;
  const place = params.get('place');
  if (place && KEY.test(place)) view.place = place;
  view.q = (params.get('q') ?? '').slice(0, MAX_QUERY);
  view.embed = flag(params, 'embed');
  view.map = flag(params, 'map');
  view.present = flag(params, 'present');
  if (view.embed && flag(params, 'autosize')) view.autosize = true;
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') view.theme = theme;
  const lang = params.get('lang');
  if (isLang(lang)) view.lang = lang;
  const data = params.get('data');
  if (data) {
    try {
      const url = new URL(data, 'http://localhost/');
      if (url.protocol === 'http:' || url.protocol === 'https:') view.data = data;
    } catch {
      // not a URL: ignored
    }
  }
  return view;
}

/** The search string for a view ('' when it is the default view), in a fixed order. */
export function encodeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.data) params.set('data', view.data);
  if (view.event) params.set('event', view.event);
  if (view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.series.length > 0) params.set('series', view.series.join(','));
  if (view.state) params.set('state', view.state);
  if (view.place) params.set('place', view.place);
  if (view.q) params.set('q', view.q);
  if (view.embed) params.set('embed', '1');
  if (view.map) params.set('map', '1');
  if (view.present) params.set('present', '1');
  if (view.embed && view.autosize) params.set('autosize', '1');
  if (view.theme) params.set('theme', view.theme);
  if (view.lang) params.set('lang', view.lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}
