/** Finds a table's columns by their header names, however a spreadsheet spelled or spaced them. */

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

export class ColumnIndex {
  readonly #positions = new Map<string, number>();
  readonly names: string[];

  constructor(header: readonly string[]) {
    this.names = header.map((name) => name.trim());
    header.forEach((name, position) => {
      const key = normalizeHeader(name);
      if (key && !this.#positions.has(key)) this.#positions.set(key, position);
    });
  }

  has(name: string): boolean {
    return this.#positions.has(name);
  }

  /** The position of the first of these names the header has. */
  find(...names: string[]): number | undefined {
    for (const name of names) {
      const position = this.#positions.get(name);
      if (position !== undefined) return position;
    }
    return undefined;
  }

  /** The header as the file wrote it, for the report. */
  label(position: number | undefined, fallback: string): string {
    return position === undefined ? fallback : this.names[position] || fallback;
  }
}
