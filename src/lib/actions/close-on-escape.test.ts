import { describe, expect, it, vi } from 'vitest';
import { closeOnEscape } from './close-on-escape.ts';

/** A button in the page with the attachment on it, and what pressing a key in the page does. */
function attached(isOpen: () => boolean) {
  const close = vi.fn();
  const button = document.body.appendChild(document.createElement('button'));
  const detach = closeOnEscape(isOpen, close)(button);
  const press = (key: string) =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const remove = () => {
    detach?.();
    button.remove();
  };
  return { close, press, detach: remove };
}

describe('closeOnEscape', () => {
  it('closes what is open when Escape is pressed anywhere in the page', () => {
    const { close, press, detach } = attached(() => true);
    press('Escape');
    expect(close).toHaveBeenCalledOnce();
    detach();
  });

  it('leaves Escape alone while closed, and other keys always', () => {
    let open = false;
    const { close, press, detach } = attached(() => open);
    press('Escape');
    open = true;
    press('Enter');
    expect(close).not.toHaveBeenCalled();
    detach();
  });

  it('stops listening once the button is gone', () => {
    const { close, press, detach } = attached(() => true);
    detach();
    press('Escape');
    expect(close).not.toHaveBeenCalled();
  });
});
