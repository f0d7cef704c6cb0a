import { describe, expect, it } from 'vitest';
import { rendererKind } from './webgl.ts';

describe('the kind of WebGL renderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  ])('is software for %s', (renderer) => {
    expect(rendererKind(renderer)).toBe('software');
  });

  it.each([
    'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
    'Apple GPU',
    'Adreno (TM) 640',
    'Mali-G78',
  ])('is hardware for %s', (renderer) => {
    expect(rendererKind(renderer)).toBe('hardware');
  });

  it('is taken to be hardware when the browser does not say', () => {
    expect(rendererKind(undefined)).toBe('hardware');
    expect(rendererKind('WebKit WebGL')).toBe('hardware');
  });
});
