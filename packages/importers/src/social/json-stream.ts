import { UserError } from '@secondround/core';

/** One record of a JSON file: an element of the top array, or of an array under a top-level key. */
export interface JsonRecord {
  key: string | null;
  value: unknown;
  /** With `scalars`: true for a scalar value directly under a top-level key (`"version": 1`). */
  isTopLevel?: boolean;
}

export interface JsonStreamOptions {
  /**
   * Also yield scalars: those directly under a top-level key (with `isTopLevel`), and scalar
   * elements of a record array (as records). Without it, both are skipped unread.
   */
  scalars?: boolean;
}

/** A scalar (a string, mostly) larger than this is refused. */
const MAX_SCALAR_CHARS = 1024 * 1024;

/** A single record larger than this is refused (real ones are a few KB). */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

/*
 * Streams the records of a large JSON file without holding the file: only one record's text is
 * kept, then handed to JSON.parse. Handles a JavaScript prefix before the JSON (X's
 * `window.YTD.tweets.part0 = [`), a top-level array (Facebook posts, Instagram posts) and a
 * top-level object whose values are arrays (`{"comments_v2": [...]}`).
 */
export async function* streamJsonRecords(chunks: AsyncIterable<Buffer | string>, name: string, options: JsonStreamOptions = {}): AsyncGenerator<JsonRecord> {
  const scalars = options.scalars === true;
  // Scalar mode: whether the next non-blank character starts a value, and the scalar being read.
  let awaitingValue = false;
  let scalarStart = -1;
  let scalarPieces: string[] = [];
  let scalarChars = 0;
  let scalarDepth = 0;
  const decoder = new TextDecoder('utf-8');
  let started = false;
  let rootIsArray = false;
  let depth = 0;
  let inString = false;
  let escape = false;
  let recordDepth = 1; // depth at which records start
  let inRecordArray = false;
  let pieces: string[] = [];
  let pieceStart = -1;
  let pieceChars = 0;
  let lastKey: string | null = null;
  let keyPieces: string[] | null = null;
  let expectKey = false;
  let done = false;
  const bad = (why: string) => new UserError('BAD_JSON', `${name} is not valid JSON (${why}); the file may be cut short: download the export again`, 400);

  const finishRecord = (text: string): JsonRecord => {
    try {
      return { key: rootIsArray ? null : lastKey, value: JSON.parse(text) };
    } catch (e) {
      throw bad((e as Error).message);
    }
  };

  for await (const chunk of chunks) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let i = 0;
    if (pieceStart === -2) pieceStart = 0;
    if (scalarStart === -2) scalarStart = 0;
    const out: JsonRecord[] = [];
    while (i < s.length) {
      if (!started) {
        const a = s.indexOf('[', i);
        const o = s.indexOf('{', i);
        const at = a === -1 ? o : o === -1 ? a : Math.min(a, o);
        if (at === -1) {
          if (i === 0 && s.length > 4096 && !s.slice(0, 4096).includes('=')) throw bad('no JSON value found');
          break;
        }
        started = true;
        rootIsArray = s[at] === '[';
        recordDepth = rootIsArray ? 1 : 2;
        inRecordArray = rootIsArray;
        depth = 1;
        expectKey = !rootIsArray;
        awaitingValue = scalars && rootIsArray;
        i = at + 1;
        continue;
      }
      if (done) {
        if (s.slice(i).trim().replace(/^;/, '').trim()) throw bad('text after the end of the JSON');
        break;
      }
      if (inString) {
        // jump to the next quote or backslash
        let j = i;
        for (; j < s.length; j++) {
          const c = s.charCodeAt(j);
          if (escape) {
            escape = false;
            continue;
          }
          if (c === 92) escape = true;
          else if (c === 34) break;
        }
        if (keyPieces) keyPieces.push(s.slice(i, j));
        if (j >= s.length) {
          i = s.length;
          break;
        }
        inString = false;
        if (keyPieces) {
          lastKey = JSON.parse(`"${keyPieces.join('')}"`) as string;
          keyPieces = null;
        }
        i = j + 1;
        continue;
      }
      const c = s.charCodeAt(i);
      if (scalars) {
        if (awaitingValue) {
          if (c === 32 || c === 9 || c === 10 || c === 13) {
            i++;
            continue;
          }
          awaitingValue = false;
          if (c !== 123 && c !== 91 && c !== 93 && c !== 125) {
            scalarStart = i;
            scalarDepth = depth;
          }
        } else if (scalarStart !== -1 && depth === scalarDepth && (c === 44 || c === 93 || c === 125)) {
          const text = scalarPieces.join('') + s.slice(scalarStart, i);
          scalarPieces = [];
          scalarStart = -1;
          scalarChars = 0;
          const rec = finishRecord(text);
          out.push(scalarDepth === 1 && !rootIsArray ? { ...rec, isTopLevel: true } : rec);
        }
      }
      if (c === 34) {
        inString = true;
        if (!rootIsArray && depth === 1 && expectKey) {
          keyPieces = [];
          expectKey = false;
        }
      } else if (c === 123 || c === 91) {
        if (depth === recordDepth && pieceStart === -1 && inRecordArray) pieceStart = i;
        else if (depth === recordDepth - 1) inRecordArray = c === 91;
        depth++;
        if (scalars && depth === recordDepth && inRecordArray && c === 91) awaitingValue = true;
      } else if (c === 125 || c === 93) {
        depth--;
        if (depth === recordDepth && pieceStart !== -1) {
          pieces.push(s.slice(pieceStart, i + 1));
          out.push(finishRecord(pieces.join('')));
          pieces = [];
          pieceStart = -1;
          pieceChars = 0;
        } else if (depth === 0) {
          done = true;
        } else if (depth < 0) throw bad('unbalanced brackets');
      } else if (c === 44 && depth === 1 && !rootIsArray) {
        expectKey = true;
      } else if (scalars && c === 44 && depth === recordDepth && inRecordArray && pieceStart === -1) {
        awaitingValue = true;
      } else if (scalars && c === 58 && depth === 1 && !rootIsArray) {
        awaitingValue = true;
      }
      i++;
    }
    if (pieceStart >= 0) {
      pieces.push(s.slice(pieceStart));
      pieceChars += s.length - pieceStart;
      if (pieceChars > MAX_RECORD_CHARS) throw new UserError('TOO_LARGE', `${name} has a single record over ${MAX_RECORD_CHARS / 1024 / 1024} MB`, 413);
      pieceStart = -2; // continues at 0 in the next chunk
    }
    if (scalarStart >= 0) {
      scalarPieces.push(s.slice(scalarStart));
      scalarChars += s.length - scalarStart;
      if (scalarChars > MAX_SCALAR_CHARS) throw new UserError('TOO_LARGE', `${name} has a single value over ${MAX_SCALAR_CHARS / 1024 / 1024} MB`, 413);
      scalarStart = -2;
    }
    for (const r of out) yield r;
  }
  if (!started) throw bad('no JSON value found');
  if (!done) throw bad('it ends in the middle of the data');
}
