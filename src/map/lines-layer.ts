import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { SEGMENT_TEXTURE_WIDTH, TEXTURE_WIDTH, networkGeometry, lineStyleBytes, parseColor, quadIndices, segmentSubset, segmentTextureHeight, textureHeight, worldCopies, xExtent, highlightedLines, lineStateBytes, type LineGeometry, type LineState, type NetworkGeometry } from './line-geometry';
import type { AtlasIndex } from '../dataset/atlas-index';
import { distanceColor } from '../geo/distance-scale';
import { COMPARE_COLORS, lineOpacity } from './layers';
import { floatTexture, programFor, texture, type Program, type ProgramSpec } from './gl';

/**
 * The layer for an index's partnerships: coloured by distance, ended ones dashed. Their geometry
 * comes from the data worker, or is built here (a user's file).
 */
export function partnershipLinesLayer(id: string, index: AtlasIndex): PartnershipLinesLayer {
  const ps = index.atlas.partnerships;
  const style = lineStyleBytes(ps.map((p) => ({ color: distanceColor(p.distanceKm), dashed: p.status === 'ended' })));
  return new PartnershipLinesLayer(id, index.network ?? networkGeometry(index.lines), style, lineOpacity(ps.length));
}

/**
 * The partnership lines, drawn by the GPU (a MapLibre custom layer, WebGL2). All segments are one
 * float texture, uploaded once per load as `lineGeometry` built it. The vertex shader finds each
 * vertex's segment and corner from its index (a static index buffer of the repeating quad
 * pattern is the only buffer) and widens the segment in screen space. What filters, selection,
 * hover and comparison change is a small per-line state texture (4 bytes a line): a change
 * uploads it and asks for one frame. Nothing is re-tiled, on a filter change or a camera move.
 * Measured under software WebGL and dropped: instanced quads (about 0.7 s a frame for the
 * national data) and quad vertices built in JavaScript (about 0.3 s at load). `npm run bench`
 * compares this layer with MapLibre's own line layer.
 *
 * The highlighted lines (selected, hovered, compared) are drawn a second time, from a small
 * segment texture rebuilt when they change, so they lie above the faint network. Below zoom
 * `COARSE_BELOW_ZOOM` the network is drawn from its coarse copy (every third vertex), and above
 * `HAIRLINES_ABOVE` lines as hairlines.
 */
export class PartnershipLinesLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private program: Program | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private segmentTexture: WebGLTexture | null = null;
  private coarseTexture: WebGLTexture | null = null;
  private readonly coarse: LineGeometry;
  private indexBuffer: WebGLBuffer | null = null;
  private highlightTexture: WebGLTexture | null = null;
  private highlightCount = 0;
  private readonly extent: [number, number];
  private stateTexture: WebGLTexture | null = null;
  private styleTexture: WebGLTexture | null = null;
  private states: Uint8Array;
  private highlight: { segments: Float32Array; segmentCount: number } = { segments: new Float32Array(SEGMENT_TEXTURE_WIDTH * 4), segmentCount: 0 };
  private statesDirty = true;
  private highlightDirty = true;

  readonly geometry: LineGeometry;

  constructor(
    id: string,
    network: NetworkGeometry,
    private readonly style: Uint8Array,
    private readonly baseOpacity: number,
  ) {
    this.id = id;
    this.geometry = network.full;
    this.coarse = network.coarse;
    this.states = new Uint8Array(TEXTURE_WIDTH * textureHeight(this.geometry.lineCount) * 4);
    this.extent = xExtent(this.geometry);
  }

  /** New per-line states; the selected, hovered and compared lines are drawn on top. Draws one frame. */
  setStates(states: ReadonlyMap<number, LineState>): void {
    this.states = lineStateBytes(this.geometry.lineCount, states);
    this.statesDirty = true;
    this.highlight = segmentSubset(this.geometry, highlightedLines(states));
    this.highlightDirty = true;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.program = programFor(gl, LINE_PROGRAM);

    // No attributes: every vertex is found from its index (gl_VertexID).
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.indexBuffer = gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.indexBuffer);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndices(this.geometry.segmentCount), gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    const g = this.geometry;
    this.segmentTexture = floatTexture(gl, segmentTextureHeight(g.segmentCount), g.segments);
    this.coarseTexture = floatTexture(gl, segmentTextureHeight(this.coarse.segmentCount), this.coarse.segments);
    this.highlightTexture = floatTexture(gl, 1, this.highlight.segments);
    const h = textureHeight(this.geometry.lineCount);
    this.styleTexture = texture(gl, h, this.style);
    this.stateTexture = texture(gl, h, this.states);
    this.statesDirty = false;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteVertexArray(this.vao);
    gl.deleteBuffer(this.indexBuffer);
    gl.deleteTexture(this.segmentTexture);
    gl.deleteTexture(this.coarseTexture);
    gl.deleteTexture(this.highlightTexture);
    gl.deleteTexture(this.stateTexture);
    gl.deleteTexture(this.styleTexture);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput): void {
    if (!(gl instanceof WebGL2RenderingContext) || !this.program || !this.map) return;
    const u = this.program.uniforms(gl);
    if (!u) return void this.map.triggerRepaint(); // still linking in the background
    if (this.statesDirty) {
      gl.bindTexture(gl.TEXTURE_2D, this.stateTexture);
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, TEXTURE_WIDTH, textureHeight(this.geometry.lineCount), gl.RGBA, gl.UNSIGNED_BYTE, this.states);
      this.statesDirty = false;
    }
    if (this.highlightDirty) {
      if (this.highlight.segmentCount > this.geometry.segmentCount) throw new Error('more highlighted segments than segments');
      gl.bindTexture(gl.TEXTURE_2D, this.highlightTexture);
      const h = this.highlight.segments.length / (SEGMENT_TEXTURE_WIDTH * 4);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, SEGMENT_TEXTURE_WIDTH, h, 0, gl.RGBA, gl.FLOAT, this.highlight.segments);
      this.highlightCount = this.highlight.segmentCount;
      this.highlightDirty = false;
    }
    gl.useProgram(this.program.program);
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
    const copies = worldCopies(b.getWest(), b.getEast(), this.extent);
    gl.bindVertexArray(this.vao);
    gl.activeTexture(gl.TEXTURE2);
    gl.uniform1i(u.u_segments!, 2);
    const network = this.map.getZoom() < COARSE_BELOW_ZOOM ? ([this.coarseTexture, this.coarse.segmentCount] as const) : ([this.segmentTexture, this.geometry.segmentCount] as const);
    for (const [texture, count, pass] of [[...network, 0], [this.highlightTexture, this.highlightCount, 1]] as const) {
      if (count === 0) continue;
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.uniform1f(u.u_pass!, pass);
      const thin = pass === 0 && this.geometry.lineCount > HAIRLINES_ABOVE;
      gl.uniform1f(u.u_thin!, thin ? 1 : 0);
      for (const k of copies) {
        gl.uniform1f(u.u_offset!, k);
        if (thin) gl.drawArrays(gl.LINES, 0, count * 2);
        else gl.drawElements(gl.TRIANGLES, count * 6, gl.UNSIGNED_INT, 0);
      }
    }
    gl.bindVertexArray(null);
    gl.activeTexture(gl.TEXTURE0);
  }

}

/** Below this zoom the faint network is drawn from the coarse copy; highlighted lines never are. */
export const COARSE_BELOW_ZOOM = 3.5;

const UNIFORMS = ['u_matrix', 'u_viewport', 'u_offset', 'u_world_px', 'u_state', 'u_style', 'u_segments', 'u_base', 'u_pass', 'u_cmp', 'u_thin'];

/**
 * Above this many lines the faint network is drawn as hairlines (GL_LINES, two vertices and one
 * pixel a segment) rather than antialiased quads (four vertices, about 2.5 pixels). At that
 * density the network is a haze at the lowest opacity (`lineOpacity`), where the difference does
 * not show, and under software WebGL a frame of the 26,000-line stress set took a selection from
 * about 0.7 s to 0.1–0.2 s. Highlighted lines are always quads.
 */
export const HAIRLINES_ABOVE = 10_000;

const COMPARE_RGB = new Float32Array(COMPARE_COLORS.flatMap((c) => parseColor(c).map((x) => x / 255)));

/**
 * Widths and opacities follow the state: hidden 0; hovered 4.5 px, opaque; selected 2.4 px;
 * compared 1.8 px in the comparison's colour; otherwise 1 px at the base opacity. Pass 0 draws
 * every line, pass 1 only the highlighted ones (hidden ones are dropped in both).
 */
const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_offset;
uniform float u_world_px;
uniform float u_base;
uniform float u_pass;
uniform float u_thin;
uniform vec3 u_cmp[4];
uniform highp sampler2D u_state;
uniform highp sampler2D u_style;
uniform highp sampler2D u_segments;
out vec4 v_color;
out float v_side;
out float v_half;
out float v_along;
out float v_dashed;
// The four corners of a segment's quad: (end 0 or 1, side -1 or 1), as quadIndices numbers them.
const vec2 CORNERS[4] = vec2[4](vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));
void main() {
  // Hairlines (GL_LINES) take two vertices a segment, quads (triangles) four.
  bool thin = u_thin > 0.5;
  int segment = thin ? gl_VertexID / 2 : gl_VertexID / 4;
  vec2 a_corner = thin ? vec2(float(gl_VertexID - segment * 2), 0.0) : CORNERS[gl_VertexID - segment * 4];
  int texel = segment * 2;
  vec4 meta = texelFetch(u_segments, ivec2((texel + 1) % ${SEGMENT_TEXTURE_WIDTH}, (texel + 1) / ${SEGMENT_TEXTURE_WIDTH}), 0);
  int id = int(meta.x + 0.5);
  ivec2 tc = ivec2(id % ${TEXTURE_WIDTH}, id / ${TEXTURE_WIDTH});
  vec4 st = texelFetch(u_state, tc, 0);
  bool hidden = st.r > 0.5;
  bool sel = st.g > 0.5;
  bool hover = st.b > 0.5;
  int cmp = int(st.a * 255.0 + 0.5);
  bool high = sel || hover || cmp > 0;
  if (hidden || (u_pass > 0.5 && !high)) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec4 sy = texelFetch(u_style, tc, 0);
  vec4 a_ends = texelFetch(u_segments, ivec2(texel % ${SEGMENT_TEXTURE_WIDTH}, texel / ${SEGMENT_TEXTURE_WIDTH}), 0);
  vec2 a_along = meta.yz;
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
  float h = thin ? 0.0 : width * 0.5 + 0.75; // half width plus an antialiasing fringe
  vec4 p = a_corner.x < 0.5 ? pa : pb;
  gl_Position = p + vec4(normal * a_corner.y * h / half_viewport * p.w, 0.0, 0.0);
  v_side = a_corner.y * h;
  v_half = thin ? 0.5 : width * 0.5;
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

export const LINE_PROGRAM: ProgramSpec = { vs: VERTEX, fs: FRAGMENT, what: 'line program', uniforms: UNIFORMS };
