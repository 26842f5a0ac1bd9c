// Decisions told by the shape of the message rather than by an employer's letter, in the five
// languages (settled.test.ts has sentences of our own for each):
// - an automatic reply that, besides the sender's absence, says the post is taken (filled, offered
//   and accepted, the one chosen has signed, the process closed) and that whoever has not been
//   contacted by now was not chosen ("If you have not heard from me, your application was not
//   successful", "Heb je nog niets gehoord, dan ben je niet gekozen"): a condition, but on a past
//   already settled, so a decision; the same condition with nothing settled ("if you have not heard
//   from us within four weeks, please assume…", an acknowledgement's) stays none;
// - the one chosen said to have signed or accepted ("la persona seleccionada ya firmó contrato");
// - a colloquial choice of someone else, as a text message says it ("on part sur un autre profil",
//   "wir haben jemand anderen genommen", "vamos con otro perfil", "we hebben iemand anders genomen");
// - a candidate of the employer's own chosen ("une candidate interne", "een interne kandidaat"): a
//   post filled internally, closed (classify.ts makes it a rejection only where the person is also
//   told their own process ends: "komt er voor u een einde aan de procedure").
import type { PhraseRule } from './phrase-rule';
import { isConditionalAt } from './clauses';

// The post taken or the choice made and done, said as a fact.
const SETTLED = new RegExp([
  String.raw`\boffered\s+and\s+accepted\b|\b(?:position|post|role|vacancy|job)\b[^.!?\n]{0,60}?\b(?:has|have|is|was)\s+(?:now\s+|already\s+)?(?:been\s+)?filled\b|\b(?:all\s+(?:the\s+)?)?interviews\s+(?:have\s+)?(?:now\s+)?(?:taken\s+place|been\s+(?:held|completed)|finished)\b|\b(?:process|recruitment|selection)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:closed|complete|completed|finished)\b`,
  String.raw`\b(?:Stelle|Position)\b[^.!?\n]{0,60}?\b(?:ist|wurde)\s+(?:\p{L}+\s+)?(?:besetzt|vergeben)(?!\p{L})|\b(?:Verfahren|Auswahlverfahren|Prozess|Bewerbungsverfahren)\s+ist\s+(?:\p{L}+\s+)?abgeschlossen(?!\p{L})|\bGespräche\s+sind\s+(?:\p{L}+\s+)?(?:abgeschlossen|geführt)(?!\p{L})`,
  String.raw`\bposte\b[^.!?\n]{0,60}?\b(?:est|a\s+été)\s+(?:\p{L}+\s+)?pourvu|\b(?:processus|recrutement)\s+est\s+(?:\p{L}+\s+)?(?:clos|terminé|clôturé)|\bentretiens\s+(?:sont|ont\s+été)\s+(?:\p{L}+\s+)?(?:terminés|achevés|menés)`,
  String.raw`\b(?:puesto|vacante|plaza)\b[^.!?\n]{0,60}?\b(?:está|ha\s+sido|fue)\s+(?:\p{L}+\s+)?(?:cubiert|ocupad)[oa]|\bproceso\b[^.!?\n]{0,30}?\b(?:está|ha\s+sido|fue)\s+(?:\p{L}+\s+)?(?:cerrado|finalizado|concluido)|\bentrevistas\s+(?:ya\s+)?(?:han\s+)?(?:finalizado|concluido|terminado)`,
  String.raw`\b(?:vacature|functie|positie|plek)\b[^.!?\n]{0,60}?\b(?:is|werd)\s+(?:\p{L}+\s+)?(?:ingevuld|vervuld|vergeven)(?!\p{L})|\b(?:procedure|selectie)\s+is\s+(?:\p{L}+\s+)?(?:afgerond|gesloten|afgesloten)(?!\p{L})|\bgesprekken\s+zijn\s+(?:\p{L}+\s+)?(?:gevoerd|afgerond)(?!\p{L})`,
].join('|'), 'iu');

// The one chosen, who has signed or accepted: someone else has the post.
const CHOSEN_SIGNED = /\b(?:successful|selected|chosen)\s+(?:candidate|applicant|person)\s+(?:has|have)\s+(?:now\s+|already\s+)?(?:signed|accepted)\b|\b(?:ausgewählte|gewählte)\s+(?:Person|Kandidat\p{L}*|Bewerber\p{L}*)\s+hat\s+(?:\p{L}+\s+)?(?:unterschrieben|zugesagt|angenommen)(?!\p{L})|\b(?:personne|candidate?)\s+(?:retenue?|sélectionnée?|choisie?)\s+a\s+(?:\p{L}+\s+)?(?:signé|accepté)(?!\p{L})|\b(?:persona|candidat[oa])\s+(?:seleccionad|elegid)[oa]\s+(?:ya\s+)?(?:firmó|ha\s+firmado|aceptó|ha\s+aceptado)(?!\p{L})|\b(?:gekozen|geselecteerde)\s+(?:kandidaat|persoon|sollicitant)\s+heeft\s+(?:\p{L}+\s+)?(?:getekend|ondertekend|geaccepteerd|aangenomen)(?!\p{L})/iu;

// A condition on the person not having been contacted or heard from by now, in a perfect tense.
const SILENCE = new RegExp([
  String.raw`\b(?:if|where)\s+you\s+(?:have\s+not|haven't|did\s+not|didn't)\s+(?:yet\s+|already\s+)?(?:heard|been\s+(?:contacted|called|invited)|received\s+(?:a\s+)?(?:call|invitation|reply))`,
  String.raw`\b(?:wenn|falls|sofern)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?(?:nichts|keine\s+\p{L}+|nicht)\s+(?:\p{L}+\s+){0,3}?(?:gehört|erhalten|kontaktiert|angerufen|eingeladen)|\b(?:haben|hast)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?(?:nichts|keine\s+\p{L}+)\s+(?:\p{L}+\s+){0,3}?(?:gehört|erhalten)|\b(?:sind|bist)\s+(?:Sie|du)\s+(?:\p{L}+\s+){0,3}?nicht\s+(?:\p{L}+\s+)?(?:kontaktiert|angerufen|eingeladen)\s+worden`,
  String.raw`\bsi\s+(?:vous|tu)\s+n['’]\s*(?:avez|as)\s+(?:\p{L}+\s+){0,2}?pas\s+(?:(?:encore|été|eu|reçu)\s+){0,2}(?:contacté|recontacté|appelé|convoqué|de\s+nouvelles|d['’]appel|de\s+réponse|de\s+retour)`,
  String.raw`\bsi\s+(?:aún\s+|todavía\s+)?no\s+(?:ha|has)\s+(?:sido\s+(?:contactad|llamad|convocad)|recibido\s+(?:noticias|respuesta|una\s+llamada))|\bsi\s+(?:aún\s+|todavía\s+)?no\s+(?:te|le|lo|la)\s+(?:hemos|han)\s+(?:contactado|llamado|escrito|convocado)`,
  String.raw`\b(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,3}?(?:niets|geen\s+\p{L}+)\s+(?:\p{L}+\s+){0,3}?(?:gehoord|ontvangen)(?!\p{L})|\b(?:als|indien)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,3}?(?:niets|geen\s+\p{L}+|niet)\s+(?:\p{L}+\s+){0,3}?(?:gehoord|ontvangen|gebeld|benaderd|uitgenodigd)(?!\p{L})|\b(?:ben|bent|is)\s+(?:je|jij|u)\s+(?:\p{L}+\s+){0,3}?niet\s+(?:\p{L}+\s+)?(?:gebeld|benaderd|uitgenodigd|gecontacteerd)(?!\p{L})`,
].join('|'), 'giu');

// What follows in the condition's sentence: the person not chosen.
const NOT_CHOSEN = /\bnot\s+(?:been\s+)?(?:successful|selected|chosen|shortlisted)\b|\bunsuccessful\b|\bnicht\s+(?:\p{L}+\s+)?(?:ausgewählt|berücksichtigt|erfolgreich|gewählt)(?!\p{L})|\bpas\s+(?:été\s+)?(?:retenue?|sélectionnée?|choisie?)(?!\p{L})|\bnon\s+retenue?(?!\p{L})|\bno\s+(?:\p{L}+\s+){0,3}?(?:seleccionad|elegid|escogid)[oa](?!\p{L})|\bniet\s+(?:\p{L}+\s+)?(?:gekozen|geselecteerd|aangenomen)(?!\p{L})/iu;

/**
 * Where the text says that whoever has not been contacted by now was not chosen, beside a post
 * already taken (or the one chosen having signed): the index of the condition, or -1.
 */
export function notChosenBySilenceAt(text: string): number {
  if (!SETTLED.test(text) && !CHOSEN_SIGNED.test(text)) return -1;
  SILENCE.lastIndex = 0;
  for (const m of text.matchAll(SILENCE)) {
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/[.!?\n]/);
    if (NOT_CHOSEN.test(end < 0 ? rest : rest.slice(0, end))) return m.index;
  }
  return -1;
}

/** Whether the one chosen is said to have signed or accepted, not under a condition ("once…"). */
export function chosenHasSigned(text: string): boolean {
  const m = CHOSEN_SIGNED.exec(text);
  return m !== null && !isConditionalAt(text, m.index);
}

export const SETTLED_RULES: PhraseRule[] = [
  // The one chosen has signed: "la persona seleccionada ya firmó contrato", "la personne retenue a signé".
  { kind: 'rejection', weight: 4, re: CHOSEN_SIGNED },
  // Taking someone else, said as a text message says it: "on a pris quelqu'un d'autre", "on part sur
  // un autre profil", "vamos con otro perfil", "wir haben jemand anderen genommen", "we hebben iemand
  // anders genomen" (English "we've gone with someone else" is grammar.ts's). The one taken is a
  // candidate, a profile or a person, never a date or a slot ("einen anderen Termin genommen").
  { kind: 'rejection', weight: 4, re: /\b(?:on\s+a\s+pris|(?:nous\s+)?avons\s+pris|j['’]ai\s+pris|on\s+(?:part|partira|est\s+partis?)\s+sur|(?:nous\s+)?partons\s+sur)\s+(?:un\s+autre\s+(?:profil|candidat)|une\s+autre\s+(?:candidate|personne|candidature)|quelqu['’]un\s+d['’]autre|(?:un|une)\s+(?:profil|candidate?|personne)\s+(?:plus|qui|avec|dont|ayant))(?!\p{L})|\b(?:nos\s+)?vamos\s+(?:a\s+ir\s+)?con\s+otr[oa]\s+(?:perfil|candidat[oa]|aspirante|postulante)(?!\p{L})|\b(?:hemos\s+)?(?:cogido|tomado|escogido)\s+a\s+otr[oa]\s+(?:perfil|candidat[oa]|persona|aspirante|postulante)(?!\p{L})|\b(?:haben\s+wir|wir\s+haben)\s+(?:\p{L}+\s+){0,2}?(?:jemand(?:en)?\s+ander(?:en|es|s)|eine[nr]?\s+andere[nr]?\s+(?:Kandidat\p{L}*|Bewerber\p{L}*|Person))\s+(?:\p{L}+\s+){0,2}?genommen(?!\p{L})|\b(?:hebben\s+(?:we|wij)|(?:we|wij)\s+hebben)\s+(?:\p{L}+\s+){0,2}?(?:iemand\s+anders|een\s+andere\s+(?:kandidaat|kandidate|sollicitant|persoon))\s+(?:\p{L}+\s+){0,2}?genomen(?!\p{L})/iu },
  // A candidate of the employer's own chosen, in the languages phrases-closed.ts says it only in English.
  // One such candidate, not the many a post is open to ("ouvert aux candidatures internes").
  { kind: 'position_closed', weight: 6, re: /\b(?:eine[nmr]?|die|den|der)\s+interne[nr]?\s+(?:Kandidat\p{L}*|Bewerber\p{L}*)|\b(?:un|une|le|la)\s+candidate?\s+interne\b|\bpar\s+(?:une\s+)?mobilité\s+interne\b|\b(?:un|una|el|la)\s+candidat[oa]\s+intern[oa]\b|\bpor\s+promoción\s+interna\b|\b(?:een|de)\s+interne\s+(?:kandidaat|kandidate|sollicitant)\b/iu },
  // The person's process brought to an end, said with the noun: "komt er voor u een einde aan de
  // procedure", "brings the process to an end for you", "met fin à votre candidature".
  { kind: 'rejection', weight: 4, re: /\b(?:voor\s+(?:u|jou|je)\s+(?:\p{L}+\s+){0,2}?(?:een\s+)?einde\s+aan\s+de\s+(?:sollicitatie)?procedure|einde\s+aan\s+(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur|procedure))(?!\p{L})|\b(?:brings?|brought|puts?)\s+(?:\p{L}+\s+){0,2}?(?:process|procedure|application)\s+to\s+an\s+end\s+for\s+you\b|\bEnde\s+(?:des|Ihres|deines)\s+(?:Verfahrens|Bewerbungsverfahrens|Auswahlverfahrens)\s+für\s+(?:Sie|dich)\b|\bmet\s+fin\s+à\s+(?:votre|ta)\s+(?:candidature|procédure)\b|\bpone\s+fin\s+a\s+(?:tu|su)\s+(?:candidatura|proceso|participación)\b/iu },
];
