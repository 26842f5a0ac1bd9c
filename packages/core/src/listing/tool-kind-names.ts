import { KIND_ACRONYM } from './tool-words';

// A product named before the kind of thing it is: in English after a determiner ("the Sentinel
// system", "our Visioffice 3 system", "the Lovibond app", "Skiworld's Snowmotion platform"), and
// joined to the kind by a hyphen in Dutch, German and English ("de Washcard-app", "het Toro
// Lynx-systeem", "die Papershift-App", "the Rotaready-app"). The kind is in lower case in English
// prose (a heading's "Booking System" names a section); the name is one to three words, the first
// capitalised or a product's lower-camel shape ("cloudLibrary"), the others capitalised or a number.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d&+'’]*|\p{Ll}+\p{Lu}[\p{L}\d]*)`;
const NAME = String.raw`${NAME_WORD}(?:[ ](?:\p{Lu}[\p{L}\d&+'’]*|\d{1,4})){0,2}`;
const DETERMINER = String.raw`(?:the|our|your|their|its|a|an|\p{Ll}+['’]s|\p{Lu}\p{Ll}+['’]s)`;
const BEFORE_KIND_EN = new RegExp(String.raw`(?<![\p{L}])${DETERMINER}[ ](?<name>${NAME})[ ](?:system|systems|software|app|platform|tool|portal|suite|database)(?![\p{L}\d-])`, 'gu');
const JOINED_TO_KIND = new RegExp(String.raw`(?<![\p{L}\d-])(?<name>${NAME})-(?:app|App|systeem|System|system|software|Software|platform|Plattform|portaal|Portal|programma|Programm)(?![\p{L}\d-])`, 'gu');
const KIND_ALONE = new RegExp(String.raw`^${KIND_ACRONYM}$`, 'u');

/**
 * The names written before the kind of product they are (see BEFORE_KIND_EN and JOINED_TO_KIND).
 * `joined` says it is joined to the kind by a hyphen. A bare acronym ("the NHS app", "het
 * ERP-systeem") is a body or a kind of system, not a product: a name needs a lower-case letter or
 * a digit. The caller checks each name as any tool's.
 * @example namesBeforeKind('- Log every check in the Sentinel system') // [{ name: 'Sentinel', joined: false }]
 */
export function namesBeforeKind(text: string): Array<{ name: string; joined: boolean }> {
  const out: Array<{ name: string; joined: boolean }> = [];
  for (const re of [BEFORE_KIND_EN, JOINED_TO_KIND]) {
    for (const m of text.matchAll(re)) {
      const name = m.groups?.name ?? '';
      if (!/[\p{Ll}\d]/u.test(name) || KIND_ALONE.test(name)) continue;
      out.push({ name, joined: re === JOINED_TO_KIND });
    }
  }
  return out;
}
