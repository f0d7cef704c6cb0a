import type { Messages } from './en.ts';
import { messages as en } from './en.ts';

export const messages: Messages = en;
