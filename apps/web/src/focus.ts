/**
 * Move focus to the first element matching one of `selectors` as soon as it is on the page
 * (after a save, the next field often appears only once the new data has arrived). Gives up
 * after `timeoutMs`, leaving focus where it is. Returns a cancel function.
 */
export function focusWhenReady(selectors: string[], timeoutMs = 3000): () => void {
  const until = performance.now() + timeoutMs;
  let frame = 0;
  const tick = () => {
    for (const s of selectors) {
      const el = document.querySelector<HTMLElement>(s);
      if (el && !el.hasAttribute('disabled')) {
        el.focus();
        if (document.activeElement === el) return;
      }
    }
    if (performance.now() < until) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
