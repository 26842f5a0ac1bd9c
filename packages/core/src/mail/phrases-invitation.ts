// The phrases of an invitation to a conversation and of an application received, in the five
// languages. Part of the phrase rules (phrases.ts), in their order.
import { rulesOf as r, type PhraseRule } from './phrase-rule';
import { WORD_END } from '../regexp';

export const INVITATION_PHRASES: PhraseRule[] = [
  // Interview invitation: an invitation or a confirmation, with the thing being a conversation.
  ...r('interview_invitation', 3,
    /\b(?:invite|invites|inviting|invited|invitation)\b[^.!?\n]{0,80}\b(?:interview|screen|call|chat|conversation|onsite|assessment\s+cent(?:re|er)|meet)/i,
    /\b(?:interview|screen|call|chat|conversation|onsite)\b[^.!?\n]{0,60}\b(?:(?:has|have)\s+been\s+(?:scheduled|booked)|is\s+(?:confirmed|scheduled|booked)|confirmed\s+for)/i,
    /\b(?:like|love|want)\s+to\s+(?:schedule|set\s+up|book|arrange|invite|get\s+to\s+know|meet)\b|\bschedule\s+(?:a|an|your)\s+(?:\w+\s+)?(?:interview|call|screen|chat)|\bbooked\s+you\b|you(?:'re|\s+are)\s+confirmed|\bpick\s+(?:a|another)\s+(?:time|slot)|\bare\s+you\s+available\b|\bdoes\s+[^.!?\n]{0,50}\bwork\s+for\s+you|\bcould\s+you\s+(?:come|join|make|pop\s+in)\b|\bwould\s+you\s+be\s+(?:free|available)\b|\bare\s+you\s+free\b|\bmove\s+you\s+(?:forward\s+)?to\s+(?:a|an|the)\s+(?:next|first|second|final|technical)|you're\s+through\s+to|you\s+are\s+invited|invite\s+you\s+to|\blet's\s+(?:say|meet|book)\b|\bcome\s+in\s+for\s+an?\s+(?:interview|chat)/i,
    // A confirmation of the meeting is an invitation accepted: "we confirm your interview".
    /\b(?:confirm|confirming|confirmation\s+of)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|call|screen|meeting|chat|assessment|visit)|\binterview\s+(?:scheduled|confirmed|booked|confirmation)\b/i,
    // The person's interview set for a day: "votre entretien vidéo est prévu le jeudi", "Ihr Gespräch
    // ist für Montag angesetzt", "tu entrevista está programada", "je gesprek staat gepland".
    /\b(?:votre|ton)\s+(?:\p{L}+\s+)?entretien\s+(?:\p{L}+\s+)?(?:est|a\s+été)\s+(?:prévu|programmé|fixé|planifié)(?!\p{L})|\b(?:Ihr|dein)\s+(?:\p{L}*gespräch|Interview|Termin)\s+(?:ist|wurde)\s+(?:\p{L}+\s+){0,3}?(?:angesetzt|geplant|terminiert|eingeplant)(?!\p{L})|\b(?:tu|su)\s+entrevista\s+(?:\p{L}+\s+)?(?:está|ha\s+sido|queda)\s+(?:programada|prevista|agendada|fijada)(?!\p{L})|\b(?:je|jouw|uw)\s+(?:\p{L}*gesprek|interview)\s+(?:staat|is)\s+(?:\p{L}+\s+){0,3}?(?:gepland|ingepland)(?!\p{L})/iu,
    /\bbestätigen\s+(?:wir\s+)?(?:Ihnen\s+|dir\s+)?(?:Ihren|deinen|den|Ihr|dein|das)\s+(?:\p{L}+\s+){0,3}?(?:Termin|Gespräch|Interview)|Terminbestätigung|(?:Termin|Gespräch|Interview)\s+(?:ist\s+)?bestätigt/iu,
    /\bconfirm(?:ons|er)\s+(?:\p{L}+\s+){0,2}?(?:votre|ton|l')\s*(?:\p{L}+\s+){0,2}?(?:entretien|rendez-vous)|confirmation\s+(?:de\s+)?(?:votre\s+|l')?\s*(?:entretien|rendez-vous)|(?:entretien|rendez-vous)\s+(?:est\s+)?confirmé/iu,
    /\bconfirm(?:amos|arte|arle)\s+(?:\p{L}+\s+){0,2}?(?:la|tu|su)\s+(?:\p{L}+\s+){0,2}?(?:entrevista|reunión|cita)|confirmación\s+de\s+(?:la\s+|tu\s+)?(?:entrevista|cita)|(?:entrevista|cita)\s+(?:está\s+)?confirmada/iu,
    /\bbevestig(?:en|ing)\s+(?:\p{L}+\s+){0,3}?(?:gesprek|afspraak|interview)|(?:gesprek|afspraak)\s+(?:is\s+)?bevestigd/iu,
    /\b(?:einladen|Einladung|laden\s+(?:Sie|dich)|kennenlernen|Vorstellungsgespräch|Telefoninterview|Videointerview|Kennenlerngespräch)\b/i,
    /\b(?:inviter|invitation|convier|convocation|vous\s+propos(?:e|ons)\s+un\s+(?:premier\s+)?entretien|pouvez-vous\s+passer)\b|aimerions\s+échanger\s+avec\s+vous/i,
    /\b(?:invitarte|invitación|te\s+citamos|entrevista\s+(?:presencial|telefónica|por|online)|nos\s+gustaría\s+(?:conocerte|realizar|invitarte)|te\s+proponemos\s+una\s+entrevista|te\s+invitamos|le\s+invitamos|invitarle|te\s+viene\s+bien)\b/i,
    /\b(?:uitnodig\w*|nodigen\s+(?:we\s+|wij\s+)?(?:je|jou|u)\b[^.!?\n]{0,40}\buit|kennismakingsgesprek|sollicitatiegesprek|inplannen)\b/i,
    // A wish to talk with the person, in the polite conditional: "nous souhaiterions échanger avec
    // vous", "we would like to speak with you", "möchten wir gerne mit Ihnen sprechen", "nos
    // encantaría hablar contigo", "willen we graag met je kennismaken".
    /\b(?:souhaiteri\p{L}+|souhaitons|aimeri\p{L}+|voudri\p{L}+)\s+(?:\p{L}+\s+){0,2}?(?:échanger\s+avec\s+vous|vous\s+rencontrer|vous\s+recevoir|faire\s+votre\s+connaissance|vous\s+(?:proposer|convier\s+à)\s+un\s+entretien|nous\s+entretenir\s+avec\s+vous)|\b(?:like|love)\s+to\s+(?:speak|talk)\s+(?:with|to)\s+you\b|\b(?:möchten|würden)\s+(?:wir\s+)?(?:\p{L}+\s+){0,2}?mit\s+(?:Ihnen|dir)\s+(?:\p{L}+\s+){0,3}?(?:sprechen|unterhalten)\b|\bnos\s+(?:gustaría|encantaría)\s+(?:\p{L}+\s+){0,2}?(?:conocerte|conocerle|hablar\s+(?:contigo|con\s+usted)|entrevistarte|entrevistarle)\b|\b(?:(?:willen|zouden)\s+(?:we|wij)|(?:we|wij)\s+(?:willen|zouden))\s+(?:(?:je|jou|u)\s+)?(?:(?:heel|erg|echt)\s+)?(?:graag\s+)?(?:(?:met\s+(?:je|jou|u)|telefonisch|persoonlijk|online|even|nader|eens|binnenkort|verder)\s+){0,2}(?:kennismaken|spreken|ontmoeten|bellen|leren\s+kennen|in\s+gesprek\s+gaan)\b/iu,
    // The person the object of the verb, with the way of talking between: "we willen je graag
    // telefonisch spreken", "wir würden Sie gerne persönlich sprechen", "nous souhaiterions vous
    // appeler", "nos gustaría llamarte", "we'd like to call you".
    /\b(?:möchten|würden)\s+(?:wir\s+)?(?:Sie|dich)\s+(?:\p{L}+\s+){0,3}?(?:sprechen|treffen|anrufen)\b|\b(?:souhaiter(?:ai|i)\p{L}+|souhaitons|aimer(?:ai|i)\p{L}+|voudr(?:ai|i)\p{L}+)\s+(?:\p{L}+\s+){0,2}?vous\s+(?:appeler|téléphoner|parler)\b|\bnos\s+(?:gustaría|encantaría)\s+(?:\p{L}+\s+){0,2}?(?:llamarte|llamarle|verte|verle)\b|\b(?:like|love)\s+to\s+(?:call|ring|phone)\s+you\b/iu),
  // The sender's pleasure to meet the person, said of the meeting to come: "we would be delighted
  // to meet you", "nous serions ravis de vous rencontrer", "wir würden uns freuen, Sie persönlich
  // zu treffen", "estaríamos encantados de conocerte", "we zouden het leuk vinden om je te
  // ontmoeten"; and the person called for an interview ("we are pleased to call you for a personal
  // interview"). A pleasure had ("it was a pleasure to meet you") is past and none of these.
  ...r('interview_invitation', 3,
    /\b(?:would|'d|will|'ll|are|am|'re|shall)\s+be\s+(?:(?:very|so|really)\s+)?(?:happy|delighted|pleased|glad|thrilled)\s+to\s+(?:meet|see|welcome)\s+you\b(?!\s+(?:to|on|aboard|as)\s+(?:the|our|board))|\b(?:pleased|happy|glad|delighted)\s+to\s+(?:call|invite)\s+you\s+for\s+(?:a|an|the|your)\s+(?:\p{L}+\s+)?(?:interview|conversation|meeting)\b/iu,
    /\b(?:serions|serons|sommes|serai|serais|suis)\s+(?:\p{L}+\s+)?(?:ravi|heureu|enchanté|content)\p{L}*\s+de\s+(?:vous|te)\s+(?:rencontrer|recevoir|voir|connaître)(?!\p{L})/iu,
    /\b(?:würden|werden|freuen)\s+(?:uns\s+)?(?:\p{L}+\s+){0,2}?(?:freuen|darauf)\s*,?\s+(?:Sie|dich)\s+(?:\p{L}+\s+){0,2}?(?:zu\s+treffen|zu\s+sehen|kennenzulernen|zu\s+empfangen)(?!\p{L})/iu,
    /\b(?:estaríamos|estaremos|estamos)\s+(?:muy\s+)?encantad[oa]s\s+de\s+(?:conocerte|conocerle|verte|verle|recibirte|recibirle)(?!\p{L})/iu,
    /\b(?:zouden|zullen|vinden)\s+(?:het\s+)?(?:erg\s+|heel\s+)?(?:leuk|fijn)\s+(?:vinden\s+)?(?:om\s+)?(?:je|jou|u)\s+(?:\p{L}+\s+)?te\s+(?:ontmoeten|spreken|zien|ontvangen)(?!\p{L})/iu),
  // A call announced to the person for an interview: "Dale will call you on Tuesday for a phone
  // interview", "Frau Weber wird Sie am Montag für ein Telefoninterview anrufen", "notre responsable
  // vous appellera jeudi pour un entretien", "te llamará el martes para una entrevista", "Tom belt
  // je dinsdag voor een telefonisch gesprek".
  ...r('interview_invitation', 3,
    /\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:call|ring|phone)\s+you\b[^.!?\n]{0,100}?\b(?:for|about)\s+(?:a|an|the|your)\s+(?:\p{L}+\s+)?(?:interview|screen|call|conversation)\b/iu,
    /\b(?:wird|werden)\s+(?:Sie|dich)\s+[^.!?\n]{0,80}?(?:für\s+ein|zu\s+einem|zum)\s+(?:\p{L}+\s+)?(?:\p{L}*interview|\p{L}*gespräch)\s+anrufen\b/iu,
    /\bvous\s+(?:appellera|appelleront|téléphonera|téléphoneront)\b[^.!?\n]{0,80}?\bpour\s+(?:un|votre|l['’])\s*(?:\p{L}+\s+)?(?:entretien|échange)\b/iu,
    new RegExp(String.raw`\b(?:te|le)\s+(?:llamará|llamarán|llamaremos)${WORD_END}[^.!?\n]{0,80}?\bpara\s+(?:una|la|tu|su)\s+(?:\p{L}+\s+)?(?:entrevista|conversación)\b`, 'iu'),
    /\b(?:belt|bellen|zal|zullen)\s+(?:je|jou|u)\s+[^.!?\n]{0,80}?\bvoor\s+(?:een|het|je|uw)\s+(?:\p{L}+\s+)?(?:gesprek|interview|sollicitatiegesprek)\b/iu),
  // The decision to go on with the person, and a conversation to be timed: "we'd like to move
  // forward! Your recruiter will reach out to find a time for a first conversation".
  ...r('interview_invitation', 3,
    /\b(?:like|love|happy|pleased|excited|delighted|glad)\s+to\s+(?:move|take)\s+(?:you\s+|your\s+application\s+)?forward\b(?!\s+with)(?=[^]{0,300}?\b(?:find|arrange|schedule|set\s+up|book)\s+(?:a\s+)?(?:time|slot|date)?\s*(?:for\s+)?(?:an?\s+|the\s+|your\s+)?(?:\p{L}+\s+)?(?:interview|call|conversation|chat|screen|meeting)\b)/iu),
  ...r('interview_invitation', 1, /\b(?:interview|entretien|entrevista|gesprek|Gespräch|Interview|zoom|teams|google\s+meet)\b/i),
];

export const RECEIVED_PHRASES: PhraseRule[] = [
  // Application received.
  ...r('application_received', 3,
    /\b(?:received|receipt\s+of|got)\s+your\s+(?:application|submission|CV|resume|résumé(?!\w)|(?:cover\s+)?letter|documents|papers)|(?:application|submission)\s+(?:has\s+been\s+|was\s+|is\s+)?(?:successfully\s+|safely\s+)?(?:received|submitted)|confirms?\s+(?:that\s+)?(?:we\s+have\s+received|receipt)|we've\s+received\s+your|your\s+application\s+is\s+(?:now\s+)?under\s+review|successfully\s+submitted|submission\s+has\s+been\s+received/i,
    /\bEingang\s+Ihrer\s+Bewerbung|haben\s+(?:sie|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+erhalten|(?:Bewerbung|Unterlagen|Bewerbungsunterlagen)\s+(?:ist\s+|sind\s+)?(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen|gelandet)|\bBewerbung\s+erhalten\b|\b(?:Bewerbung|Unterlagen)\b[^.!?\n]{0,60}?\b(?:sie|diese)\s+(?:ist|sind)\s+(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen)(?!\p{L})|\b(?:Ihr|dein)\s+(?:Brief|Schreiben|Lebenslauf)\s+(?:ist\s+)?(?:\p{L}+\s+){0,3}?(?:eingegangen|angekommen)(?!\p{L})|\bBewerbung\b[^.!?\n]{0,80}?\b(?:ist|wurde)\s+(?:\p{L}+\s+){0,2}?(?:eingegangen|angekommen|übermittelt)\b|Eingangsbestätigung|Unterlagen\s+(?:erhalten|sind\s+vollständig)|bestätigen\s+(?:wir\s+)?den\s+Eingang/iu,
    /\baccus\w+\s+(?:bonne\s+)?réception|dossier\s+est\s+en\s+cours\s+d['’](?:étude|examen|analyse)|bien\s+reçu\s+(?:votre|ton)\s+(?:candidature|dossier|CV|lettre|courrier)|\bl['’]avons\s+(?:bien\s+)?reçue?\b|confirmation\s+de\s+réception|candidature\b[^.!?\n]{0,80}\ba\s+bien\s+été\s+(?:reçue|transmise|enregistrée|prise\s+en\s+compte)/iu,
    /\b(?:(?:he|hemos|ha)\s+recibido|recib(?:imos|í|ió))\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|solicitud|postulación|hoja\s+de\s+vida|CV|currículum|curriculum|carta)|(?:candidatura|solicitud|postulación)\b[^.!?\n]{0,60}\b(?:ha\s+sido|fue)\s+recibida|confirmamos\s+(?:la\s+recepción|que\s+hemos\s+recibido)|candidatura\s+se\s+ha\s+registrado|recepción\s+de\s+su\s+solicitud/i,
    /\b(?:je|uw)\s+sollicitatie\s+(?:in\s+goede\s+orde\s+)?ontvangen|\b(?:je|jouw|uw)\s+(?:sollicitatie|brief|sollicitatiebrief|motivatiebrief|cv)\s+(?:is|zijn)\s+(?:\p{L}+\s+)?(?:binnen|ontvangen|aangekomen|binnengekomen)(?!\p{L})|hebben\s+(?:je|uw|hem|het|deze)\s+[^.!?\n]{0,40}\bontvangen|hebben\s+(?:hem|het)\s+ontvangen|ontvangstbevestiging|goed\s+aangekomen/iu,
    // The papers have arrived: "your documents have reached us", "vos documents nous sont bien parvenus".
    /\b(?:application|documents|CV|résumé|resume)\s+(?:has|have)\s+(?:(?:safely|successfully|just|now)\s+)?(?:arrived|reached\s+us|landed)|\b(?:candidature|dossier|documents)\s+(?:nous\s+)?(?:est|sont)\s+(?:bien\s+)?(?:parvenue?s?|arrivée?s?)|\b(?:candidature|dossier)\s+a\s+(?:bien\s+)?atterri\b|\b(?:candidatura|solicitud|documentación)\s+(?:\p{L}+\s+){0,2}?(?:ha|han)\s+(?:llegado|aterrizado)|\b(?:sollicitatie|documenten)\s+(?:is|zijn)\s+(?:\p{L}+\s+){0,3}?(?:binnengekomen|aangekomen|geland)/iu,
    /\bapplication\b[^.!?\n]{0,60}\b(?:was|has\s+been|is)\s+(?:successfully\s+)?(?:submitted|received)|\bconfirm\s+(?:that\s+)?(?:it|this)\s+(?:has\s+been|was)\s+received|\b(?:solicitud|candidatura|inscripción)\b[^.!?\n]{0,80}?\b(?:ha\s+quedado|queda)\s+registrad[oa]|submitted\s+successfully|\bwe\s+have\s+received\s+it\b/i,
    // The application confirmed or registered: "Application Confirmation", "Confirmation de votre
    // candidature", "Bewerbungsbestätigung", "votre dossier a bien été enregistré", "je sollicitatie is geregistreerd".
    /\bapplication\s+confirmation|\bconfirmation\s+of\s+(?:your\s+)?application|\backnowledg(?:e)?ments?\s+of\s+(?:your\s+)?application|\backnowledg(?:e|ing)\s+(?:receipt\s+of\s+)?your\s+application|\bconfirmation\s+de\s+(?:votre|ta)\s+candidature|\bconfirmación\s+de\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación)|\bBewerbungsbestätigung|\bBestätigung\s+(?:Ihrer|deiner)\s+Bewerbung|\bbevestiging\s+(?:van\s+)?(?:je|jouw|uw)\s+sollicitatie|\b(?:application|dossier|candidature|Bewerbung|candidatura|solicitud|sollicitatie)\s+(?:\p{L}+\s+){0,3}?(?:registered|enregistrée?|registriert|registrad[oa]|geregistreerd)\b/iu),
  // The receipt confirmed, and the application received with its verb last past a role's name or
  // the pronoun standing for it: "Hierbij bevestigen wij de ontvangst van je sollicitatie", "We
  // hebben je sollicitatie voor Technisch medewerker goed ontvangen", "Wir haben Ihre Bewerbung als
  // Projektleiterin (m/w/d) erhalten", "La hemos recibido correctamente".
  ...r('application_received', 3,
    /\bbevestig\p{L}*\s+(?:(?:wij|we|ik|hierbij)\s+){0,2}(?:graag\s+)?de\s+ontvangst\b|\bbevestiging\s+(?:van\s+)?(?:de\s+)?ontvangst\b|\bhebben\s+(?:je|jouw|uw)\s+(?:sollicitatie|brief|cv|reactie)\b[^.!?\n]{0,80}?\bontvangen(?!\p{L})|\bhaben\s+(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen|Bewerbungsunterlagen)\b[^.!?\n]{0,80}?\b(?:erhalten|bekommen)(?!\p{L})|(?<!\p{L})(?:la|lo)\s+(?:hemos|he)\s+recibido(?!\p{L})/iu),
  // The application named, and the next sentence saying it arrived with a pronoun for it: "Danke
  // für deine Bewerbung! Sie ist gut bei uns angekommen", "Merci pour votre candidature. Elle nous
  // est bien parvenue", "Thanks for your application. It has reached us", "Gracias por tu
  // candidatura. Ha llegado correctamente", "Bedankt voor je sollicitatie. Die is goed aangekomen".
  // The application registered with the role between ("Su postulación al cargo … ha sido
  // registrada"), and the papers in the employer's hands ("Ihre Unterlagen liegen uns vor", "your
  // application is with us", "votre dossier est entre nos mains", "tu candidatura ya está en
  // nuestras manos", "je sollicitatie ligt bij ons").
  ...r('application_received', 3,
    /\b(?:application|Bewerbung|Unterlagen|candidature|dossier|candidatura|solicitud|postulación|sollicitatie)\b[^.!?\n]{0,100}[.!]\s+(?:It|Sie|Diese|Elle|Il|Ya\s+la|La|Ha|Die|Deze|Hij|Ze)\s+(?:\p{L}+\s+){0,4}?(?:arrived|reached\s+us|come\s+through|angekommen|eingegangen|parvenue?|arrivée?|llegado|recibido|recibida|aangekomen|binnengekomen|ontvangen)(?!\p{L})/iu,
    /\b(?:your|Ihre|deine|votre|ta|tu|su|je|jouw|uw)\s+(?:application|Bewerbung|candidature|candidatura|solicitud|postulación|sollicitatie)\b[^.!?\n]{0,100}?\b(?:has\s+been|was|is|wurde|ist|a\s+été|est|ha\s+sido|fue|ha\s+quedado|queda|werd)\s+(?:\p{L}+\s+)?(?:registered|recorded|logged|registriert|erfasst|enregistrée|registrad[oa]|geregistreerd)(?!\p{L})/iu,
    /\b(?:your|Ihre|deine|votre|ta|tu|su|je|jouw|uw)\s+(?:application|Bewerbung|Bewerbungsunterlagen|Unterlagen|candidature|dossier|candidatura|solicitud|documentación|sollicitatie)\s+(?:is\s+(?:now\s+)?with\s+us\b|(?:liegt|liegen)\s+uns\s+(?:\p{L}+\s+)?vor\b|(?:est|sont)\s+(?:désormais\s+|bien\s+)?entre\s+nos\s+mains|(?:ya\s+)?(?:está|están)\s+en\s+nuestras\s+manos|(?:ligt|liggen)\s+(?:nu\s+)?bij\s+ons\b)/iu),
  // A call promised if the person's profile is taken on, said as a condition: "Si votre profil est
  // retenu, nous vous contacterons", "Si tu perfil encaja, te llamaremos", "Wenn Ihr Profil passt,
  // melden wir uns bei Ihnen" (English and Dutch are below).
  ...r('application_received', 2,
    /\bsi\s+(?:votre|ton)\s+(?:profil|candidature|dossier)\s+(?:\p{L}+\s+){0,3}?(?:retenu|sélectionné|correspond|présélectionné)\p{L}*\s*,\s*(?:nous\s+)?(?:vous|te)\s+(?:recontacter|contacter|appeler|écrir|rappeler)\p{L}*|\bsi\s+(?:tu|su)\s+(?:perfil|candidatura|experiencia)\s+(?:\p{L}+\s+){0,3}?(?:encaja|se\s+ajusta|avanza|resulta\s+seleccionad[oa]|es\s+seleccionad[oa])\s*,\s*(?:te|le|nos)\s+(?:llamaremos|contactaremos|escribiremos|pondremos)\b|\b(?:wenn|falls|sofern)\s+(?:Ihr|dein)\s+(?:Profil|Werdegang)\s+(?:\p{L}+\s+){0,3}?(?:passt|überzeugt|entspricht)\s*,\s*(?:melden|kontaktieren|rufen)\s+wir\b/iu),
  ...r('application_received', 2,
    /\b(?:(?:will|we'll|team\s+will)\s+(?:review|be\s+reviewing|carefully\s+review)\b|excited\s+to\s+review|look\s+forward\s+to\s+reviewing|will\s+(?:look\s+at|read|consider)\s+your\s+application|review\s+(?:it|your\s+application)\s+(?:shortly|carefully)|only\s+(?:contact\s+)?shortlisted|we\s+(?:can|will)\s+only\s+contact|(?:we(?:'ll|\s+will)|for\s+us)\s+to\s+get\s+back\s+to\s+you|we(?:'ll|\s+will)\s+get\s+back\s+to\s+you|reads?\s+every\s+application)/i,
    /\b(?:currently|now)\s+reviewing\s+(?:all\s+)?(?:the\s+)?applications\b/i,
    /\b(?:werden\s+(?:sie|Ihre\s+Bewerbung)\s+sorgfältig\s+prüfen|prüfen\s+(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen)|(?:Ihre|deine)\s+(?:Bewerbung|Unterlagen)\s+(?:\p{L}+\s+){0,2}?prüfen|melden\s+uns\s+(?:so\s+schnell|innerhalb|spätestens|(?:[\p{L}\d.]+\s+){0,5}?bei\s+(?:Ihnen|dir))|uns\s+(?:\p{L}+\s+){0,5}?bei\s+(?:Ihnen|dir)\s+melden)/iu,
    /(?:sera\s+étudiée|étudiera|(?:va|vont|allons)\s+l['’]étudier|l['’]étudierons|reviendrons\s+vers\s+vous\s+(?:rapidement|si|dans))/i,
    /\b(?:revisar(?:é|emos|á|án)|te\s+responderemos|te\s+contactaremos|nos\s+pondremos\s+en\s+contacto)/i,
    /\b(?:laten\s+(?:snel|binnen)\s+[^.!?\n]{0,20}\bhoren|nemen\s+(?:zo\s+snel\s+mogelijk|binnen)\s+[^.!?\n]{0,30}contact)/i,
    // A reply promised, whenever it comes: "nous reviendrons vers vous d'ici le 18", "wir kommen bis
    // Ende des Monats auf Sie zurück", "we komen uiterlijk vrijdag bij je terug", "we'll come back to
    // you next week", "volveremos a contactarte", "te daremos una respuesta".
    /\b(?:reviendr(?:ons|ai)\s+(?:\p{L}+\s+)?vers\s+(?:vous|toi)|(?:kommen|komme)\s+(?:wir\s+|ich\s+)?(?:[\p{L}\d.]+\s+){0,4}?auf\s+(?:Sie|dich)\s+zurück|(?:komen|kom)\s+(?:we\s+|wij\s+|ik\s+)?(?:[\p{L}\d]+\s+){0,4}?bij\s+(?:je|jou|u)\s+terug|(?:we(?:'ll|\s+will)|I(?:'ll|\s+will))\s+come\s+back\s+to\s+you|volveremos\s+a\s+(?:contactarte|contactarle|escribirte|escribirle)|(?:te|le)\s+daremos\s+(?:una\s+)?respuesta)(?!\p{L})/iu),
  // A promise to read the application, the pronoun standing for it: "nous la lirons d'ici le 11",
  // "la revisaremos esta semana", "wir werden sie bis Freitag lesen", "we lezen hem deze week",
  // "we will read it by Friday".
  ...r('application_received', 2,
    /\b(?:nous\s+)?(?:la|le|l['’])\s*(?:lirons|examinerons|étudierons|consulterons|analyserons|regarderons|évaluerons|parcourrons)(?!\p{L})/iu,
    /\b(?:la|lo)\s+(?:leeremos|revisaremos|estudiaremos|analizaremos|evaluaremos|miraremos)(?!\p{L})/iu,
    /\bwerden\s+(?:wir\s+)?(?:sie|diese|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+(?:[\p{L}\d.]+\s+){0,4}?(?:lesen|sichten|ansehen|anschauen|durchsehen)(?!\p{L})/iu,
    /\b(?:we|wij)\s+(?:lezen|bekijken|beoordelen)\s+(?:hem|haar|deze|die|je\s+sollicitatie|uw\s+sollicitatie)(?!\p{L})/iu,
    /\b(?:we(?:'ll|\s+will)|I(?:'ll|\s+will))\s+(?:read|look\s+(?:at|over)|go\s+through)\s+(?:it|them|your\s+(?:application|CV|resume|résumé))\s+(?:by|before|within|this|next|over|in\s+the)\b/iu),
  // The application being read now, and a reply promised if it fits: "our hiring team is reviewing
  // applications and will reach out if there's a fit", "la estamos revisando", "nous étudions
  // actuellement votre candidature", "wir sichten derzeit alle Bewerbungen", "we bekijken je sollicitatie".
  ...r('application_received', 2,
    /\b(?:is|are|'re|am)\s+(?:now\s+|currently\s+)?reviewing\s+(?:all\s+)?(?:the\s+|your\s+)?(?:applications?|candidacy|CV|résumé|resume|profile)(?!\p{L})|\b(?:la|lo)\s+estamos\s+revisando|\bestamos\s+revisando\s+(?:tu|su|las|todas\s+las)\s+(?:candidaturas?|postulaci\p{L}+|solicitud(?:es)?|hoja\s+de\s+vida|CV)|(?<!\p{L})(?:étudions|examinons|analysons)\s+(?:actuellement\s+|en\s+ce\s+moment\s+)?(?:votre|ta|les|toutes\s+les)\s+(?:candidatures?|dossiers?)|\b(?:prüfen|sichten)\s+(?:derzeit|gerade|aktuell)\s+(?:Ihre|deine|alle|die)\s+(?:Bewerbung(?:en)?|Unterlagen)|\b(?:bekijken|beoordelen)\s+(?:we\s+|wij\s+)?(?:momenteel\s+|nu\s+)?(?:je|jouw|uw|alle|de)\s+(?:sollicitaties?|cv|reacties)\b/iu,
    /\b(?:will|'ll)\s+(?:reach\s+out|be\s+in\s+touch|contact\s+you|get\s+in\s+touch)\s+(?:(?:with\s+you|directly|again)\s+)?if\s+(?:there(?:'s|\s+is)\s+a\s+(?:fit|match)|your\s+(?:profile|experience|background|skills)|we(?:'d|\s+would)\s+like|we\s+(?:want|decide)|you(?:'re|\s+are)\s+(?:shortlisted|selected))|\bnemen\s+(?:we\s+|wij\s+)?(?:\p{L}+\s+){0,2}?contact\s+(?:met\s+(?:je|jou|u)\s+)?op\s+(?:als|indien|zodra)\b/iu),
  ...r('application_received', 1,
    /\bthank(?:s|\s+you)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+(?:applying|your\s+application|submitting)/i,
    /\bDanke?\s+für\s+(?:Ihre|deine)\s+Bewerbung|beworben\s+hast/i, /\b(?:merci|remercions|remercie)\s+(?:\p{L}+\s+){0,2}?(?:d'avoir\s+postulé|pour\s+votre\s+candidature)/iu,
    /\bgracias\s+por\s+(?:tu|su)\s+(?:candidatura|solicitud)|gracias\s+por\s+postularte/i, /\bbedankt\s+voor\s+(?:je|uw)\s+sollicitatie/i),
];
