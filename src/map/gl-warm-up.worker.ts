/**
 * Creates one WebGL2 context on an OffscreenCanvas, off the main thread, and posts whether it
 * could. The page's first GL context is the slow one (about 1 s under software rendering: the GPU
 * process sets up its GL back end); made here, that set-up no longer blocks the page, and the
 * map's own context later takes about 40 ms.
 */
let ok = false;
try {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  ok = gl !== null;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
} finally {
  postMessage(ok);
}
