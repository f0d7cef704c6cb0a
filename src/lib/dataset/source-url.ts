/**
 * Where the app takes its data from: our compiled dataset, or a TimelineJS file named by
 * `?data=<url>`. Only http(s) URLs are accepted; anything else falls back to our dataset.
 */
export type DataSource = { kind: 'ours'; url: string } | { kind: 'timelinejs'; url: string };

export function dataSourceFor(search: string, base: string, ownDataset: string): DataSource {
  const requested = new URLSearchParams(search).get('data');
  if (requested) {
    try {
      const url = new URL(requested, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        return { kind: 'timelinejs', url: url.href };
      }
    } catch {
      // not a URL: ignore it and show our own chronology
    }
  }
  return { kind: 'ours', url: ownDataset };
}
