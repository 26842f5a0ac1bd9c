import { htmlToText } from '../listing/html';

/** A message's readable part: the text a person would read, without quoted history. */
export interface ReadableMail {
  fromName: string;
  fromAddress: string;
  subject: string;
  body: string;
  /** A reply's quoted history (the earlier messages), for context only; empty when there is none. */
  quoted: string;
  /** Whether the person forwarded it (the original sender was read from the forwarded header). */
  isForwarded: boolean;
}

// Forward markers of the common mail programs, in the five languages: these always introduce a
// forwarded original.
const FORWARD = /^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht)\s*-{2,}|Begin forwarded message:|Début du message réenvoyé :?|Anfang der weitergeleiteten Nachricht:?|Inicio del mensaje reenviado:?|Begin doorgestuurd bericht:?)\s*$/im;
// Markers that introduce quoted history, in a reply or (with a forward's subject) a forward:
// Outlook's "Original Message" separators, its header block ("From: … / Sent: …", bold or not),
// and its underscore rule.
const ORIGINAL = /^[ \t>]*-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht)\s*-{2,}\s*$/im;
const OUTLOOK_QUOTE = /^[ \t*]*(?:From|Von|De|Van)\s*:\**.*\n[ \t*]*(?:Sent|Gesendet|Envoyé|Enviado(?:\s+el)?|Verzonden|Date|Datum|Fecha|To|An|À|Para|Aan)\s*:/im;
const UNDERSCORE_RULE = /^[ \t]*_{10,}[ \t]*$/m;
const HEADER_LINE = /^[ \t>*]*(From|Von|De|Van|Date|Datum|Fecha|Sent|Gesendet|Envoyé|Enviado(?:\s+el)?|Verzonden|Subject|Betreff|Objet|Asunto|Onderwerp|To|An|À|Para|Aan|Cc)\s*:\**\s*(.*)$/i;
// The line a reply puts above the quoted message ("On Tue, … wrote:"), which mail programs
// may wrap onto a second line.
const QUOTE_INTRO = /^[ \t]*(?:On|Le|Am|El|Op)\b[^\n]{4,300}?(?:\n[^\n]{0,200}?)?\b(?:wrote|a écrit|schrieb|escribió|schreef)\s*:?[ \t]*$/im;
// Subjects of forwarded mail in the five languages (WG: German, TR: French, RV/RE(E)NV: Spanish, Doorst: Dutch).
const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|reenv|enc|doorst)\s*:/i;
const REPLY_SUBJECT = /^\s*(?:re|aw|antw|sv|rif|r)\s*:/i;
// Where an HTML reply's quoted history starts (Gmail, Apple Mail, Outlook, Thunderbird).
const HTML_QUOTE = /<(?:div[^>]*class=["']?[^"'>]*gmail_quote|blockquote|div[^>]*id=["']?(?:divRplyFwdMsg|appendonsend)|hr[^>]*id=["']?stopSpelling|div[^>]*class=["']?moz-cite-prefix)/i;

function parseAddress(value: string): { name: string; address: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(value);
  if (m) return { name: m[1]!.trim(), address: m[2]!.trim().toLowerCase() };
  const bare = /[\w.+-]+@[\w.-]+/.exec(value);
  return { name: '', address: bare ? bare[0].toLowerCase() : '' };
}

/** The first place quoted history starts, and whether it is introduced as a forward. */
function quoteStart(text: string): { index: number; length: number; forward: boolean; intro: boolean } | null {
  let best: { index: number; length: number; forward: boolean; intro: boolean } | null = null;
  for (const [re, forward] of [[FORWARD, true], [ORIGINAL, false], [OUTLOOK_QUOTE, false], [QUOTE_INTRO, false], [UNDERSCORE_RULE, false]] as const) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, length: re === OUTLOOK_QUOTE ? 0 : m[0].length, forward, intro: re === QUOTE_INTRO };
  }
  return best;
}

/** The new text of a reply and its quoted lines ("> …") apart. */
function splitQuotedLines(text: string): { own: string; quoted: string } {
  const own: string[] = [];
  const quoted: string[] = [];
  for (const line of text.split('\n')) (/^\s*>/.test(line) ? quoted : own).push(line.replace(/^\s*>+ ?/, ''));
  return { own: own.join('\n').trim(), quoted: quoted.join('\n').trim() };
}

/**
 * The part of a message to read: HTML-only bodies as text, a forwarded original unwrapped (its
 * sender and subject replace the person's own), and a reply's quoted history set apart from
 * its new text: `body` is what the sender wrote now, `quoted` the history, for context only.
 * @example readableMail({ from: { name: 'A', address: 'a@x.com' }, subject: 'Re: x', text: 'Yes.\n\nOn Mon, 2 Nov 2026, B wrote:\n> old' }).body // 'Yes.'
 */
export function readableMail(msg: { from: { name: string; address: string }; subject: string; text: string; html?: string | null }): ReadableMail {
  let text: string;
  let htmlQuoted = '';
  if (msg.text.trim().length >= 20 || !msg.html) text = msg.text;
  else {
    const q = HTML_QUOTE.exec(msg.html);
    const own = q ? htmlToText(msg.html.slice(0, q.index)).text : '';
    // A forward's whole content can sit in a blockquote: then the quoted part is the message.
    if (q && own.trim().length >= 10) {
      text = own;
      htmlQuoted = htmlToText(msg.html.slice(q.index)).text;
    } else text = htmlToText(msg.html).text;
  }
  text = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  let fromName = msg.from.name;
  let fromAddress = msg.from.address.toLowerCase();
  let subject = msg.subject;
  let isForwarded = false;
  let quoted = htmlQuoted;
  const q = quoteStart(text);
  const before = q ? text.slice(0, q.index) : '';
  // Forwarded: a forward marker, a forward's subject, or (not in a reply) an original message
  // with nothing written above it. "On … wrote:" always introduces a reply's history.
  const forwarded = q !== null && (q.forward || FORWARD_SUBJECT.test(subject) || (!q.intro && !REPLY_SUBJECT.test(subject) && splitQuotedLines(before).own.length < 20));
  if (q && forwarded) {
    const rest = text.slice(q.index + q.length).replace(/^\n+/, '').split('\n');
    let i = 0;
    let sawHeader = false;
    for (; i < rest.length && i < 12; i++) {
      const h = HEADER_LINE.exec(rest[i]!);
      if (!h) {
        if (rest[i]!.trim() === '' && (i > 0 || sawHeader)) break;
        continue;
      }
      sawHeader = true;
      const key = h[1]!.toLowerCase();
      if (['from', 'von', 'de', 'van'].includes(key)) ({ name: fromName, address: fromAddress } = parseAddress(h[2]!));
      if (['subject', 'betreff', 'objet', 'asunto', 'onderwerp'].includes(key)) subject = h[2]!.trim();
    }
    text = rest.slice(i).join('\n');
    isForwarded = true;
    const lines = splitQuotedLines(text);
    // A forward quoted with ">" is the message itself.
    text = lines.own.length >= 20 ? lines.own : text.replace(/^\s*>+ ?/gm, '');
  } else {
    let own = text;
    if (q) {
      own = before;
      // The history without its "On … wrote:" line and its header block, whose dates are not the meeting's.
      const history = text.slice(q.index + q.length).split('\n').filter((l) => !HEADER_LINE.test(l)).join('\n');
      quoted = `${history}\n${quoted}`.trim();
    }
    const lines = splitQuotedLines(own);
    text = lines.own;
    if (lines.quoted) quoted = `${lines.quoted}\n${quoted}`.trim();
  }
  return { fromName, fromAddress, subject: subject.replace(/^\s*((re|aw|antw|fwd?|wg|tr|rv|sv|reenv|enc|doorst)\s*:\s*)+/i, ''), body: text.trim(), quoted, isForwarded };
}
