/** Characters of a stored listing the culture-fit check reads (the analysis reads as many). */
const HEAD_CHARS = 60_000;

/**
 * The part of a stored listing text the culture-fit check reads: trimmed, and capped (a pasted
 * page can be large; the signals sit in the first part of any real listing).
 * @example listingHead('  Remote role  ') // 'Remote role'
 */
export function listingHead(text: string): string {
  const head = text.trim();
  return head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head;
}

