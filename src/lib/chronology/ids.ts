/**
 * The shapes of the keys that travel in records, links and messages. Here, not in the schema, so
 * the app can check them without shipping the schema library.
 */

/** Event ids and record keys: lowercase letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Any event id a link or a message may carry: our slugs, and the ids of imported chronologies
 * (TimelineJS's unique_id), reduced to characters that read cleanly in a URL.
 */
export const EVENT_ID = /^[A-Za-z0-9][\w.:-]{0,119}$/;

/** ISO 3166-1 alpha-3 country codes. */
export const ALPHA3 = /^[A-Z]{3}$/;
