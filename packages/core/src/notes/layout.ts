import { CLOSING_SOURCE } from '../closings';

/** The parts of a note that change how its words are read. */
export interface NoteLayout {
  /** The greeting ("Dear Jon,"): names here must be this interview's people. */
  greeting: { start: number; end: number; namesStart: number } | null;
  /** Where the sign-off starts ("Best regards,\nAna"): the sender's own name lives there. */
  signatureStart: number;
  /** Where it ends: the end of the note, or a postscript ("P.S. …") after it, which is prose again. */
  signatureEnd: number;
  /** The first non-empty line, where whole-note problems are anchored. */
  firstLine: { start: number; end: number };
}

const SALUTATION = /^[ \t]*(dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening|day)|hola|hallo|bonjour|ciao|hej|hei|salut|olá|moin|servus|kia\s+ora|namaste)(?![\p{L}\p{M}])[ \t]*/iu;
// The sign-off's first line: only a closing from the shared list ("Best regards,", "Un saludo").
const CLOSING = new RegExp(String.raw`^[ \t]*(?:${CLOSING_SOURCE})[ \t]*[,.!—–-]?[ \t]*$`, 'im');

/** A postscript line: "P.S.", "PS:", "P.P.S.". */
const POSTSCRIPT = /^[ \t]*(?:P\.?[ \t]?){1,2}S\b\.?/;

/**
 * Find the greeting, the sign-off and the first line of a note. A sign-off counts only in the
 * last few lines, so "Thanks again for…" in the body is not one; a postscript after it is prose.
 */
export function noteLayout(text: string): NoteLayout {
  const firstMatch = /\S[^\n]*/.exec(text);
  const firstLine = firstMatch
    ? { start: firstMatch.index, end: firstMatch.index + firstMatch[0].trimEnd().length }
    : { start: 0, end: text.length };

  let greeting: NoteLayout['greeting'] = null;
  if (firstMatch) {
    const sal = SALUTATION.exec(firstMatch[0]);
    if (sal) {
      const lineStart = firstMatch.index;
      const rest = firstMatch[0].slice(sal[0].length);
      const stop = rest.search(/[,:;!.?—–]|\s-\s/);
      const namesEnd = lineStart + sal[0].length + (stop < 0 ? rest.length : stop);
      greeting = { start: lineStart, end: namesEnd, namesStart: lineStart + sal[0].length };
    }
  }

  let signatureStart = text.length;
  const lines: Array<{ start: number; text: string }> = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  for (let m = lineRe.exec(text); m !== null && m[0].length > 0; m = lineRe.exec(text)) lines.push({ start: m.index, text: m[0] });
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const tail = nonEmpty.slice(-5);
  for (const l of tail) {
    if (CLOSING.test(l.text.replace(/\n$/, ''))) {
      signatureStart = l.start;
      break;
    }
  }
  // A last line that is only a name or a dash and a name ("— Ana") is a signature too.
  const last = nonEmpty[nonEmpty.length - 1];
  if (signatureStart === text.length && last && nonEmpty.length > 2 && /^[ \t]*[—–-]\s*[\p{L}' .-]{2,40}$/u.test(last.text.trimEnd())) {
    signatureStart = last.start;
  }
  let signatureEnd = text.length;
  const postscript = lines.find((l) => l.start > signatureStart && POSTSCRIPT.test(l.text));
  if (postscript) signatureEnd = postscript.start;
  return { greeting, signatureStart, signatureEnd, firstLine };
}

/** Whether a position of the note is inside its sign-off (the sender's name, address, links). */
export function inSignature(layout: Pick<NoteLayout, 'signatureStart' | 'signatureEnd'>, position: number): boolean {
  return position >= layout.signatureStart && position < layout.signatureEnd;
}
