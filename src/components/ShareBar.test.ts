import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../tests/unit/sample-chronology.ts';
import WithApp from '../../tests/unit/WithApp.svelte';
import { AppState } from '../lib/state/app-state.svelte.ts';
import ShareBar from './ShareBar.svelte';

const HANOI = '2023-12-06-pgc-13-hanoi';

// jsdom has <dialog> without its modal method: open is what the dialog's content needs here
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

async function openEmbedDialog() {
  const app = new AppState({ theme: 'dark' });
  app.load(sampleChronology());
  app.selection.select(HANOI);
  // a component without props: the harness's generic wants a record of them
  const component = ShareBar as unknown as Component<Record<string, unknown>>;
  render(WithApp, { props: { app, component, props: {} } });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const code = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;
  const parsed = () => {
    const template = document.createElement('template');
    template.innerHTML = code();
    return template.content;
  };
  const src = () => new URL(parsed().querySelector('iframe')!.getAttribute('src')!);
  return { user, code, parsed, src };
}

describe('the Embed dialog', () => {
  it('offers responsive code first: a self-sizing frame and the script that sizes it', async () => {
    const { parsed, src } = await openEmbedDialog();
    expect(screen.getByRole('radio', { name: /^Responsive \(with the script\)/ })).toBeChecked();
    expect(src().searchParams.get('autosize')).toBe('1');
    expect(src().searchParams.get('event')).toBe(HANOI);
    const scripts = [...parsed().querySelectorAll('script')].map((tag) => tag.getAttribute('src'));
    expect(scripts).toEqual([`${location.origin}/embed.js`]);
  });

  it('gives fixed-size code without a script when asked', async () => {
    const { user, parsed, src } = await openEmbedDialog();
    await user.click(screen.getByRole('radio', { name: /^Fixed size/ }));
    await user.selectOptions(screen.getByLabelText('Frame'), '1280x720');
    const frame = parsed().querySelector('iframe')!;
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).toEqual(['1280', '720']);
    expect(parsed().querySelector('script')).toBeNull();
    expect(src().searchParams.has('autosize')).toBe(false);
  });

  it('keeps the colour scheme the view was linked with, in either kind of code', async () => {
    const { user, src } = await openEmbedDialog();
    expect(src().searchParams.get('theme')).toBe('dark');
    await user.click(screen.getByRole('radio', { name: /^Fixed size/ }));
    expect(src().searchParams.get('theme')).toBe('dark');
  });
});
