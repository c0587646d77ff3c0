import type { Plugin } from 'vite';

/**
 * The app's Content Security Policy. Everything (code, data, basemap, styles) comes from the app's
 * own origin, so the default is 'self' and nothing else; inline and eval'd scripts are refused.
 *
 * - script-src 'self': no inline scripts, no eval. (zod probes `new Function` once when its first
 *   object schema is built and falls back to its interpreter when refused; the probe shows up as a
 *   harmless `securitypolicyviolation` unless the app calls `z.config({ jitless: true })` first.)
 * - worker-src 'self': MapLibre's worker is a module worker built by Vite into /assets and loaded
 *   from our origin (MapLibre only builds a blob: or data: worker for a cross-origin worker URL or a
 *   file:// page), so blob: is not needed.
 * - img-src 'self' data:: MapLibre's controls (zoom, compass) draw their icons as data: SVG images
 *   in its CSS. No sprites or raster tiles, so no blob: images.
 * - style-src 'self': the stylesheets are files in /assets. React and MapLibre set inline styles
 *   through the CSSOM (element.style), which CSP does not restrict, so 'unsafe-inline' is not
 *   needed in the build. (The dev server injects <style> and inline <script> tags, hence the policy
 *   is added to the production build only.)
 * - connect-src 'self': the data file and the basemap GeoJSON.
 * - object-src 'none', base-uri 'self', form-action 'self': no plugins, no <base> hijack, no form
 *   posting elsewhere. frame-ancestors cannot be set from a <meta> tag: send it as a header if the
 *   host allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Add the policy as `<meta http-equiv="Content-Security-Policy">`, first in <head> so it covers
 * every script and stylesheet after it, to the production build only: `vite dev` injects an inline
 * React Refresh preamble that the policy would (rightly) refuse.
 */
export default function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'mapa:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
