// Phrases of the two outcomes that end a search on the employer's side, in the five languages, of
// kinds phrases.ts does not hold (kinds16.test.ts has sentences of our own for each):
// - a position closed with the verb before its subject (Spanish "no se cubrirá la plaza", a call
//   for applications "ha quedado sin efecto"), or because the money that paid for the post was not
//   renewed ("the grant … was not renewed", "Fördermittel … nicht verlängert", "le financement n'a
//   pas été reconduit", "la subvención … no se ha renovado", "de subsidie … is niet verlengd");
// - an offer as a tracker sends it, ready or to sign in the imperative ("your offer is ready to
//   view", "unterschreiben Sie Ihr Angebot", "signez votre offre", "revisa y firma tu oferta",
//   "onderteken je aanbod", "heeft een aanbod voor je klaargezet"), and a contract signed, the
//   participle before the noun ("the signed contract", "den unterschriebenen Arbeitsvertrag",
//   "het ondertekende contract").
import type { PhraseRule } from './phrase-rule';

// Money for the post, and its renewal or grant denied.
const FUNDS_EN = String.raw`\b(?:grant|funding|subsidy|budget(?:\s+line)?)\b[^.!?\n]{0,60}?\b(?:(?:was|were|has|have|had)\s+not\s+(?:been\s+)?|wasn't\s+|weren't\s+|hasn't\s+been\s+|haven't\s+been\s+|not\s+been\s+)(?:renewed|extended|approved|granted|confirmed|continued)(?!\p{L})`;
const FUNDS_DE = String.raw`\b(?:Fördermittel|Budget|Finanzierung|Förderung|Drittmittel|Zuschuss|Zuschüsse)\b[^.!?\n]{0,60}?\b(?:nicht\s+(?:\p{L}+\s+)?(?:verlängert|bewilligt|genehmigt|gewährt|fortgeführt)|gestrichen|ausgelaufen|weggefallen)(?!\p{L})`;
const FUNDS_FR = String.raw`\b(?:financement|subvention|dotation|budget)\b[^.!?\n]{0,60}?\b(?:n['’]\s*(?:a|ont)\s+pas\s+été\s+(?:reconduit|renouvelé|accordé|validé|approuvé|prolongé)e?s?|(?:n['’]est|ne\s+sera|ne\s+seront)\s+pas\s+(?:reconduit|renouvelé|prolongé)e?s?|(?:a|ont)\s+été\s+supprimée?s?)(?!\p{L})`;
const FUNDS_ES = String.raw`\b(?:subvención|financiación|fondos|ayuda|presupuesto)\b[^.!?\n]{0,60}?\bno\s+(?:se\s+(?:ha|han)\s+(?:renovado|concedido|aprobado|prorrogado)|(?:ha|han)\s+sido\s+(?:renovad|concedid|aprobad|prorrogad)[oa]s?|se\s+(?:renovó|concedió|aprobó|prorrogó))(?!\p{L})`;
const FUNDS_NL = String.raw`\b(?:subsidie|financiering|bekostiging|budget)\b[^.!?\n]{0,60}?\b(?:(?:is|werd|wordt|zijn|worden)\s+niet\s+(?:\p{L}+\s+)?(?:verlengd|toegekend|goedgekeurd|voortgezet)|(?:is|zijn)\s+(?:\p{L}+\s+)?(?:weggevallen|ingetrokken|stopgezet))(?!\p{L})`;

export const OUTCOME_RULES: PhraseRule[] = [
  ...[
    /\bno\s+se\s+(?:(?:va|van)\s+a\s+(?:cubrir|ocupar)|cubrirá|cubrirán|ocupará|cubre)\s+(?:\p{L}+\s+)?(?:el|la|este|esta|dicho|dicha)\s+(?:puesto|vacante|plaza|posición)\b|\b(?:queda|quedó|ha\s+quedado|quedará)\s+sin\s+efecto\b/iu,
    new RegExp(FUNDS_EN, 'iu'),
    new RegExp(FUNDS_DE, 'iu'),
    new RegExp(FUNDS_FR, 'iu'),
    new RegExp(FUNDS_ES, 'iu'),
    new RegExp(FUNDS_NL, 'iu'),
  ].map((re) => ({ kind: 'position_closed' as const, weight: 6, re })),
  ...[
    /\b(?:your|the)\s+(?:job\s+)?offer(?:\s+letter)?\s+is\s+(?:now\s+)?(?:ready|available|waiting)\b/iu,
    /\b(?:Ihr|dein)\s+(?:Vertrags|Job|Arbeits)?[Aa]ngebot\s+(?:steht|ist|liegt)\s+(?:\p{L}+\s+)?(?:bereit|verfügbar)\b|\b(?:[Uu]nterschreiben|[Uu]nterzeichnen|[Pp]rüfen)\s+Sie\s+(?:\p{L}+\s+)?Ihr\s+(?:Vertrags)?[Aa]ngebot\b/u,
    /\b(?:signez|signe|acceptez|accepte)\s+(?:votre|ton)\s+(?:offre|proposition)\b(?!\s+d['’]emploi)|\b(?:votre|ton)\s+(?:offre|proposition\s+d['’]embauche)\s+est\s+(?:prête|disponible)\b/iu,
    /\b(?:firma|firme|acepta|acepte)\s+(?:tu|su)\s+oferta\b|\b(?:tu|su)\s+oferta\s+(?:ya\s+)?está\s+(?:lista|disponible)\b/iu,
    /\b(?:onderteken|teken|accepteer)\s+(?:je|jouw|uw)\s+aanbod\b|\b(?:je|jouw|uw)\s+aanbod\s+(?:[\p{L}-]+\s+){0,3}?staat\s+(?:voor\s+(?:je|jou|u)\s+)?klaar\b|\bheeft\s+(?:een\s+)?aanbod\s+(?:voor\s+(?:je|jou|u)\s+)?klaargezet\b/iu,
    // A contract offered to the person: "te ofrecemos un contrato", "nous vous proposons un contrat",
    // "bieten Ihnen einen Arbeitsvertrag an", "bieden je een contract aan" (English is in phrases.ts).
    /\b(?:te|le|os)\s+(?:ofrecemos|ofrezco|queremos\s+ofrecer|proponemos)\s+(?:un\s+contrato|el\s+puesto|la\s+(?:plaza|posición))|\b(?:nous\s+)?vous\s+propos(?:ons|e)\s+un\s+contrat\b|\b(?:bieten|biete)\s+(?:wir\s+|ich\s+)?(?:Ihnen|dir)\s+(?:\p{L}+\s+)?(?:einen|den)\s+(?:\p{L}+\s+)?(?:Arbeits|Anstellungs)?[Vv]ertrag\s+(?:\p{L}+\s+){0,3}?an(?!\p{L})|\bbieden\s+(?:we\s+|wij\s+)?(?:je|jou|u)\s+(?:\p{L}+\s+)?(?:een\s+)?(?:\p{L}+\s+)?(?:contract|arbeidsovereenkomst)\s+(?:\p{L}+\s+){0,2}?aan(?!\p{L})/iu,
    /\b(?:the|your|a)\s+signed\s+(?:employment\s+)?(?:contract|offer\s+letter)\b|\b(?:den|einen|Ihren|deinen)\s+(?:unterschriebenen|unterzeichneten)\s+(?:Arbeits|Anstellungs)?[Vv]ertrag\b|\b(?:het|je|uw|jouw)\s+(?:ondertekende|getekende)\s+(?:arbeids)?(?:contract|overeenkomst)\b/u,
  ].map((re) => ({ kind: 'offer' as const, weight: 7, re })),
];
