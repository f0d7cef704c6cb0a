/**
 * What this browser can give MapLibre: no WebGL at all, WebGL drawn by the processor (a machine
 * with no graphics chip, a virtual machine, a remote desktop, a headless test browser), or WebGL
 * on a graphics chip. Drawn by the processor, every pixel of every map frame costs main-thread
 * time, so the map is drawn at one device pixel per CSS pixel there (its names are HTML and stay
 * sharp).
 */
export type WebGLSupport = 'none' | 'software' | 'hardware';

/** The renderer names of the software rasterizers browsers fall back to. */
const SOFTWARE_RENDERER = /SwiftShader|llvmpipe|softpipe|Software Rasterizer|Basic Render Driver/i;

export function rendererKind(renderer: string | null | undefined): 'software' | 'hardware' {
  return renderer && SOFTWARE_RENDERER.test(renderer) ? 'software' : 'hardware';
}

let probed: WebGLSupport | undefined;

/** Asked once per page: the probe makes (and gives back) a WebGL context. */
export function webGLSupport(): WebGLSupport {
  probed ??= probe();
  return probed;
}

function probe(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return 'none';
    // the real renderer's name, where the browser tells it (Chromium and Firefox do)
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info
      ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL)
      : gl.getParameter(gl.RENDERER);
    // browsers allow only a few live contexts: give this probe's back at once
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return rendererKind(typeof renderer === 'string' ? renderer : undefined);
  } catch {
    return 'none';
  }
}
