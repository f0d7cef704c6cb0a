/**
 * The link to cite and share for one event: its static share page, which reads without JavaScript,
 * shows a card where the link is posted, and opens the event in the app.
 */
export function permalinkFor(id: string, origin: string, base = '/'): string {
  return `${origin}${base}event/${encodeURIComponent(id)}/`;
}
