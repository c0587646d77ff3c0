import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { floatTexture, programFor, texture, type Program, type ProgramSpec } from './gl';
import { TEXTURE_WIDTH, lineStateBytes, parseColor, quadIndices, textureHeight, worldCopies, type LineState } from './line-geometry';
import { pointRadius, type PointGeometry, type PointLook } from './point-geometry';

/**
 * Points drawn by the GPU (a MapLibre custom layer, WebGL2): the municipalities, and a selection's
 * partners. Like the lines (lines-layer.ts), positions, colours and states are textures read by
 * vertex number; a filter, selection or hover change uploads the state texture (4 bytes a point)
 * and asks for one frame. MapLibre's circle layer with feature state spent about 70 ms of main
 * thread per filter change on the national data updating its paint arrays, and a new partners
 * source was re-tiled in MapLibre's worker on every selection. Points are hit-tested in the app
 * (`nearestPoint`). Selected and hovered points are drawn again on top. Every layer of this kind
 * shares one compiled program.
 */
export class PointsLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: Program | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private indexBuffer: WebGLBuffer | null = null;
  private indexCapacity = 0;
  private positionTexture: WebGLTexture | null = null;
  private styleTexture: WebGLTexture | null = null;
  private stateTexture: WebGLTexture | null = null;
  private geometry_: PointGeometry = { texels: new Float32Array(TEXTURE_WIDTH * 4), count: 0 };
  private style: Uint8Array = new Uint8Array(TEXTURE_WIDTH * 4);
  private states: Uint8Array = new Uint8Array(TEXTURE_WIDTH * 4);
  private pointsDirty = true;
  private statesDirty = true;
  private extent: [number, number] = [0, 0];
  private readonly selectedRgb: Float32Array;

  constructor(
    readonly id: string,
    readonly look: PointLook,
  ) {
    this.selectedRgb = new Float32Array(parseColor(look.selectedColor ?? '#000000').map((x) => x / 255));
  }

  /** The points as last set (for hit-testing with `nearestPoint`). */
  get geometry(): PointGeometry {
    return this.geometry_;
  }

  /** New points and their colours (`lineStyleBytes` layout); states are cleared. Draws one frame. */
  setPoints(geometry: PointGeometry, style: Uint8Array): void {
    this.geometry_ = geometry;
    this.style = style;
    this.states = lineStateBytes(geometry.count, new Map());
    let [min, max] = [Infinity, -Infinity];
    for (let i = 0; i < geometry.count; i++) [min, max] = [Math.min(min, geometry.texels[i * 4]!), Math.max(max, geometry.texels[i * 4]!)];
    this.extent = geometry.count ? [min, max] : [0, 0];
    this.pointsDirty = true;
    this.statesDirty = true;
    this.map?.triggerRepaint();
  }

  /** New per-point states (hidden, selected, hovered). Draws one frame. */
  setStates(states: ReadonlyMap<number, LineState>): void {
    this.states = lineStateBytes(this.geometry_.count, states);
    this.statesDirty = true;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.program = programFor(gl, POINT_PROGRAM);
    this.vao = gl.createVertexArray();
    this.indexBuffer = gl.createBuffer();
    this.indexCapacity = 0;
    this.positionTexture = gl.createTexture();
    this.styleTexture = gl.createTexture();
    this.stateTexture = gl.createTexture();
    this.pointsDirty = true;
    this.statesDirty = true;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteVertexArray(this.vao);
    gl.deleteBuffer(this.indexBuffer);
    for (const t of [this.positionTexture, this.styleTexture, this.stateTexture]) gl.deleteTexture(t);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput): void {
    if (!(gl instanceof WebGL2RenderingContext) || !this.program || !this.map || this.geometry_.count === 0) return;
    const program = this.program;
    const u = program.uniforms(gl);
    if (!u) return void this.map.triggerRepaint(); // still linking in the background
    const n = this.geometry_.count;
    const h = textureHeight(n);
    if (this.pointsDirty) {
      gl.deleteTexture(this.positionTexture);
      gl.deleteTexture(this.styleTexture);
      this.positionTexture = floatTexture(gl, h, this.geometry_.texels, TEXTURE_WIDTH);
      this.styleTexture = texture(gl, h, this.style);
      if (n > this.indexCapacity) {
        gl.bindVertexArray(this.vao);
        gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.indexBuffer);
        gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndices(n), gl.STATIC_DRAW);
        gl.bindVertexArray(null);
        this.indexCapacity = n;
      }
      this.pointsDirty = false;
    }
    if (this.statesDirty) {
      gl.deleteTexture(this.stateTexture);
      this.stateTexture = texture(gl, h, this.states);
      this.statesDirty = false;
    }
    const zoom = this.map.getZoom();
    const look = this.look;
    gl.useProgram(program.program);
    gl.uniformMatrix4fv(u.u_matrix!, false, options.defaultProjectionData.mainMatrix as Float32Array);
    gl.uniform2f(u.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u.u_dpr!, gl.drawingBufferWidth / this.map.getCanvas().clientWidth || 1);
    gl.uniform3f(u.u_radius!, pointRadius(look, 'hidden', zoom), pointRadius(look, 'normal', zoom), pointRadius(look, 'high', zoom));
    gl.uniform2f(u.u_stroke!, look.stroke.normal, look.stroke.selected);
    gl.uniform2f(u.u_opacity!, look.opacity.hidden, look.opacity.normal);
    gl.uniform4f(u.u_selected!, this.selectedRgb[0]!, this.selectedRgb[1]!, this.selectedRgb[2]!, look.selectedColor ? 1 : 0);
    const textures = [this.positionTexture, this.styleTexture, this.stateTexture];
    (['u_positions', 'u_style', 'u_state'] as const).forEach((name, i) => {
      gl.activeTexture(gl.TEXTURE0 + i);
      gl.bindTexture(gl.TEXTURE_2D, textures[i]!);
      gl.uniform1i(u[name]!, i);
    });
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA); // premultiplied, as MapLibre draws
    const b = this.map.getBounds();
    const copies = worldCopies(b.getWest(), b.getEast(), this.extent, 0.01);
    gl.bindVertexArray(this.vao);
    for (const pass of [0, 1]) {
      gl.uniform1f(u.u_pass!, pass);
      for (const k of copies) {
        gl.uniform1f(u.u_offset!, k);
        gl.drawElements(gl.TRIANGLES, n * 6, gl.UNSIGNED_INT, 0);
      }
    }
    gl.bindVertexArray(null);
    gl.activeTexture(gl.TEXTURE0);
  }
}

const UNIFORMS = ['u_matrix', 'u_viewport', 'u_dpr', 'u_offset', 'u_radius', 'u_stroke', 'u_opacity', 'u_selected', 'u_pass', 'u_positions', 'u_style', 'u_state'];

/**
 * A point's quad covers its circle, outline and a one-pixel antialiasing fringe. Hidden points
 * are drawn faint (or not at all when their opacity is 0), without outline; selected and hovered
 * ones are larger and opaque, and pass 1 draws only them, on top.
 */
const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_dpr;
uniform float u_offset;
uniform vec3 u_radius;
uniform vec2 u_stroke;
uniform vec2 u_opacity;
uniform vec4 u_selected;
uniform float u_pass;
uniform highp sampler2D u_positions;
uniform highp sampler2D u_style;
uniform highp sampler2D u_state;
out vec2 v_pos;
out float v_radius;
out float v_stroke;
out vec4 v_fill;
const vec2 CORNERS[4] = vec2[4](vec2(-1.0, -1.0), vec2(-1.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));
void main() {
  int point = gl_VertexID / 4;
  vec2 corner = CORNERS[gl_VertexID - point * 4];
  ivec2 tc = ivec2(point % ${TEXTURE_WIDTH}, point / ${TEXTURE_WIDTH});
  vec4 st = texelFetch(u_state, tc, 0);
  bool hidden = st.r > 0.5;
  bool sel = st.g > 0.5;
  bool high = sel || st.b > 0.5;
  float opacity = high ? 1.0 : hidden ? u_opacity.x : u_opacity.y;
  if (opacity <= 0.0 || (u_pass > 0.5 && !high)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec3 rgb = sel && u_selected.a > 0.5 ? u_selected.rgb : texelFetch(u_style, tc, 0).rgb;
  v_fill = vec4(rgb * opacity, opacity);
  v_radius = (hidden && !high ? u_radius.x : high ? u_radius.z : u_radius.y) * u_dpr;
  v_stroke = (hidden && !high ? 0.0 : sel ? u_stroke.y : u_stroke.x) * u_dpr;
  float extent = v_radius + v_stroke + 1.0;
  v_pos = corner * extent;
  vec4 p = texelFetch(u_positions, tc, 0);
  vec4 clip = u_matrix * vec4(p.x + u_offset, p.y, 0.0, 1.0);
  gl_Position = clip + vec4(corner * extent / (u_viewport * 0.5) * clip.w, 0.0, 0.0);
}
`;

const FRAGMENT = `#version 300 es
precision highp float;
in vec2 v_pos;
in float v_radius;
in float v_stroke;
in vec4 v_fill;
out vec4 fragColor;
void main() {
  float d = length(v_pos);
  float coverage = clamp(v_radius + v_stroke + 0.5 - d, 0.0, 1.0);
  if (coverage <= 0.0) discard;
  // 0 inside the fill, 1 in the white outline, blended over a pixel at the boundary.
  float outline = v_stroke > 0.0 ? clamp(d - v_radius + 0.5, 0.0, 1.0) : 0.0;
  fragColor = mix(v_fill, vec4(1.0), outline) * coverage;
}
`;

export const POINT_PROGRAM: ProgramSpec = { vs: VERTEX, fs: FRAGMENT, what: 'point program', uniforms: UNIFORMS };
