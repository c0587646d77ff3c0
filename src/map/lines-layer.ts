import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { TEXTURE_WIDTH, VERTEX_FLOATS, parseColor, segmentQuads, textureHeight, xExtent, type LineGeometry } from './line-geometry';
import { COMPARE_COLORS } from './layers';

/**
 * The partnership lines, drawn by the GPU from one buffer uploaded once per load (MapLibre custom
 * layer, WebGL2). Each segment is a quad widened in screen space. What changes with
 * filters, selection, hover and comparison is a small per-line state texture (4 bytes a line):
 * a change uploads it and asks for one frame. Nothing is re-tiled, not on a filter change and not
 * on a camera move. `npm run bench` compares this with MapLibre's own line layer.
 *
 * The highlighted lines (selected, hovered, compared) are drawn a second time, from a small
 * buffer rebuilt when they change, so they lie above the faint network.
 */
export class PartnershipLinesLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private highlightVao: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  private highlightBuffers: [WebGLBuffer, WebGLBuffer] | null = null;
  private indexCount = 0;
  private highlightIndexCount = 0;
  private readonly extent: [number, number];
  private stateTexture: WebGLTexture | null = null;
  private styleTexture: WebGLTexture | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private states: Uint8Array;
  private highlight: { vertices: Float32Array; indices: Uint32Array } = { vertices: new Float32Array(0), indices: new Uint32Array(0) };
  private statesDirty = true;
  private highlightDirty = true;

  constructor(
    id: string,
    private readonly geometry: LineGeometry,
    private readonly style: Uint8Array,
    private readonly baseOpacity: number,
  ) {
    this.id = id;
    this.states = new Uint8Array(TEXTURE_WIDTH * textureHeight(geometry.lineCount) * 4);
    this.extent = xExtent(geometry);
  }

  /** New per-line states (see `lineStateBytes`) and the lines to draw on top; draws one frame. */
  setStates(states: Uint8Array, highlighted: readonly number[]): void {
    this.states = states;
    this.statesDirty = true;
    this.highlight = segmentQuads(this.geometry, highlighted);
    this.highlightDirty = true;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = link(gl, VERTEX, FRAGMENT);
    this.program = program;
    for (const u of ['u_matrix', 'u_viewport', 'u_offset', 'u_world_px', 'u_state', 'u_style', 'u_base', 'u_pass', 'u_cmp'])
      this.uniforms[u] = gl.getUniformLocation(program, u);

    // The quads are uploaded once and not kept: the geometry's segments serve hit-testing.
    const all = segmentQuads(this.geometry);
    this.indexCount = all.indices.length;
    const [vertices, indices] = [gl.createBuffer()!, gl.createBuffer()!];
    this.vao = this.vertexArray(gl, program, vertices, indices);
    gl.bufferData(gl.ARRAY_BUFFER, all.vertices, gl.STATIC_DRAW);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, all.indices, gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    this.highlightBuffers = [gl.createBuffer()!, gl.createBuffer()!];
    this.highlightVao = this.vertexArray(gl, program, ...this.highlightBuffers);
    gl.bindVertexArray(null);
    this.buffers = [vertices, indices, ...this.highlightBuffers];

    const h = textureHeight(this.geometry.lineCount);
    this.styleTexture = texture(gl, h, this.style);
    this.stateTexture = texture(gl, h, this.states);
    this.statesDirty = false;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    for (const b of this.buffers) gl.deleteBuffer(b);
    gl.deleteVertexArray(this.vao);
    gl.deleteVertexArray(this.highlightVao);
    gl.deleteTexture(this.stateTexture);
    gl.deleteTexture(this.styleTexture);
    gl.deleteProgram(this.program);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput): void {
    if (!(gl instanceof WebGL2RenderingContext) || !this.program || !this.map) return;
    const u = this.uniforms;
    if (this.statesDirty) {
      gl.bindTexture(gl.TEXTURE_2D, this.stateTexture);
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, TEXTURE_WIDTH, textureHeight(this.geometry.lineCount), gl.RGBA, gl.UNSIGNED_BYTE, this.states);
      this.statesDirty = false;
    }
    if (this.highlightDirty) {
      gl.bindVertexArray(this.highlightVao);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.highlightBuffers![0]);
      gl.bufferData(gl.ARRAY_BUFFER, this.highlight.vertices, gl.DYNAMIC_DRAW);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, this.highlight.indices, gl.DYNAMIC_DRAW);
      gl.bindVertexArray(null);
      this.highlightIndexCount = this.highlight.indices.length;
      this.highlightDirty = false;
    }
    gl.useProgram(this.program);
    gl.uniformMatrix4fv(u.u_matrix!, false, options.defaultProjectionData.mainMatrix as Float32Array);
    gl.uniform2f(u.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    // Pixels per world unit at this zoom (the world is 512 CSS pixels wide at zoom 0).
    gl.uniform1f(u.u_world_px!, 512 * Math.pow(2, this.map.getZoom()) * (gl.drawingBufferWidth / this.map.getCanvas().clientWidth || 1));
    gl.uniform1f(u.u_base!, this.baseOpacity);
    gl.uniform3fv(u.u_cmp!, COMPARE_RGB);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.stateTexture);
    gl.uniform1i(u.u_state!, 0);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, this.styleTexture);
    gl.uniform1i(u.u_style!, 1);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA); // premultiplied, as MapLibre draws

    // Only the world copies whose lines reach into the view (lines may run past ±180°).
    const b = this.map.getBounds();
    const [west, east] = [(b.getWest() + 180) / 360, (b.getEast() + 180) / 360];
    const [minX, maxX] = this.extent;
    for (const [vao, count, pass] of [[this.vao, this.indexCount, 0], [this.highlightVao, this.highlightIndexCount, 1]] as const) {
      if (count === 0) continue;
      gl.bindVertexArray(vao);
      gl.uniform1f(u.u_pass!, pass);
      for (let k = Math.ceil(west - maxX); k <= Math.floor(east - minX); k++) {
        gl.uniform1f(u.u_offset!, k);
        gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_INT, 0);
      }
    }
    gl.bindVertexArray(null);
    gl.activeTexture(gl.TEXTURE0);
  }

  /** A vertex array over a quad buffer and its index buffer; left bound, for the upload. */
  private vertexArray(gl: WebGL2RenderingContext, program: WebGLProgram, vertices: WebGLBuffer, indices: WebGLBuffer): WebGLVertexArrayObject {
    const vao = gl.createVertexArray()!;
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
    for (const [name, size, offset] of [['a_ends', 4, 0], ['a_line', 1, 4], ['a_along', 2, 5], ['a_corner', 2, 7]] as const) {
      const loc = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, VERTEX_FLOATS * 4, offset * 4);
    }
    return vao;
  }
}

const COMPARE_RGB = new Float32Array(COMPARE_COLORS.flatMap((c) => parseColor(c).map((x) => x / 255)));

function texture(gl: WebGL2RenderingContext, height: number, bytes: Uint8Array): WebGLTexture {
  const t = gl.createTexture()!;
  gl.bindTexture(gl.TEXTURE_2D, t);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, TEXTURE_WIDTH, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, bytes);
  for (const p of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, p, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return t;
}

function link(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const program = gl.createProgram()!;
  for (const [type, src] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]] as const) {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, src);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`line shader: ${gl.getShaderInfoLog(s)}`);
    gl.attachShader(program, s);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`line program: ${gl.getProgramInfoLog(program)}`);
  return program;
}

/**
 * Widths and opacities follow the state: hidden 0; hovered 4.5 px, opaque; selected 2.4 px;
 * compared 1.8 px in the comparison's colour; otherwise 1 px at the base opacity. Pass 0 draws
 * every line, pass 1 only the highlighted ones (hidden ones are dropped in both).
 */
const VERTEX = `#version 300 es
precision highp float;
in vec2 a_corner;
in vec4 a_ends;
in float a_line;
in vec2 a_along;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_offset;
uniform float u_world_px;
uniform float u_base;
uniform float u_pass;
uniform vec3 u_cmp[4];
uniform highp sampler2D u_state;
uniform highp sampler2D u_style;
out vec4 v_color;
out float v_side;
out float v_half;
out float v_along;
out float v_dashed;
void main() {
  int id = int(a_line + 0.5);
  ivec2 tc = ivec2(id % ${TEXTURE_WIDTH}, id / ${TEXTURE_WIDTH});
  vec4 st = texelFetch(u_state, tc, 0);
  vec4 sy = texelFetch(u_style, tc, 0);
  bool hidden = st.r > 0.5;
  bool sel = st.g > 0.5;
  bool hover = st.b > 0.5;
  int cmp = int(st.a * 255.0 + 0.5);
  bool high = sel || hover || cmp > 0;
  if (hidden || (u_pass > 0.5 && !high)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  float width = hover ? 4.5 : sel ? 2.4 : cmp > 0 ? 1.8 : 1.0;
  float opacity = hover ? 1.0 : sel ? 0.95 : cmp > 0 ? 0.85 : u_base;
  vec3 rgb = cmp > 0 ? u_cmp[min(cmp, 4) - 1] : sy.rgb;
  v_color = vec4(rgb * opacity, opacity);
  v_dashed = sy.a;
  vec4 pa = u_matrix * vec4(a_ends.x + u_offset, a_ends.y, 0.0, 1.0);
  vec4 pb = u_matrix * vec4(a_ends.z + u_offset, a_ends.w, 0.0, 1.0);
  vec2 half_viewport = u_viewport * 0.5;
  vec2 sa = pa.xy / pa.w * half_viewport;
  vec2 sb = pb.xy / pb.w * half_viewport;
  vec2 d = sb - sa;
  float len = length(d);
  vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  float h = width * 0.5 + 0.75; // half width plus an antialiasing fringe
  vec4 p = a_corner.x < 0.5 ? pa : pb;
  gl_Position = p + vec4(normal * a_corner.y * h / half_viewport * p.w, 0.0, 0.0);
  v_side = a_corner.y * h;
  v_half = width * 0.5;
  v_along = mix(a_along.x, a_along.y, a_corner.x) * u_world_px;
}
`;

const FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_color;
in float v_side;
in float v_half;
in float v_along;
in float v_dashed;
out vec4 fragColor;
void main() {
  float a = clamp(v_half + 0.5 - abs(v_side), 0.0, 1.0);
  if (v_dashed > 0.5 && mod(v_along, 7.0) > 4.0) a = 0.0;
  if (a <= 0.0) discard;
  fragColor = v_color * a;
}
`;
