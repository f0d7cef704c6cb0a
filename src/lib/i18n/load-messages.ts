/**
 * Each language's messages are a chunk of their own, English's too: the page loads only the one it
 * shows, before it first renders, and another when the reader switches.
 */
import type { Lang } from './languages.ts';
import type { Messages } from './messages/en.ts';

const CATALOGS: Record<Lang, () => Promise<{ messages: Messages }>> = {
  en: () => import('./messages/en.ts'),
  vi: () => import('./messages/vi.ts'),
  'zh-Hans': () => import('./messages/zh-Hans.ts'),
  th: () => import('./messages/th.ts'),
  id: () => import('./messages/id.ts'),
  ms: () => import('./messages/ms.ts'),
  km: () => import('./messages/km.ts'),
  lo: () => import('./messages/lo.ts'),
  my: () => import('./messages/my.ts'),
  fil: () => import('./messages/fil.ts'),
};

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (await CATALOGS[lang]()).messages;
}
