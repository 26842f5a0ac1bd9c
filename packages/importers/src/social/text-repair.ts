/**
 * Facebook and Instagram exports write UTF-8 bytes as if each were a Latin-1 character
 * ("\u00c3\u00b8" for ø). Re-read such strings as UTF-8; leave text that is not of that form.
 * @example fixMojibake('Mobiloverf\u00c3\u00b8rsler') // 'Mobiloverførsler'
 */
export function fixMojibake(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    if (c >= 0x80) high = true;
  }
  if (!high) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}
