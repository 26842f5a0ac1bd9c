import { htmlToText } from '../listing/html';

/** A message's readable part: the text a person would read, without quoted history. */
export interface ReadableMail {
  fromName: string;
  fromAddress: string;
  subject: string;
  body: string;
  /** Whether the person forwarded it (the original sender was read from the forwarded header). */
  isForwarded: boolean;
}

// Forward markers of the common mail programs, in the five languages.
const FORWARD = /^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Message transféré|Message d'origine|Mensaje reenviado|Mensaje original|Doorgestuurd bericht|Oorspronkelijk bericht)\s*-{2,}|Begin forwarded message:|Début du message réenvoyé :?|Anfang der weitergeleiteten Nachricht:?|Inicio del mensaje reenviado:?|Begin doorgestuurd bericht:?)\s*$/im;
const HEADER_LINE = /^[ \t>]*(From|Von|De|Van|Date|Datum|Fecha|Sent|Gesendet|Envoyé|Enviado|Verzonden|Subject|Betreff|Objet|Asunto|Onderwerp|To|An|À|Para|Aan|Cc)\s*:\s*(.*)$/i;
// The line a reply puts above the quoted message ("On Tue, … wrote:").
const QUOTE_INTRO = /^\s*(?:On\b.{4,300}\bwrote|Le\b.{4,300}\ba écrit|Am\b.{4,300}\bschrieb|El\b.{4,300}\bescribió|Op\b.{4,300}\bschreef)\s*:?\s*$/im;
const OUTLOOK_QUOTE = /^\s*(?:From|Von|De|Van)\s*:.*\n\s*(?:Sent|Gesendet|Envoyé|Enviado|Verzonden|Date|Datum)\s*:/im;

function parseAddress(value: string): { name: string; address: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(value);
  if (m) return { name: m[1]!.trim(), address: m[2]!.trim().toLowerCase() };
  const bare = /[\w.+-]+@[\w.-]+/.exec(value);
  return { name: '', address: bare ? bare[0].toLowerCase() : '' };
}

function stripQuoted(body: string): string {
  let out = body;
  for (const re of [QUOTE_INTRO, OUTLOOK_QUOTE]) {
    const m = re.exec(out);
    if (m && m.index > 0) out = out.slice(0, m.index);
  }
  return out
    .split('\n')
    .filter((l) => !/^\s*>/.test(l))
    .join('\n')
    .trim();
}

/**
 * The part of a message to read: HTML-only bodies as text, a forwarded original unwrapped (its
 * sender and subject replace the person's own), and quoted history of replies cut off.
 * @example readableMail({ from: { name: 'A', address: 'a@x.com' }, subject: 'Re: x', text: 'Yes.\n\nOn Mon, 2 Nov 2026, B wrote:\n> old' }).body // 'Yes.'
 */
export function readableMail(msg: { from: { name: string; address: string }; subject: string; text: string; html?: string | null }): ReadableMail {
  let text = msg.text.trim().length >= 20 || !msg.html ? msg.text : htmlToText(msg.html).text;
  text = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  let fromName = msg.from.name;
  let fromAddress = msg.from.address.toLowerCase();
  let subject = msg.subject;
  let isForwarded = false;
  const fwd = FORWARD.exec(text);
  if (fwd && (/^\s*(fwd?|wg|tr|rv|fw)\s*:/i.test(subject) || fwd.index < 400)) {
    const rest = text.slice(fwd.index + fwd[0].length).replace(/^\n+/, '').split('\n');
    let i = 0;
    for (; i < rest.length && i < 12; i++) {
      const h = HEADER_LINE.exec(rest[i]!);
      if (!h) {
        if (rest[i]!.trim() === '' && i > 0) break;
        continue;
      }
      const key = h[1]!.toLowerCase();
      if (['from', 'von', 'de', 'van'].includes(key)) ({ name: fromName, address: fromAddress } = parseAddress(h[2]!));
      if (['subject', 'betreff', 'objet', 'asunto', 'onderwerp'].includes(key)) subject = h[2]!.trim();
    }
    text = rest.slice(i).join('\n');
    isForwarded = true;
  }
  return { fromName, fromAddress, subject: subject.replace(/^\s*((re|aw|fwd?|wg|tr|rv|sv)\s*:\s*)+/i, ''), body: stripQuoted(text), isForwarded };
}
