/**
 * Creates one WebGL context on an OffscreenCanvas, off the main thread, and says when it is done.
 * The page's first GL context is the slow one (about 0.8 s under software rendering: the GPU
 * process sets up its GL back end); made here, that set-up no longer blocks the page, and the
 * page's own contexts later take about 10 ms. Whether the page has WebGL is asked of the page.
 */
try {
  const canvas = new OffscreenCanvas(1, 1);
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
} finally {
  postMessage('done');
}
