// A post filled from within, told by its structure rather than a fixed phrase: in one sentence, the
// post, a verb of filling or giving it, and one of the employer's own people ("we have offered the
// position to a current employee", "die Stelle wird mit einer eigenen Mitarbeiterin besetzt", "le
// poste sera pourvu par un collaborateur déjà en poste", "el puesto lo ocupará un empleado actual",
// "de functie wordt ingevuld door een eigen medewerker"). The post closed for a reason not the
// person's, which the project reads as a closed position; classify.ts turns it into a rejection
// where the person is also told, in words of their own, that their application goes no further.
// Like the grammar, it reads what no phrase knows: where a phrase of a closed post matched, it adds nothing.
import type { PhraseRule } from './phrase-rule';

// The post, in the five languages.
const POST = String.raw`(?:position|post|role|job|vacancy|opening|Stelle|Position|Vakanz|Posten|poste|emploi|puesto|plaza|vacante|cargo|functie|vacature|baan|positie)`;
// Filling or giving it, the verb in its participles and the forms a decision takes ("fill the role",
// not "fill you in").
const FILL = String.raw`(?:filled|fill(?:ing)?(?=\s+(?:the|this|that|it)\s)|taken|given|offered|awarded|appointed|besetzt|besetzen|vergeben|gegeben|angeboten|pourvu\p{L}*|confié\p{L}*|attribué\p{L}*|occupé\p{L}*|proposé\p{L}*|cubr\p{L}*|cubiert[oa]s?|ocup\p{L}*|adjudicad[oa]|ofrecid[oa]|asignad[oa]|ingevuld|invullen|vervuld|vervullen|vergeven|bezet|gegeven|aangeboden|toegewezen)`;
// The employer's staff, as a class of nouns.
const STAFF = String.raw`(?:employees?|staff(?:\s+members?)?|team\s+members?|colleagues?|Mitarbeiter\p{L}*|Beschäftigte\p{L}*|Angestellte\p{L}*|Kolleg\p{L}*|Belegschaft|collaborat(?:eur|rice)s?|salarié\p{L}*|collègues?|personnel|équipes?|emplead[oa]s?|personal|trabajador\p{L}*|plantilla|compañer[oa]s?|equipo|medewerk\p{L}*|werknemer\p{L}*|personeel|collega\p{L}*)`;
// One of the employer's own: an internal candidate or move (not a resident doctor, "un poste d'interne"), someone of its own, current or existing
// staff, or a colleague.
const OWN = [
  String.raw`internal(?:ly)?|(?<!d['’])intern(?:e[nmrs]?|a|o|as|os|amente)?|in-house|from\s+within|hausintern\p{L}*|aus\s+(?:dem\s+eigenen\s+Haus|den\s+eigenen\s+Reihen)|en\s+interne|uit\s+eigen\s+(?:huis|gelederen|organisatie)`,
  String.raw`(?:own|eigene?[nmrs]?|propres?|propi[oa]s?)\s+(?:\p{L}+\s+)?${STAFF}|${STAFF}\s+propi[oa]s?`,
  String.raw`(?:current|existing|present|derzeitige[nmrs]?|bestehende[nmrs]?|actuel(?:le)?s?|actual(?:es)?|huidige|bestaande)\s+(?:\p{L}+\s+)?${STAFF}|${STAFF}\s+(?:actuel(?:le)?s?|actual(?:es)?|déjà\s+en\s+poste|ya\s+en\s+plantilla)`,
  String.raw`(?:colleagues?|Kolleg\p{L}*|collègues?|compañer[oa]s?|collega\p{L}*)`,
].join('|');

// None of the staff ("no current employee applied", "kein eigener Mitarbeiter", "aucun collaborateur", "ningún empleado", "geen medewerker").
const NONE = String.raw`(?:no|keine?[nmr]?|aucune?|ningun[oa]?|ningún|geen)\s+(?:\p{L}+\s+)?(?:${STAFF}|current|existing|eigene?[nmr]?|actuel\p{L}*|actual\p{L}*|huidige)(?!\p{L})`;
const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
// Any order of the three within one sentence: the match runs over the sentence, from its start.
const ANY = String.raw`[^.!?\n]{0,300}?`;
const INTERNAL_FILL = new RegExp(
  String.raw`(?:^|(?<=[.!?\n]))(?=${ANY}${B}${POST}${E})(?=${ANY}${B}${FILL}${E})(?=${ANY}${B}(?:${OWN})${E})(?!${ANY}${B}${NONE})[^.!?\n]{1,300}`,
  'imu',
);

export const INTERNAL_FILL_RULES: PhraseRule[] = [{ kind: 'position_closed', weight: 6, re: INTERNAL_FILL }];
