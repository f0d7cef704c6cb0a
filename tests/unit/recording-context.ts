/**
 * A 2D context that records what is drawn, for testing drawing functions without a browser.
 * Text is 6 px a character wide.
 */
export interface DrawCall {
  name: string;
  args: unknown[];
  /** fillStyle, strokeStyle, globalAlpha and line dash at the time of the call */
  fillStyle: unknown;
  strokeStyle: unknown;
  globalAlpha: number;
  lineDash: number[];
}

export function recordingContext(): { ctx: CanvasRenderingContext2D; calls: DrawCall[] } {
  const calls: DrawCall[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1, fillStyle: '#000', strokeStyle: '#000' };
  let lineDash: number[] = [];
  const ctx = new Proxy(state, {
    get(target, property: string) {
      if (property === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (property === 'setLineDash') return (dash: number[]) => (lineDash = [...dash]);
      if (property in target) return target[property];
      return (...args: unknown[]) => {
        calls.push({
          name: property,
          args,
          fillStyle: target.fillStyle,
          strokeStyle: target.strokeStyle,
          globalAlpha: target.globalAlpha as number,
          lineDash,
        });
      };
    },
    set(target, property: string, value) {
      target[property] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}
