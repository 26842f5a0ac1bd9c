import type { MaterialFormat, MaterialItemInput, MaterialKind, SendMethod } from './types';

/*
 * Requested materials read from a listing, in English, French, German, Spanish and Dutch (the
 * languages of the listing analysis). Only sentences about applying count ("please submit your CV
 * and a cover letter as one PDF"), so "references available on request" or "portfolio
 * management" elsewhere in the text do not become requests.
 */

const KINDS: Array<[MaterialKind, RegExp]> = [
  ['resume', /\b(resumes?|résumés?|cvs?|curriculum vitae|lebenslauf|lebensläufe|currículums?|curriculum|hoja de vida)\b/i],
  ['cover_letter', /\b(cover letters?|motivation letters?|letters? of (motivation|interest|intent|application)|lettres? de motivation|anschreiben|motivationsschreiben|cartas? de (presentación|motivación)|motivatiebrie(f|ven)|sollicitatiebrie(f|ven))\b/i],
  ['writing_sample', /\b(writing samples?|exemples? de rédaction|échantillons? d'écriture|schreibproben?|textproben?|muestras? de (redacción|escritura)|schrijfvoorbeeld(en)?|schrijfproe(f|ven))\b/i],
  ['work_sample', /\b(work samples?|code samples?|samples of (your )?work|exemples? de (vos )?travaux|échantillons? de (vos )?travaux|arbeitsproben?|muestras? de (tu |su )?trabajo|werkvoorbeeld(en)?|werkproe(f|ven))\b/i],
  ['portfolio', /\b(portfolios?|portafolios?|portefeuille de travaux)\b(?!\s+(management|manager|analysis|companies|company|optimization|beheer))/i],
  ['references', /\b(list of references|references|referees|références|referenzen|referencias|referenties)\b/i],
  ['transcript', /\b(transcripts?|relevés? de notes|notenspiegel|zeugnisse|zeugniskopien|expediente académico|certificados? de notas|cijferlijst(en)?)\b/i],
];

const APPLY_CONTEXT = new RegExp(
  [
    // English
    'submit', 'include', 'attach', 'send', 'upload', 'provide', 'share', 'along with', 'to apply', 'apply', 'applications?', 'please',
    // French
    'envoy', 'joindre', 'joignez', 'transmet', 'postule', 'candidature', 'merci de', 'veuillez', 'adress', 'déposez', 'téléchargez', 'téléversez',
    // German
    'send', 'schick', 'übermitt', 'bewerbung', 'bewerben', 'hochladen', 'lade', 'bitte', 'einreich', 'beifüg', 'richten sie',
    // Spanish
    'enví', 'envia', 'adjunt', 'postula', 'candidatura', 'solicitud', 'por favor', 'inclu', 'sube', 'suba', 'remit',
    // Dutch
    'stuur', 'sollicit', 'graag', 'voeg', 'bijvoeg', 'mail je', 'verstuur', 'upload',
  ].join('|'),
  'i',
);

const ON_REQUEST = /\b(upon request|on request|sur demande|auf anfrage|a petición|bajo petición|a solicitud|op verzoek|op aanvraag)\b/i;
const OPTIONAL = /\b(optional(ly)?|if available|if you have (one|any)|is a plus|facultati(f|ve|vo|va)|optionnel(le)?|si disponible|falls vorhanden|wenn vorhanden|opcional|si (lo |la )?tienes|si dispones|optioneel|indien beschikbaar|indien mogelijk)\b/i;

const FORMATS: Array<[MaterialFormat[], RegExp]> = [
  [['pdf'], /\b(pdfs?|\.pdf|pdf-(datei|dokument|bestand|format))\b/i],
  [['docx', 'doc'], /(\.docx?\b|\bdocx?\b|\bword[- ](document|format|file|dokument|datei|bestand)\b|\b(document|fichier|formato|documento|archivo) word\b)/i],
  [['txt'], /\b(plain text|\.txt|texte brut|nur-text|texto plano|platte tekst)\b/i],
  [['odt'], /\b(\.odt|odt|opendocument)\b/i],
];

const ONE_FILE = /\b(as|in) (one|a single) (pdf|file|document)\b|\b(un seul|en un seul|dans un seul) (pdf|fichier|document)\b|\b(in )?(einer|einem) (einzigen )?(pdf|datei|dokument)\b|\b(en )?un (solo|único) (pdf|archivo|documento)\b|\b(in )?(één|een enkel) (pdf|bestand|document)\b/i;

const SIZE = /(\d+(?:[.,]\d+)?)\s*(mb|mo|mib|kb|ko|kib)\b/i;
const SIZE_CONTEXT = /\b(max|maximum|maximal|maximale|maximaal|up to|not exceed|no (larger|bigger|more) than|under|höchstens|bis zu|ne pas dépasser|jusqu'à|n'excédant pas|máximo|no más de|hasta|niet groter|tot|limit|größe|taille|tamaño|grootte|size)\b/i;

const VIA: Array<[SendMethod, RegExp]> = [
  ['portal', /\b(portal|portail|careers? (page|site|portal)|our (website|site|platform)|applicant tracking|bewerbungsportal|karriereseite|online[- ]bewerb|plateforme|site carrières|postuler en ligne|portal de empleo|en línea|sollicitatieportaal|werkenbij|online solliciteren|apply online|via (the|our) (form|link))\b/i],
  ['email', /[\w.+-]+@[\w-]+\.[\w.-]+|\b(by e-?mail|via e-?mail|per e-?mail|par (e-?)?mail|par courriel|por (correo|e-?mail)|e-?mail (it|them|your|us|to)|mail je|to our (recruiting|hr) (inbox|address))\b/i],
  ['upload', /\b(upload|hochladen|laden sie|téléchargez|téléverse[rz]|déposez|sube|suba|subir|cargar|uploaden)\b/i],
];

/** What a listing asks to be sent, with where each item was read. */
export interface RequestedMaterialsParse {
  items: MaterialItemInput[];
  /** Formats named in the apply sentences (the default of items without their own). */
  formats: MaterialFormat[];
  /** "As one PDF": everything requested goes in a single file. */
  oneFile: boolean;
  via: SendMethod | null;
  maxBytes: number | null;
  /** The sentences the request was read from, for the page to quote. */
  sentences: string[];
}

function bytesOf(m: RegExpExecArray): number {
  const n = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toLowerCase();
  return Math.round(n * (unit.startsWith('k') ? 1024 : 1024 * 1024));
}

function sentencesOf(text: string): string[] {
  return text
    .slice(0, 200_000)
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.replace(/^[\s•*·–-]+/, '').trim())
    .filter((s) => s.length > 0 && s.length < 2_000);
}

/**
 * Read the materials a listing asks for from its sentences about applying, in English, French,
 * German, Spanish or Dutch: kinds (resume, cover letter…), accepted formats, size limit and how
 * to send. Items in a sentence that says "optional" or "if available" are not required.
 * @example parseRequestedMaterials('Please submit your CV and a cover letter as one PDF.').items.map((i) => i.kind) // ['resume', 'cover_letter']
 */
export function parseRequestedMaterials(text: string): RequestedMaterialsParse {
  const found = new Map<MaterialKind, { required: boolean; formats: Set<MaterialFormat> }>();
  const formats = new Set<MaterialFormat>();
  const sentences: string[] = [];
  let oneFile = false;
  let via: SendMethod | null = null;
  let maxBytes: number | null = null;
  for (const sentence of sentencesOf(text)) {
    if (ON_REQUEST.test(sentence)) continue;
    const kinds = KINDS.filter(([, re]) => re.test(sentence)).map(([k]) => k);
    // "A writing sample is optional" names a material without an apply verb: it is still a request.
    if (!APPLY_CONTEXT.test(sentence) && !(kinds.length > 0 && OPTIONAL.test(sentence))) continue;
    const here = new Set<MaterialFormat>();
    for (const [fs, re] of FORMATS) if (re.test(sentence)) for (const f of fs) here.add(f);
    const size = SIZE.exec(sentence);
    const hasSize = size !== null && SIZE_CONTEXT.test(sentence);
    const method = VIA.find(([, re]) => re.test(sentence))?.[0] ?? null;
    if (kinds.length === 0 && here.size === 0 && !hasSize) continue;
    sentences.push(sentence);
    for (const f of here) formats.add(f);
    if (ONE_FILE.test(sentence)) oneFile = true;
    if (hasSize) maxBytes = maxBytes === null ? bytesOf(size) : Math.min(maxBytes, bytesOf(size));
    if (method && !via) via = method;
    const required = !OPTIONAL.test(sentence);
    for (const kind of kinds) {
      const prev = found.get(kind);
      if (prev) {
        prev.required ||= required;
        for (const f of here) prev.formats.add(f);
      } else found.set(kind, { required, formats: new Set(here) });
    }
  }
  if (!via) {
    // How to send is often said in a sentence of its own ("Apply through our careers portal").
    for (const sentence of sentencesOf(text)) {
      if (!APPLY_CONTEXT.test(sentence)) continue;
      const method = VIA.find(([, re]) => re.test(sentence))?.[0];
      if (method) {
        via = method;
        break;
      }
    }
  }
  const items: MaterialItemInput[] = [...found].map(([kind, v]) => ({
    kind,
    label: null,
    required: v.required,
    formats: v.formats.size > 0 ? [...v.formats] : [...formats],
    maxBytes,
    via,
  }));
  return { items, formats: [...formats], oneFile, via, maxBytes, sentences };
}
