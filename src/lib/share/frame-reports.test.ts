import { afterEach, describe, expect, it } from 'vitest';
import { passDeckKeys, reportHeight } from './frame-reports.ts';

/** The page around the frame: it records what it is posted. */
function hostPage() {
  const posted: unknown[] = [];
  return { host: { postMessage: (message: unknown) => void posted.push(message) }, posted };
}

/** A ResizeObserver whose changes the test makes happen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}

function elementOfHeight() {
  const element = document.createElement('main');
  let height = 0;
  element.getBoundingClientRect = () => ({ height }) as DOMRect;
  return { element, setHeight: (value: number) => (height = value) };
}

describe('reportHeight', () => {
  it('posts the content height in both forms each time it changes, and only then', () => {
    const { host, posted } = hostPage();
    const { element, setHeight } = elementOfHeight();
    reportHeight(element, host, FakeObserver);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([element]);
    setHeight(411.2);
    observer.callback();
    observer.callback();
    setHeight(530);
    observer.callback();
    expect(posted).toEqual([
      { type: 'chronology:resize', height: 412 },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
      { type: 'chronology:resize', height: 530 },
      { sentinel: 'amp', type: 'embed-size', height: 530 },
    ]);
  });

  it('stops observing when told to', () => {
    const stop = reportHeight(elementOfHeight().element, hostPage().host, FakeObserver);
    stop();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('does nothing in a page of its own', () => {
    FakeObserver.last = undefined;
    reportHeight(elementOfHeight().element, undefined, FakeObserver);
    expect(FakeObserver.last).toBeUndefined();
  });
});

describe('passDeckKeys', () => {
  let stop = () => {};
  afterEach(() => stop());

  /** Presses a key in the embed; gives back the event and whether the embed's own handler saw it. */
  function press(key: string) {
    const button = document.body.appendChild(document.createElement('button'));
    let seen = false;
    button.addEventListener('keydown', () => (seen = true));
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    button.remove();
    return { prevented: event.defaultPrevented, seen };
  }

  it('gives PageDown and PageUp to the deck around the embed, not to the embed', () => {
    const { host, posted } = hostPage();
    stop = passDeckKeys(() => false, window, host);
    expect(press('PageDown')).toEqual({ prevented: true, seen: false });
    expect(press('PageUp')).toEqual({ prevented: true, seen: false });
    expect(press('ArrowRight')).toEqual({ prevented: false, seen: true });
    expect(posted).toEqual([
      { type: 'chronology:key', key: 'PageDown' },
      { type: 'chronology:key', key: 'PageUp' },
    ]);
  });

  it('leaves them to the presentation while the embed presents', () => {
    const { host, posted } = hostPage();
    stop = passDeckKeys(() => true, window, host);
    expect(press('PageDown')).toEqual({ prevented: false, seen: true });
    expect(posted).toEqual([]);
  });

  it('stops passing them on when told to', () => {
    const { host, posted } = hostPage();
    passDeckKeys(() => false, window, host)();
    expect(press('PageDown').seen).toBe(true);
    expect(posted).toEqual([]);
  });
});
