import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapGeometry } from './basemap-geometry';
import { SEGMENT_TEXTURE_WIDTH, parseColor, quadIndices, segmentTextureHeight, worldCopies } from './line-geometry';
import { floatTexture, programFor, type Program, type ProgramSpec } from './gl';

/** The basemap's colours (water, land, Poland's voivodeships) and outlines. */
export const BASEMAP_COLORS = {
  water: '#dbe7f0',
  land: '#f7f5f0',
  voivodeship: '#fbf1e6',
  countryLine: '#b8b2a6',
  voivodeshipLine: '#cdb9a5',
} as const;

/** Outline widths in CSS pixels: countries 0.6; voivodeships from 0.3 at zoom 3 to 1.2 at zoom 7. */
export const outlineWidths = (zoom: number): { country: number; voivodeship: number } => ({
  country: 0.6,
  voivodeship: 0.3 + ((Math.min(7, Math.max(3, zoom)) - 3) / 4) * 0.9,
});

type Rgba = [number, number, number, number];
const rgba = (css: string): Rgba => [...parseColor(css).map((x) => x / 255), 1] as Rgba;
const RGBA = {
  water: rgba(BASEMAP_COLORS.water),
  land: rgba(BASEMAP_COLORS.land),
  countryLine: rgba(BASEMAP_COLORS.countryLine),
  voivodeshipLine: rgba(BASEMAP_COLORS.voivodeshipLine),
};

/**
 * The offline basemap as one custom layer, the first the map draws: water over the whole view,
 * countries' and voivodeships' fills from the triangles `basemapGeometry` built (a colour per
 * voivodeship, for the choropleth), then their outlines, widened and antialiased in the shader
 * as the partnership lines are. Two small programs; nothing is tiled, and nothing is uploaded
 * after `onAdd` but a colour change.
 */
export class BasemapLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private fillProgram: Program | null = null;
  private lineProgram: Program | null = null;
  private fillVao: WebGLVertexArrayObject | null = null;
  private lineVao: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  private segmentTexture: WebGLTexture | null = null;
  private voivodeshipColors: Rgba[];
  private readonly extent: [number, number];

  constructor(id: string, readonly geometry: BasemapGeometry) {
    this.id = id;
    this.voivodeshipColors = geometry.voivodeships.map(() => rgba(BASEMAP_COLORS.voivodeship));
    let min = Infinity, max = -Infinity;
    for (let i = 0; i < geometry.positions.length; i += 2) {
      min = Math.min(min, geometry.positions[i]!);
      max = Math.max(max, geometry.positions[i]!);
    }
    this.extent = [min, max];
  }

  /** Colours voivodeships by name (CSS colours); those not named, and all with `null`, get the plain fill. */
  setVoivodeshipColors(colors: ReadonlyMap<string, string> | null): void {
    this.voivodeshipColors = this.geometry.voivodeships.map((v) => rgba(colors?.get(v.name) ?? BASEMAP_COLORS.voivodeship));
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.fillProgram = programFor(gl, BASEMAP_FILL_PROGRAM);
    this.lineProgram = programFor(gl, BASEMAP_OUTLINE_PROGRAM);
    const g = this.geometry;

    this.fillVao = gl.createVertexArray();
    gl.bindVertexArray(this.fillVao);
    const positions = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, positions);
    gl.bufferData(gl.ARRAY_BUFFER, g.positions, gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    const triangles = gl.createBuffer()!;
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, triangles);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, g.triangles, gl.STATIC_DRAW);

    this.lineVao = gl.createVertexArray();
    gl.bindVertexArray(this.lineVao);
    const quads = gl.createBuffer()!;
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, quads);
    gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, quadIndices(g.segmentCount), gl.STATIC_DRAW);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    this.buffers = [positions, triangles, quads];
    this.segmentTexture = floatTexture(gl, segmentTextureHeight(g.segmentCount), g.segments);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    gl.deleteVertexArray(this.fillVao);
    gl.deleteVertexArray(this.lineVao);
    for (const b of this.buffers) gl.deleteBuffer(b);
    gl.deleteTexture(this.segmentTexture);
    this.map = null;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput): void {
    if (!(gl instanceof WebGL2RenderingContext) || !this.fillProgram || !this.lineProgram || !this.map) return;
    const fu = this.fillProgram.uniforms(gl);
    const lu = this.lineProgram.uniforms(gl);
    if (!fu || !lu) return void this.map.triggerRepaint(); // still linking in the background
    const g = this.geometry;
    const matrix = options.defaultProjectionData.mainMatrix as Float32Array;
    // The world copies the basemap reaches into (Russia and Fiji run past 180°).
    const b = this.map.getBounds();
    const copies = worldCopies(b.getWest(), b.getEast(), this.extent);

    // Fills: opaque, in order (water, land, voivodeships), so no blending is needed.
    gl.useProgram(this.fillProgram.program);
    gl.disable(gl.BLEND);
    gl.bindVertexArray(this.fillVao);
    gl.uniformMatrix4fv(fu.u_matrix!, false, matrix);
    gl.uniform1f(fu.u_clip!, 1);
    gl.uniform4fv(fu.u_color!, RGBA.water);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.uniform1f(fu.u_clip!, 0);
    for (const k of copies) {
      gl.uniform1f(fu.u_offset!, k);
      gl.uniform4fv(fu.u_color!, RGBA.land);
      gl.drawElements(gl.TRIANGLES, g.countries[1], gl.UNSIGNED_INT, g.countries[0] * 4);
      g.voivodeships.forEach((v, i) => {
        gl.uniform4fv(fu.u_color!, this.voivodeshipColors[i]!);
        gl.drawElements(gl.TRIANGLES, v.count, gl.UNSIGNED_INT, v.start * 4);
      });
    }

    // Outlines: antialiased, blended over the fills (premultiplied, as MapLibre draws).
    const dpr = gl.drawingBufferWidth / this.map.getCanvas().clientWidth || 1;
    const widths = outlineWidths(this.map.getZoom());
    gl.useProgram(this.lineProgram.program);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(this.lineVao);
    gl.uniformMatrix4fv(lu.u_matrix!, false, matrix);
    gl.uniform2f(lu.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.segmentTexture);
    gl.uniform1i(lu.u_segments!, 0);
    const runs = [
      [0, g.countrySegments, widths.country, RGBA.countryLine],
      [g.countrySegments, g.segmentCount - g.countrySegments, widths.voivodeship, RGBA.voivodeshipLine],
    ] as const;
    for (const k of copies) {
      gl.uniform1f(lu.u_offset!, k);
      for (const [first, count, width, color] of runs) {
        gl.uniform1f(lu.u_width!, width * dpr);
        gl.uniform4fv(lu.u_color!, color);
        gl.drawElements(gl.TRIANGLES, count * 6, gl.UNSIGNED_INT, first * 6 * 4);
      }
    }
    gl.bindVertexArray(null);
  }
}

const FILL_VERTEX = `#version 300 es
precision highp float;
layout(location = 0) in vec2 a_pos;
uniform mat4 u_matrix;
uniform float u_offset;
uniform float u_clip;
void main() {
  if (u_clip > 0.5) {
    // The whole view (water): a clip-space quad drawn as a strip of four vertices.
    gl_Position = vec4(vec2(gl_VertexID % 2, gl_VertexID / 2) * 2.0 - 1.0, 0.0, 1.0);
    return;
  }
  gl_Position = u_matrix * vec4(a_pos.x + u_offset, a_pos.y, 0.0, 1.0);
}
`;

const FILL_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_color;
out vec4 fragColor;
void main() {
  fragColor = u_color;
}
`;

/** As the partnership lines' shader (lines-layer.ts), with one width and colour per draw. */
const LINE_VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_offset;
uniform float u_width;
uniform highp sampler2D u_segments;
out float v_side;
const vec2 CORNERS[4] = vec2[4](vec2(0.0, -1.0), vec2(0.0, 1.0), vec2(1.0, -1.0), vec2(1.0, 1.0));
void main() {
  int segment = gl_VertexID / 4;
  vec2 corner = CORNERS[gl_VertexID - segment * 4];
  int texel = segment * 2;
  vec4 ends = texelFetch(u_segments, ivec2(texel % ${SEGMENT_TEXTURE_WIDTH}, texel / ${SEGMENT_TEXTURE_WIDTH}), 0);
  vec4 pa = u_matrix * vec4(ends.x + u_offset, ends.y, 0.0, 1.0);
  vec4 pb = u_matrix * vec4(ends.z + u_offset, ends.w, 0.0, 1.0);
  vec2 half_viewport = u_viewport * 0.5;
  vec2 d = pb.xy / pb.w * half_viewport - pa.xy / pa.w * half_viewport;
  float len = length(d);
  vec2 dir = len > 0.0 ? d / len : vec2(1.0, 0.0);
  float h = u_width * 0.5 + 0.75;
  vec4 p = corner.x < 0.5 ? pa : pb;
  gl_Position = p + vec4(vec2(-dir.y, dir.x) * corner.y * h / half_viewport * p.w, 0.0, 0.0);
  v_side = corner.y * h;
}
`;

const LINE_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_color;
uniform float u_width;
in float v_side;
out vec4 fragColor;
void main() {
  float a = clamp(u_width * 0.5 + 0.5 - abs(v_side), 0.0, 1.0);
  if (a <= 0.0) discard;
  fragColor = u_color * a;
}
`;

export const BASEMAP_FILL_PROGRAM: ProgramSpec = { vs: FILL_VERTEX, fs: FILL_FRAGMENT, what: 'basemap fill program', uniforms: ['u_matrix', 'u_offset', 'u_clip', 'u_color'] };
export const BASEMAP_OUTLINE_PROGRAM: ProgramSpec = {
  vs: LINE_VERTEX,
  fs: LINE_FRAGMENT,
  what: 'basemap outline program',
  uniforms: ['u_matrix', 'u_offset', 'u_viewport', 'u_width', 'u_color', 'u_segments'],
};
