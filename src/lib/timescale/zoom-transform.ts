/**
 * The zoom transform, as d3-zoom's own (the same fields and methods, so d3-zoom can hold ours and
 * the viewport d3's), written here because d3-zoom ships as one file whose imports (d3-selection,
 * d3-drag, d3-dispatch, about 8 KB gzip) would come with its `zoomIdentity` into the first paint's
 * script; d3-zoom itself arrives with the timeline's gestures (timeline-zoom.svelte.ts).
 */
import type { ZoomTransform } from 'd3';

interface ContinuousScale {
  copy(): ContinuousScale;
  domain(values: number[] | Date[]): ContinuousScale;
  range(): number[];
  invert(value: number): number | Date;
}

/** A scale whose domain shows what its range shows once the view is undone by `invert`. */
function rescale<S>(scale: S, invert: (pixel: number) => number): S {
  const continuous = scale as unknown as ContinuousScale;
  return continuous.copy().domain(
    continuous
      .range()
      .map(invert)
      .map((pixel) => continuous.invert(pixel)) as number[],
  ) as unknown as S;
}

class Transform implements ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): Transform {
    return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): Transform {
    return x === 0 && y === 0
      ? this
      : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  apply(point: [number, number]): [number, number] {
    return [point[0] * this.k + this.x, point[1] * this.k + this.y];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  invert(point: [number, number]): [number, number] {
    return [(point[0] - this.x) / this.k, (point[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX<S>(scale: S): S {
    return rescale(scale, (x) => this.invertX(x));
  }

  rescaleY<S>(scale: S): S {
    return rescale(scale, (y) => this.invertY(y));
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

export const zoomIdentity: ZoomTransform = new Transform(1, 0, 0);
