// The phrases of a rejection, in the five languages: the decision, not the courtesy around it.
// Part of the phrase rules (phrases.ts), in their order.
import { rulesOf as r, type PhraseRule } from './phrase-rule';

const OTHERS = String.raw`(?:other|another|a different|stronger|more (?:experienced|suitable))\s+(?:\w+\s+)?(?:candidates?|applicants?|finalists?|persons?|profiles?|individuals?)`;

// A tracker's status line that gives only the application's new status: "Status: Not selected",
// "Neuer Status: nicht berücksichtigt", "Statut : Candidature non retenue", "Estado: Descartado",
// "Status: Afgewezen". The field and its value are the whole line.
export const STATUS_REJECTED = /^[ \t*•>-]*(?:(?:new|current|updated|application)\s+status|status(?:\s+of\s+your\s+application)?|(?:neuer|aktueller)\s+Status|(?:Bewerbungs)?status|(?:nouveau\s+)?statut(?:\s+de\s+(?:votre|ta)\s+candidature)?|(?:nuevo\s+)?estado(?:\s+de\s+(?:tu|su)\s+(?:candidatura|postulación|solicitud))?|(?:nieuwe\s+)?status(?:\s+van\s+(?:je|jouw|uw)\s+sollicitatie)?)[ \t]*:[ \t]*(?:(?:application|candidature|candidatura|Bewerbung|sollicitatie)\s+)?(?:rejected|declined|unsuccessful|not\s+selected|not\s+progressing|not\s+moving\s+forward|no\s+longer\s+(?:under\s+)?consider(?:ed|ation)|Absage|abgesagt|abgelehnt|(?:nicht|leider\s+nicht)\s+(?:weiter\s+)?(?:berücksichtigt|ausgewählt|erfolgreich)|ausgeschieden|non\s+retenue?|refusée?|rejetée?|non\s+sélectionnée?|descartad[oa]|rechazad[oa]|desestimad[oa]|no\s+seleccionad[oa]|no\s+continúa|afgewezen|niet\s+geselecteerd|niet\s+aangenomen|afgevallen)[ \t]*\.?[ \t]*$/imu;

export const REJECTION_PHRASES: PhraseRule[] = [
  // Rejection: the decision, not the courtesy around it ("unfortunately" alone is not one).
  ...r('rejection', 4,
    /\b(?:decided|chosen|elected|opted|made the (?:difficult |hard )?decision)\s+(?:not\s+to|to\s+not)\s+(?:move|proceed|progress|pursue|advance|continue|take|invite|offer|go\s+(?:ahead|forward)\s+with\s+(?:you|your)\b)/i,
    /\b(?:not|n't)\s+(?:be\s+)?(?:moving|move|proceeding|proceed|progressing|progress|advancing|advance|taking|take|pursuing|pursue|continuing|continue|scheduling)\s+(?:you\s+|with\s+(?:it|you|your\s+\w+)\s+|your\s+(?:application|candidacy|candidature)\s+)?(?:forward|further|ahead|any further|with|to the|in the process|an interview)/i,
    new RegExp(String.raw`\b(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing|pursue|pursuing|focus|selected|chosen|select|identified|hired|hire)\s+(?:forward\s+|ahead\s+|on\s+)?(?:with\s+)?${OTHERS}`, 'i'),
    /\b(?:offered|offer|give|given|extend(?:ed)?(?: an offer)?)\s+(?:the\s+(?:role|position|job)\s+)?to\s+(?:someone|another|a different|a candidate)/i,
    // Not a promise about whom they will take ("we will only move forward with candidates who…").
    /(?<!\b(?:only|usually|typically|normally|generally)\s+)\b(?:moving|move|continue|continuing|proceed|proceeding|go|going|went)\s+(?:forward\s+|ahead\s+)?with\s+(?:other\s+)?(?:candidates|applicants|someone|somebody)\s+(?:whose|who|else|with)\b/i,
    /\bnot\s+(?:be\s+)?(?:advancing|progressing|pursuing|moving\s+forward\s+with|proceeding\s+with)\s+your\s+(?:application|candidacy|candidature)/i,
    /\b(?:offer|offered|give|given)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:role|position|job|post)\s+to\s+(?:someone|another|a\s+different|an?\s+(?:\w+\s+)?candidate)/iu,
    /\bunable\s+to\s+(?:progress|proceed|move\s+forward|take)\b/i,
    /\bgegen\s+(?:eine\s+Zusammenarbeit|Sie|dich|(?:eine|die)\s+(?:Einladung|Weiterführung|Fortsetzung|Einstellung)|(?:Ihre|deine)\s+(?:Bewerbung|Kandidatur)|ein(?:en)?\s+(?:\p{L}+\s+)?(?:Gespräch|Vorstellungsgespräch|Interview))\s+(?:(?!(?:nicht|kein\p{L}*)\s)[\p{L}-]+\s+){0,4}?entschieden|andere\s+(?:Profile|Kandid(?:at|ierend)\w*|Bewerb(?:er|end)\w*)\s+(?:(?:passen|passten|entsprechen|entsprachen|sind|waren)\s+)?(?:noch\s+)?(?:besser|passender)/iu,
    /\bgekozen\s+voor\s+een\s+(?:andere\s+)?kandidaat|niet\s+met\s+(?:je|jou|u)\s+(?:verder|doen)\b/i,
    // The choice, said as the team going with another person: "went with another engineer", "we've
    // gone with a different designer" (a noun of any trade, not only "candidate").
    /\b(?:went|gone|going\s+to\s+go|decided\s+to\s+go|opted\s+to\s+go)\s+(?:ahead\s+)?with\s+(?:another|a\s+different)\s+(?:\p{L}+\s+)?(?:candidate|applicant|person|finalist|profile|hire|individual|\p{L}{3,}(?:er|or|ist|ant|ent))\b/iu,
    // The same choice with the one chosen as the verb's object: "we have hired another technician",
    // "la commission a retenu un autre binôme", "hemos contratado a otra enfermera" (the Spanish "a"
    // marks a person), "einen anderen Trainer eingestellt", "een andere trainer aangeworven". A
    // date, a slot or a way chosen instead is no one.
    /\b(?:hired|appointed|recruited|selected|chosen|picked|engaged)\s+(?:another|a\s+different)\s+(?:\p{L}+\s+)?(?:candidate|applicant|person|finalist|individual|\p{L}{3,}(?:er|or|ist|ant|ent|ian))\b/iu,
    /\b(?:avons|avions|a|ont|avait|avaient)\s+(?:(?:finalement|donc|plutôt|déjà)\s+)?(?:retenu|choisi|sélectionné|recruté|engagé|embauché|privilégié)\s+(?:un|une)\s+autre\s+(?!(?:date|créneau|horaire|jour|moment|option|solution|approche|lieu|format|piste|voie|direction)(?!\p{L}))\p{L}{3,}/iu,
    /\b(?:hemos|han|ha|habíamos|había|elegimos|seleccionamos|contratamos|escogimos|incorporamos)\s+(?:(?:finalmente|ya)\s+)?(?:(?:elegido|seleccionado|contratado|escogido|incorporado)\s+)?a\s+otr[oa]\s+\p{L}{3,}/iu,
    /\b(?:einen|eine)\s+andere[nr]?\s+(?!(?:Termin|Zeitpunkt|Weg|Ansatz|Richtung|Tag|Ort)(?!\p{L}))\p{L}{3,}\s+(?:\p{L}+\s+){0,3}?(?:eingestellt|angestellt|verpflichtet|engagiert|ausgewählt|gewählt)(?!\p{L})/iu,
    /\been\s+andere\s+(?!(?:datum|tijd|dag|moment|optie|aanpak|richting|keuze|weg|locatie)(?!\p{L}))\p{L}{3,}\s+(?:\p{L}+\s+){0,2}?(?:gekozen|aangenomen|aangeworven|aangesteld|geselecteerd)(?!\p{L})/iu,
    // "Your profile does not match what we need": the fit, said to be missing, in each language.
    /\b(?:your|the)\s+(?:profile|background|experience|skills?(?:\s+set)?|qualifications?)\s+(?:(?:does|do|did)\s+not|doesn't|don't|didn't)\s+(?:quite\s+|fully\s+|entirely\s+|exactly\s+)?(?:match|fit|meet|align)/i,
    /\b(?:Ihr|dein)\s+(?:Profil|Werdegang|Erfahrungsprofil)\s+(?:\p{L}+\s+){0,3}?(?:passt|entspricht)\s+(?:\p{L}+\s+){0,3}?nicht|(?:passt|entspricht)\s+(?:Ihr|dein)\s+Profil\s+(?:\p{L}+\s+){0,3}?nicht/iu,
    /\b(?:profil|expérience|parcours|candidature)\s+ne\s+(?:correspond|répond)\s+pas|ne\s+(?:correspond|répond)\s+pas\s+(?:exactement\s+|tout\s+à\s+fait\s+|pleinement\s+)?(?:aux|à\s+nos)\s+(?:besoins|attentes|critères|exigences)/i,
    /\b(?:perfil|experiencia|candidatura)\s+no\s+(?:se\s+ajusta|encaja|corresponde|se\s+adecúa|cumple)/i,
    /\b(?:profiel|ervaring|achtergrond)\s+(?:sluit\s+)?(?:\p{L}+\s+){0,3}?(?:niet|onvoldoende)\s+(?:\p{L}+\s+){0,2}?(?:aan|past)|(?:sluit|past)\s+(?:je|jouw|uw)\s+(?:profiel|ervaring)\s+(?:\p{L}+\s+){0,2}?(?:niet|onvoldoende)/iu,
    // French negation split around its verb: "ne pourrons pas donner suite", "ne donnerons donc pas suite".
    /\bne\s+(?:\p{L}+\s+){1,4}?pas\s+(?:\p{L}+\s+){0,4}?(?:donner\s+)?(?:une\s+)?suite\s+(?:favorable\s+)?à\s+(?:votre|ta)\s+(?:candidature|demande)/iu,
    /\b(?:cannot|can't|unable\s+to|not\s+(?:be\s+)?able\s+to|not\s+in\s+a\s+position\s+to)\s+offer\s+you\b/i,
    /(?:pas|plus)\s+(?:en\s+mesure\s+de\s+|possible\s+de\s+)?donner\s+(?:une\s+)?suite/i,
    /\bno\s+ha\s+(?:avanzado|pasado|superado)\b/i,
    /\bchosen\s+(?:someone|somebody)\s+else\b|\bfilled\s+(?:this|the)\s+(?:role|position|vacancy)\s+with\s+(?:another|someone)/i,
    /\b(?:have|has|were|was)\s+not\s+been\s+(?:successful|shortlisted|selected)|\b(?:were|was)\s+(?:not\s+successful|unsuccessful)\b|\bhas\s+been\s+unsuccessful\b|\bnot\s+successful\s+on\s+this\s+occasion/i,
    /\b(?:no\s+longer\s+under\s+consideration|not\s+(?:be\s+)?considered\s+further|not\s+selected\s+(?:for|to)|unable\s+to\s+offer\s+you|not\s+(?:be\s+)?able\s+to\s+offer\s+you|not\s+be\s+(?:progressing|taking)\s+your\s+application|not\s+have\s+been\s+selected|will\s+not\s+be\s+scheduling)/i,
    /\bwon't\s+be\s+(?:moving|progressing|proceeding|advancing|taking)\b|\bwill\s+not\s+(?:proceed|progress|pursue|advance)\b|\bshall\s+not\s+be\s+progressing/i,
    // No opening that fits the person: "we have no position matching your profile at present",
    // "pas de poste correspondant à votre profil", "keine passende Stelle", "ninguna vacante que
    // se ajuste a tu perfil", "geen passende vacature".
    /\bno\s+(?:suitable|matching|open)\s+(?:positions?|roles?|vacanc(?:y|ies)|openings?)\s+(?:for\s+you|that|matching|at\s+(?:the\s+)?(?:moment|present))|\bno\s+(?:positions?|roles?|vacanc(?:y|ies)|openings?)\s+(?:that\s+)?(?:match(?:es|ing)?|suit(?:s|ing|ed)?)\s+(?:to\s+)?your\s+(?:profile|background|experience)|\bpas\s+(?:de|d['’])\s*(?:postes?|offres?|opportunités?)\s+(?:\p{L}+\s+)?(?:correspond\p{L}*|adapté\p{L}*)\s+à\s+(?:votre|ton)\s+profil|\bkeine\s+(?:passende|geeignete)\s+(?:Stelle|Position|Vakanz)|\bno\s+(?:tenemos|disponemos\s+de|hay)\s+(?:ningun[ao]\s+|ningún\s+)?(?:vacantes?|puestos?|posici[oó]n(?:es)?|ofertas?)\s+(?:que\s+(?:se\s+ajuste|encaje|corresponda)|acorde|adecuad[oa])|\bgeen\s+(?:passende|geschikte)\s+(?:vacature|functie|positie)/iu,
    /\bcloser\s+(?:fit|match)\b|\bmore\s+closely\s+(?:match|matches|fit|fits|align|aligns|meet)/i,
    // Another choice or way, said without the other person: "haben uns anders entschieden", "fait un
    // autre choix", "hemos tomado otra dirección", "een andere keuze gemaakt" ("gone another way" is in grammar.ts).
    /\b(?:uns|mich)\s+(?:\p{L}+\s+){0,2}?(?:anders|für\s+einen\s+anderen\s+Weg)\s+entschieden\b|\b(?:fait|opéré|porté\s+notre\s+choix\s+sur)\s+(?:un\s+)?autre\s+choix\b|\bpris\s+une\s+autre\s+direction\b|\b(?:tomado|elegido|optado\s+por|ido\s+por)\s+otr[oa]\s+(?:dirección|camino|opción|rumbo)\b|\b(?:een\s+)?andere\s+(?:keuze|richting)\s+(?:\p{L}+\s+){0,2}?(?:gemaakt|gekozen|ingeslagen)\b|\banders\s+(?:besloten|gekozen)\b/iu,
    // The decision said to go against the person: "it is not in your favour", "nicht zu Ihren Gunsten",
    // "pas en votre faveur", "no ha sido favorable", "niet in jouw voordeel", a negative decision.
    /\bnot\s+(?:\p{L}+\s+){0,2}?in\s+your\s+favou?r\b|\bunfavou?rable\s+(?:decision|outcome)|\bnicht\s+(?:\p{L}+\s+){0,2}?zu\s+(?:Ihren|Ihrem|deinen|deinem)\s+Gunsten|\bnegative[nr]?\s+(?:Entscheidung|Bescheid)|\bpas\s+(?:\p{L}+\s+){0,2}?en\s+(?:votre|ta)\s+faveur|\b(?:avis|décision|réponse)\s+(?:\p{L}+\s+)?(?:défavorable|négative)|\bno\s+(?:ha\s+sido|es|fue|ha\s+resultado|resultó)\s+(?:\p{L}+\s+)?(?:a\s+(?:tu|su)\s+favor|favorable)|\b(?:decisión|respuesta|resolución)\s+(?:\p{L}+\s+)?(?:negativa|desfavorable)|\bniet\s+(?:\p{L}+\s+){0,2}?in\s+(?:je|jouw|uw)\s+voordeel|\bnegatie(?:f|ve)\s+(?:besluit|beslissing|antwoord)/iu,
    // A favourable answer denied to the person, by any verb that would give it: "we are unable to
    // respond favourably", "keinen positiven Bescheid geben", "Ihrer Bewerbung nicht entsprechen", "nous ne
    // pouvons y réserver une suite favorable", "no podemos darte una respuesta favorable", "geen positief
    // antwoord geven". A favourable answer hoped for or promised ("we cannot guarantee a positive outcome") is none.
    /\b(?:unable\s+to|not\s+able\s+to|cannot|can't|not\s+in\s+a\s+position\s+to)\s+(?:respond|reply|answer|react)\s+(?:\p{L}+\s+)?(?:favou?rably|positively)\b|\b(?:unable\s+to|not\s+able\s+to|cannot|can't|not\s+in\s+a\s+position\s+to)\s+(?:give|offer|send|provide)\s+(?:you\s+)?(?:a\s+)?(?:favou?rable|positive)\s+(?:answer|response|reply|decision)\b|\b(?:nicht|keine[nm]?)\s+(?:\p{L}+\s+){0,2}?(?:positive[nr]?|günstige[nr]?)\s+(?:Bescheid|Antwort|Entscheidung)\b|\b(?:Ihrer|deiner)\s+Bewerbung\s+(?:\p{L}+\s+){0,2}?nicht\s+entsprechen|\bn(?:e\s+|['’]\s*)(?!(?:manqu|dout)\p{L}*)(?:[\p{L}'’]+\s+){0,7}?(?:(?:une|de|d['’])\s*)?suite\s+(?:favorable|positive)|\baucune\s+suite\s+(?:favorable|positive)|\bno\s+(?:\p{L}+\s+){0,3}?(?:una\s+)?(?:respuesta|resolución)\s+(?:favorable|positiva)|\bno\s+(?:\p{L}+\s+){0,2}?(?:responder|contestar)(?:te|le)?\s+(?:favorablemente|positivamente)|\b(?:geen|niet)\s+(?:\p{L}+\s+){0,2}?(?:positief|positieve|gunstig|gunstige)\s+(?:antwoord|besluit|beslissing|uitslag)\b|\bniet\s+(?:\p{L}+\s+){0,2}?positief\s+(?:beantwoorden|beoordelen|beoordeeld|reageren)/iu,
    // de
    /\b(?:für|mit)\s+(?:eine[nmr]?\s+)?(?:andere[nmr]?|jemand\s+anderen|jemand\s+anderes)\s*(?:Bewerb(?:er|end)\w*|Kandid(?:at|ierend)\w*(?::innen)?|Person)?\s+(?:zu\s+)?(?:entschieden|fortzusetzen|weiterzumachen|weiter(?:zu)?gehen)/i,
    // The noun after a preposition ("nach einer Absage", "na een afwijzing", "van die afwijzing") is
    // a rejection spoken of (a mailing's tip, a friend's comfort), not one made.
    /(?<!\b(?:nach|von|über|bei|mit|trotz|für|vor|zu|zur)\s+(?:(?:eine[rm]?|der|die|dem|den|diese[rmn]?|jede[rmn]?|Ihre[rmn]?|deine[rmn]?)\s+)?(?:[^\s.!?]+\s+)?)\b(?:absagen|Absage)\b|nicht\s+(?:weiter\s+)?berücksichtig|keine\s+positive(?:re)?\s+(?:Rückmeldung|Nachricht)|nicht\s+in\s+der\s+Lage,?\s+Ihnen\s+die\s+Stelle|keine\s+Zusage\s+(?:[^\s.!?]+\s+){0,3}?(?:geben|machen|erteilen)/i,
    // fr
    /\b(?:ne\s+(?:pouvons|pourrons|donnerons|poursuivrons)\s+(?:donc\s+)?pas\s+(?:y\s+)?(?:donner\s+(?:une\s+)?suite|le\s+processus|poursuivre))|pas\s+été\s+(?:retenue?s?|(?:pré)?sélectionnée?s?|choisie?s?)|ne\s+pas\s+(?:poursuivre|donner\s+suite)|donner\s+une\s+suite\s+favorable/i,
    /\b(?:retenu|retenir|choisi|poursuivre(?:\s+le\s+processus)?\s+avec|donner\s+suite\s+à|privilégié)\s+(?:un\s+autre|une\s+autre|d'autres)\s+(?:profil|candidat|candidature)/i,
    // es
    /\b(?:continuar|seguir|optado|seleccionado|decantado|decidido\s+continuar)\s+(?:adelante\s+)?(?:con|por|a)\s+(?:otr[oa]s?)\s+(?:candidat|perfil|persona)/i,
    /\bno\s+(?:ha\s+sido\s+seleccionad|has\s+sido\s+seleccionad|continuarás|vamos\s+a\s+seguir\s+adelante|avanzar\s+con\s+tu\s+candidatura|continuar\s+con\s+tu\s+candidatura)|decidido\s+no\s+(?:avanzar|continuar|seguir)/i,
    // nl
    /\b(?:gekozen\s+voor|besloten\s+(?:om\s+)?(?:met\s+)?)\s*(?:een\s+)?andere?\s+kandida|\bandere\s+kandidaat\s+(?:aan\s+te\s+nemen|gekozen)|voor\s+een\s+andere\s+kandidaat\s+gekozen/i,
    /\bniet\s+(?:verder\s+(?:te\s+)?gaan|verder\s+in\s+behandeling|uit\s+te\s+nodigen|heeft\s+geleid\s+tot|geleid\s+tot)|(?<!\b(?:na|van|over|bij|met|voor|om|tegen|ondanks)\s+(?:(?:een|de|die|deze|je|jouw|uw|zo'n)\s+)?(?:[^\s.!?]+\s+)?)\bAfwijzing\b/i,
    // Deciding against the person, their application or the step they hoped for, by the one who
    // decides (the employer, or an agency's client): "decided against inviting you", "the client
    // decided against your application", "hat sich gegen eine Einladung entschieden" (above), "s'est
    // prononcé contre votre candidature", "ha decidido en contra de tu candidatura", "besloten om je
    // niet verder mee te nemen".
    /\bdecided\s+against\s+(?:inviting|progressing|interviewing|shortlisting|hiring|taking|moving|proceeding|offering|you\b|your\s+(?:application|candidacy|candidature|profile))|\b(?:prononc\p{L}*|décid\p{L}*)\s+contre\s+(?:votre|ta|une|la)\s+(?:candidature|convocation|entretien|suite|poursuite)|\b(?:decidid[oa]|decidió|decidieron|optad[oa]|optó|pronunciad[oa])\s+en\s+contra\s+de\s+(?:tu|su|la|una)\s+(?:candidatura|postulación|solicitud|entrevista|continuidad|incorporación)|\b(?:besloten|gekozen)\s+(?:om\s+)?(?:je|jou|u)\s+niet\s+(?:\p{L}+\s+){0,2}?(?:mee\s+te\s+nemen|door\s+te\s+laten|aan\s+te\s+nemen|uit\s+te\s+nodigen|voor\s+te\s+dragen)/iu,
    // The post given to another person named or described, the giving a past act: "we offered the
    // supervisor job to Sean", "gave the place to one of our trainees", "le poste a été attribué à un
    // ancien stagiaire", "hemos dado la plaza a una compañera de prácticas", "de plek gegeven aan
    // onze stagiair", "die Stelle an Frau Roth vergeben". A person by name is a capitalised word that
    // is no pronoun; the one addressed ("to you", "an Sie", "à vous") is never it.
    /\b(?:offered|gave|given|awarded|handed)\s+(?:the|this|that|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:role|position|job|post|place|spot|vacancy)\s+to\s+(?:one\s+of\s+)?our\s+\p{L}+|\b(?:poste|place|emploi|mission)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:a\s+été|est|sera|avons|avions)\s+(?:finalement\s+)?(?:attribué|confié|donné|proposé)e?\s+à\s+(?:un|une|notre|nos|l['’]un|Mme|M\.|Madame|Monsieur)\b|\b(?:avons|avions|a|ont)\s+(?:finalement\s+)?(?:attribué|confié|donné)\s+(?:le|ce|la|cette)\s+(?:poste|place|mission)\s+(?:[\p{L}'’-]+\s+){0,3}?à\s+(?:un|une|notre|nos|Mme|M\.|Madame|Monsieur)\b|\b(?:hemos|han|ha|habíamos)\s+(?:finalmente\s+)?(?:dado|ofrecido|adjudicado|asignado|otorgado|cedido)\s+(?:el|la|este|esta)\s+(?:puesto|plaza|vacante|posición)\s+(?:[\p{L}-]+\s+){0,3}?a\s+(?:un|una|nuestr[oa])\s|\b(?:puesto|plaza|vacante)\s+(?:[\p{L}-]+\s+){0,3}?(?:se\s+(?:le\s+)?ha\s+|fue\s+|ha\s+sido\s+)(?:dad[oa]|ofrecid[oa]|adjudicad[oa]|asignad[oa]|otorgad[oa])\s+a\s+(?:un|una|nuestr[oa])\s|\b(?:plek|plaats|functie|baan|vacature|positie)\s+(?:[\p{L}-]+\s+){0,3}?(?:gegeven|gegund|toegewezen|vergeven)\s+aan\s+(?:onze|ons|een|mevrouw|meneer)\s|\b(?:gegeven|gegund|toegewezen|vergeven)\s+aan\s+(?:onze|ons)\s+\p{L}+|\b(?:Stelle|Position|Platz)\s+(?:[\p{L}-]+\s+){0,3}?an\s+(?:Frau|Herrn|unsere[nr]?|eine[nr]?\s+(?:unserer|unseren)|eine[nr]?\s+(?:\p{L}+\s+)?(?:Kolleg|Auszubildend|Praktikant)\p{L}*)\s+(?:[\p{L}-]+\s+){0,5}?(?:vergeben|gegeben|übertragen)(?!\p{L})/iu,
    // The same with the person by name, a capitalised word that is no pronoun (case kept).
    /\b(?:offered|gave|given|awarded|handed)\s+(?:the|this|that|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:role|position|job|post|place|spot|vacancy)\s+to\s+(?!(?:You|Your|Yours|Us|Them|Him|Her|Another|Someone|Somebody|Usted|Ustedes|Uw|Jou|Jouw|Sie|Ihnen)(?!\p{L}))\p{Lu}\p{Ll}+(?![\p{L}-])|\b(?:dado|ofrecido|adjudicado|asignado|otorgado|cedido)\s+(?:el|la|este|esta)\s+(?:puesto|plaza|vacante|posición)\s+(?:[\p{L}-]+\s+){0,3}?a\s+(?!(?:You|Your|Yours|Us|Them|Him|Her|Another|Someone|Somebody|Usted|Ustedes|Uw|Jou|Jouw|Sie|Ihnen)(?!\p{L}))\p{Lu}\p{Ll}+(?![\p{L}-])|\b(?:plek|plaats|functie|baan|vacature|positie)\s+(?:[\p{L}-]+\s+){0,3}?(?:gegeven|gegund|toegewezen|vergeven)\s+aan\s+(?!(?:You|Your|Yours|Us|Them|Him|Her|Another|Someone|Somebody|Usted|Ustedes|Uw|Jou|Jouw|Sie|Ihnen)(?!\p{L}))\p{Lu}\p{Ll}+(?![\p{L}-])|\b(?:gegeven|gegund|toegewezen|vergeven)\s+aan\s+(?!(?:You|Your|Yours|Us|Them|Him|Her|Another|Someone|Somebody|Usted|Ustedes|Uw|Jou|Jouw|Sie|Ihnen)(?!\p{L}))\p{Lu}\p{Ll}+(?![\p{L}-])/u,
    STATUS_REJECTED),
  ...r('rejection', 2,
    /\b(?:regret|sorry|unfortunately|afraid)\b[^.!?\n]{0,100}\b(?:not|unable|won't|unsuccessful)\b/i,
    /\b(?:bedauern|leider)\b[^.!?\n]{0,80}\bnicht\b|\bmüssen\s+wir\s+Ihnen\s+leider\s+mitteilen/i,
    /\b(?:au\s+regret|le\s+regret\s+de|regrettons|malheureusement)\b/i,
    /\b(?:lamentamos|lamentablemente|sentimos\s+comunicar|por\s+desgracia|desafortunadamente)\b/i,
    /\bhelaas\b/i),
];

// A decision whose subject is the person's own application, with a step denied to it ("your
// application will not be progressing", "Ihre Bewerbung wird nicht weiter berücksichtigt", "votre
// candidature n'a pas été retenue", "tu candidatura no continúa", "je sollicitatie gaat niet
// verder"): the application is the person's by its possessive, the sender's voice is the passive.
export const OWN_APPLICATION_DENIED = /(?<!\p{L})(?:your|Ihre|deine|votre|ta|tu|su|je|jouw|uw)\s+(?:application|candidacy|Bewerbung|Kandidatur|candidature|candidatura|solicitud|postulación|sollicitatie|kandidatuur)(?!\p{L})[^.!?\n,;]{0,30}?(?<!\p{L})(?:not|n't|nicht|pas|no|niet)(?!\p{L})/iu;
