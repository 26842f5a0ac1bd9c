// Tags whose content is never text a person reads: dropped with their content, never run.
const DROP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'head', 'select', 'button', 'nav', 'footer']);
// Tags that end a line of text: a listing's bullets and headings live on their own lines.
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'dd', 'dt', 'dl', 'blockquote', 'pre', 'hr', 'main', 'aside', 'td', 'th', 'title',
]);
const HEADING = /^h[1-6]$/;
// Where a link opens or closes, in the text being built (NUL never reaches the text).
const LINK_EDGE = '\u0000';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', bull: '•',
  middot: '·', rsaquo: '›', lsaquo: '‹', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', trade: '™', reg: '®', copy: '©', eacute: 'é',
  egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ntilde: 'ñ', euro: '€',
  pound: '£', times: '×', laquo: '«', raquo: '»', shy: '', zwnj: '', zwj: '', ensp: ' ', emsp: ' ', thinsp: ' ',
};

/**
 * Whether a text is HTML rather than plain text: it has at least one common tag.
 * @example looksLikeHtml('<p>Hi</p>') // true
 */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|li|ul|ol|br|h[1-6]|span|script|style|table|strong|b|em|section|article|meta|a)\b[^>]{0,500}>/i.test(text.slice(0, 200_000));
}

/**
 * Decode HTML character references (named ones in common use, decimal and hex).
 * @example decodeEntities('R&amp;D &#8211; 5&nbsp;years') // 'R&D – 5 years'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Turn HTML into plain text with one line per block: scripts, styles and other non-text parts
 * are dropped with their content (never executed), list items become "• " lines, headings
 * their own lines, entities decoded. A single forward scan with `indexOf`, so a hostile page
 * (unclosed tags, millions of `<`) costs linear time, not the backtracking of a regex.
 * @example htmlToText('<h2>Requirements</h2><ul><li>SQL</li></ul><script>x()</script>') // 'Requirements\n• SQL'
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const lower = html.toLowerCase();
  const out: string[] = [];
  // The <title> sits inside <head>, which the scan drops whole: read it first (bounded search).
  const titleAt = lower.indexOf('<title');
  const titleEnd = titleAt < 0 ? -1 : lower.indexOf('</title', titleAt);
  const titleOpen = titleAt < 0 ? -1 : html.indexOf('>', titleAt);
  let title: string | null =
    titleAt >= 0 && titleEnd > titleOpen && titleOpen > 0 && titleEnd - titleOpen < 1000 ? decodeEntities(html.slice(titleOpen + 1, titleEnd)).replace(/\s+/g, ' ').trim() || null : null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out.push(html.slice(lt));
      break;
    }
    // <!DOCTYPE …>, <![CDATA[…]]> and <?xml …?>: markup, not text.
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      i = gt + 1;
      continue;
    }
    const m = /^<\/?\s*([a-z][a-z0-9-]*)/i.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    if (!m) {
      // A bare "<" in text ("salary < 50k"): keep it as text.
      out.push('<');
      i = lt + 1;
      continue;
    }
    const name = (m[1] ?? '').toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && name === 'title' && title === null) {
      const end = lower.indexOf('</title', i);
      title = decodeEntities(html.slice(i, end < 0 ? i : end)).replace(/\s+/g, ' ').trim() || null;
    }
    if (!closing && DROP_CONTENT.has(name) && !html.slice(lt, gt).endsWith('/')) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) {
        i = html.length;
      } else {
        const close = html.indexOf('>', end);
        i = close < 0 ? html.length : close + 1;
      }
      continue;
    }
    // Links written side by side with no text between ("<a>Erfurt</a><a>Cottbus</a>", a menu):
    // marked here, so that two words glued by the markup alone end up on lines of their own.
    if (name === 'a') out.push(LINK_EDGE);
    else if (name === 'li' && !closing) out.push('\n• ');
    else if (HEADING.test(name)) out.push('\n\n');
    else if (BLOCK.has(name)) out.push('\n');
    else if (name === 'td' || name === 'th') out.push(' ');
  }
  const text = decodeEntities(out.join(''))
    .replace(/(?<=[\p{L}\p{N}])\u0000{2,}(?=[\p{L}\p{N}])/gu, ' · ')
    .replace(/\u0000/g, '')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: text.replace(/^• $/gm, ''), title };
}
