/**
 * Escape closes a popover, a menu or a panel wherever the focus is in the page: attach it to the
 * button that opens the thing, with `isOpen` saying when it is open. While it is closed the key is
 * left alone, for whatever else listens for it (a dialog, the presentation).
 */
import type { Attachment } from 'svelte/attachments';

export function closeOnEscape(isOpen: () => boolean, close: () => void): Attachment {
  return (element) => {
    const view = element.ownerDocument.defaultView;
    const onkeydown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && isOpen()) close();
    };
    view?.addEventListener('keydown', onkeydown);
    return () => view?.removeEventListener('keydown', onkeydown);
  };
}
