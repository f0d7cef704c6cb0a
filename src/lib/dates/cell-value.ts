/** A value from a file's cell or field: whether it says anything, and how a report quotes it. */
const LONGEST = 40;

/** Missing, or only blank space: a cell left empty. */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Short, and never by walking into it: a value nested thousands deep must not overflow the stack,
 * and one cell may hold megabytes.
 */
export function quotedValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (Array.isArray(value)) text = 'a list';
  else if (value !== null && typeof value === 'object') text = 'an object';
  else text = String(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text;
}
