/**
 * A value from a file, quoted in a problem report: short, and never by walking into it (a value
 * nested thousands deep must not overflow the stack, and one cell may hold megabytes).
 */
const LONGEST = 40;

export function quotedValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (Array.isArray(value)) text = 'a list';
  else if (value !== null && typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
}
