import { SEGMENT_TEXTURE_WIDTH, TEXTURE_WIDTH } from './line-geometry';

/** WebGL2 helpers shared by the custom layers (basemap-layer.ts, lines-layer.ts, points-layer.ts). */

/** An RGBA8 texture, TEXTURE_WIDTH texels wide, read with texelFetch (nearest, no mipmaps). */
export function texture(gl: WebGL2RenderingContext, height: number, bytes: Uint8Array): WebGLTexture {
  const t = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, t);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, TEXTURE_WIDTH, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, bytes);
  for (const p of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, p, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return t;
}

/** A float texture (segments by default: two RGBA texels each), read with texelFetch. */
export function floatTexture(gl: WebGL2RenderingContext, height: number, data: Float32Array, width = SEGMENT_TEXTURE_WIDTH): WebGLTexture {
  const t = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, t);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, width, height, 0, gl.RGBA, gl.FLOAT, data);
  for (const p of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, p, gl.NEAREST);
  return t;
}

/** `COMPLETION_STATUS_KHR` of KHR_parallel_shader_compile. */
const COMPLETION_STATUS_KHR = 0x91b1;

/**
 * A program of a custom layer: compiled and linked when made, without waiting. `uniforms` gives
 * its uniform locations once it has linked, or null while a browser with
 * KHR_parallel_shader_compile still links it in the background (GPU drivers do; SwiftShader does
 * not, and there the first call waits for the link): the layer then skips the frame and asks for
 * another.
 */
export class Program {
  readonly program: WebGLProgram;
  private readonly parallel: boolean;
  private locations: Record<string, WebGLUniformLocation | null> | null = null;

  constructor(
    gl: WebGL2RenderingContext,
    vs: string,
    fs: string,
    private readonly what: string,
    private readonly names: readonly string[],
  ) {
    this.parallel = gl.getExtension('KHR_parallel_shader_compile') !== null;
    this.program = startLink(gl, vs, fs);
  }

  uniforms(gl: WebGL2RenderingContext): Record<string, WebGLUniformLocation | null> | null {
    if (this.locations) return this.locations;
    if (this.parallel && !gl.getProgramParameter(this.program, COMPLETION_STATUS_KHR)) return null;
    finishLink(gl, this.program, this.what);
    this.locations = Object.fromEntries(this.names.map((n) => [n, gl.getUniformLocation(this.program, n)]));
    return this.locations;
  }
}

/** A custom layer's program: its shaders, a name for errors and its uniforms' names. */
export type ProgramSpec = { vs: string; fs: string; what: string; uniforms: readonly string[] };

const programs = new WeakMap<WebGL2RenderingContext, Map<ProgramSpec, Program>>();

/**
 * The program of a spec in a GL context, made on first use and then shared by every layer in that
 * context (layers never delete it). The map asks for all of them as soon as its context exists
 * (`prepareAll`), so that they link while it loads its style, rather than while the first frame
 * that needs them waits.
 */
export function programFor(gl: WebGL2RenderingContext, spec: ProgramSpec): Program {
  let byContext = programs.get(gl);
  if (!byContext) programs.set(gl, (byContext = new Map()));
  let p = byContext.get(spec);
  if (!p) byContext.set(spec, (p = new Program(gl, spec.vs, spec.fs, spec.what, spec.uniforms)));
  return p;
}

export const prepareAll = (gl: WebGL2RenderingContext, specs: readonly ProgramSpec[]): void => specs.forEach((s) => programFor(gl, s));

/** Compile and link without waiting for the result (see `finishLink`). */
function startLink(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const program = gl.createProgram()!;
  for (const [type, src] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]] as const) {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, src);
    gl.compileShader(s);
    gl.attachShader(program, s);
  }
  gl.linkProgram(program);
  return program;
}

/** The link's result: a program that does not link is a bug in the shaders, reported with the log. */
function finishLink(gl: WebGL2RenderingContext, program: WebGLProgram, what: string): void {
  if (gl.getProgramParameter(program, gl.LINK_STATUS)) return;
  const logs = gl.getAttachedShaders(program)?.map((s) => gl.getShaderInfoLog(s)).filter(Boolean) ?? [];
  throw new Error(`${what}: ${gl.getProgramInfoLog(program)} ${logs.join(' ')}`);
}
