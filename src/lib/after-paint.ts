/**
 * Runs `task` once the browser has painted what is on screen now: after the next two animation frames (the
 * first frame is the paint), or after `fallbackMs` when frames do not come (a tab opened in the background).
 * Work that the first paint does not need (prefetching the next chunks, the live-events connection, the
 * toasts' component) starts here, so it neither holds that paint back nor competes with it for the network.
 * Answers a cancel.
 */
export function afterPaint(task: () => void, fallbackMs = 1000): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, fallbackMs);
  let frame = 0;
  if (typeof requestAnimationFrame === 'function')
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setTimeout(run, 0));
    });
  return () => {
    done = true;
    clearTimeout(fallback);
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  };
}
