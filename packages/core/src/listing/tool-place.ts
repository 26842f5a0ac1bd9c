import { escapeRegExp } from '../regexp';
import type { ToolContext } from './tool-words';

// Whether a name is a place, asked two ways: by the name itself ({@link isPlaceName}, in ./place-name,
// shared with the title reader) and by how the listing writes it ({@link isPlaceIn}: a field of its
// facts line, after an office word, before ", Region").
export { isPlaceName } from './place-name';

// A line of the job's facts: its contract, hours, pay or place of work, set apart by "·" or "|".
const FACTS_WORD = /(?:full[- ]?time|part[- ]?time|permanent|temporary|contract|hybrid|remote|on-?site|salary|per hour|Vollzeit|Teilzeit|befristet|Festanstellung|Gehalt|CDI|CDD|temps (?:plein|partiel)|télétravail|salaire|jornada|contrato|indefinido|salario|remoto|híbrido|presencial|voltijd|deeltijd|vast|salaris|thuiswerk|[€£$])/iu;

// The lines of the job's facts of each text a context reads, split once per listing rather than
// once per name checked.
const factsByContext = new WeakMap<ToolContext, Map<string, readonly string[]>>();

function factLines(text: string, ctx: ToolContext | undefined): readonly string[] {
  const memo = ctx === undefined ? undefined : (factsByContext.get(ctx) ?? new Map<string, readonly string[]>());
  const hit = memo?.get(text);
  if (hit !== undefined) return hit;
  const lines = text.split('\n').filter((l) => /[·|]/u.test(l) && l.length < 200 && FACTS_WORD.test(l));
  if (ctx !== undefined && memo !== undefined) {
    memo.set(text, lines);
    factsByContext.set(ctx, memo);
  }
  return lines;
}

/**
 * Whether `name` is a field of its own on a line of the job's facts ("Valladolid · Jornada parcial
 * · Indeed", "Brightwater · Bath (Hybrid)"): there a name is the place of work. The facts lines
 * are read once per text and context.
 */
function isFactsField(name: string, text: string, ctx: ToolContext | undefined): boolean {
  const lines = factLines(text, ctx);
  if (lines.length === 0) return false;
  const field = new RegExp(String.raw`(?:^|[·|])[ \t]*${escapeRegExp(name)}[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:[·|]|$)`, 'u');
  return lines.some((l) => field.test(l));
}

/** Whether the listing writes `name` as a place: a field of its facts line, after an office word, before ", Region". */
export function isPlaceIn(name: string, text: string, commaForm = true, ctx?: ToolContext): boolean {
  if (isFactsField(name, text, ctx)) return true;
  // "Bristol, England", "Burgos (Castilla)", "our office in Lyon", "Ubicación: Burgos". In a list
  // of tools a name before a comma and a capital is the list's shape, not a town's: `commaForm` off.
  const esc = escapeRegExp(name);
  return new RegExp(String.raw`(?:${commaForm ? String.raw`${esc},[ ]\p{Lu}|` : ''}(?:office|offices|based|located|Standort|Sitz|bureau|bureaux|basée?|sede|oficina|oficinas|kantoor|vestiging|ubicación|locatie|location|lieu|ort|arbeitsort|standplaats|plaats|localisation|city|ciudad|ville|stadt|stad)[^\n.]{0,14}${esc}(?![\p{L}]))`, 'iu').test(text);
}
