// What a listing's head carries around its title that is not the choice of title and company
// itself: a site's menus pasted one entry a line or in one line, a forwarded mail's subject and
// sender, and the casing a title in capitals takes from the listing's own text.
import { isNavLine, unwrapLinks } from './layout';
import { clean, isChrome, isLinkLabel } from './chrome';
import { stripGenderEndings } from './title-shape';

// A site's menu pasted one entry a line ("StepStone / Jobs / Gehaltsplaner / Anmelden / Merkliste"):
// a block of five lines or more between blank lines, each of three words at most, most of them
// chrome or navigation words. Every line of it is chrome, whatever its words.
export function menuRuns(raw: string[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && (raw[i] ?? '').trim() !== '') continue;
    const block = raw.slice(start, i).map((l) => clean(unwrapLinks(l)));
    const short = block.every((l) => l.split(' ').length <= 3);
    // Navigation words and link labels only: a job's facts ("Fulltime", "posted on") are no menu.
    const chrome = block.filter((l) => isLinkLabel(l) || l.toLowerCase().split(/[\s()]+/).filter(Boolean).every((w) => isNavLine(`${w} ${w}`) || /^\d+$/.test(w))).length;
    if (block.length >= 5 && short && chrome / block.length >= 0.6) for (let k = start; k < i; k++) out.add(k);
    start = i + 1;
  }
  return out;
}

// "Connexion   Employeurs / Publier une annonce", "Ofertas | Empresas | Salarios | Área candidato":
// a line of links apart by wide gaps, bars or slashes, one of them chrome, is a menu.
export function isMenuLine(line: string, rawLines: string[]): boolean {
  const raw = rawLines.find((r) => clean(unwrapLinks(r)) === line) ?? line;
  const segs = raw.split(/\s{3,}|\t|\s+[|/]\s+/).map((x) => clean(x)).filter(Boolean);
  return segs.length >= 2 && segs.some((x) => isChrome(x) || isLinkLabel(x));
}

// "DIRECTOR/A DE TANATORIO – JAÉN" under the subject "Director/a de Tanatorio", "SENIOR ECOLOGIST -
// Bristol" under "Senior Ecologist - Bristol": an advert written in capitals takes the casing of
// the forwarded e-mail's subject line that it opens with.
export const SUBJECT = /^[ \t>]*(?:subject|betreff|asunto|objet|sujet|onderwerp)[ \t\u00a0]*:[ \t]*(?:(?:fwd?|wg|tr|rv|re|aw)[ \t]*:[ \t]*)*(.+)$/imu;

// A sender's name that opens with the kind of office, firm or body it is, in the five languages.
export const SENDER_ORG = /^(?:notar[íi]a|gestor[íi]a|asesor[íi]a|bufete|notaris\p{L}*|notariaat|notariat|office notarial|étude|cabinet|kanzlei|agencia|agence|agency|bureau|kantoor|despacho|ayuntamiento|gemeente|stadt|mairie|ville de|grupo|group|groupe|stichting|fundación|fondation|stiftung|asociación|association|verein|vereniging|consorcio|hotel|clínica|klinik|clinique|praxis|praktijk|restaurant|restaurante|bodega|cabinet|office|studio|estudio|atelier)(?![\p{L}])/iu;

export const SENDER_DEPARTMENT = /^(?:personalabteilung|personalwesen|personal|hr|human resources|people team|recursos humanos|rr\.?\s?hh\.?|ressources humaines|service (?:rh|recrutement)|rh|personeelszaken|hr-afdeling|p&o)\s+(?:(?:der|des|de|del|van|of|at|bei|chez)\s+)?(?=\p{Lu})/iu;

// "FURNACE MANAGER" over "the Furnace Manager leads the hot-end", "SUPERVISOR DE TURNO" over "Buscamos
// Supervisor de Turno para…": a title in capitals takes the casing the listing's own text writes it
// in (the first letter a capital).
export function mentionCasing(title: string, text: string): string {
  if (/\p{Ll}/u.test(title) || (title.match(/\p{Lu}/gu) ?? []).length < 4) return title;
  const want = title.toLowerCase();
  for (const raw of text.slice(0, 20_000).split('\n')) {
    // (Not a forwarded mail's subject: an advert in capitals under it keeps its capitals.)
    if (!/\p{Ll}/u.test(raw) || SUBJECT.test(raw)) continue;
    const line = stripGenderEndings(clean(raw));
    const at = line.toLowerCase().indexOf(want);
    if (at < 0 || /\p{L}/u.test(line.charAt(at - 1)) || /\p{L}/u.test(line.charAt(at + want.length))) continue;
    const found = line.slice(at, at + want.length);
    if (/\p{Ll}/u.test(found) && found.toLowerCase() === want) return found.charAt(0).toUpperCase() + found.slice(1);
  }
  return title;
}
