import { detectAll } from 'tinyld/light';
import { SCAN_LANGUAGES, type ScanLanguage } from './types';

const ONLY = { only: [...SCAN_LANGUAGES] };

/**
 * The language of a post among the five the audit reads (English, German, French, Spanish,
 * Dutch), by tinyld's n-gram detector (its light model: about 1 MB of heap, where eld's smallest
 * database takes 30 to 45 MB, more than the scan worker's 64 MB heap can spare); null when it
 * finds none of the five.
 * @example detectScanLanguage('Scheiße, schon wieder den Zug verpasst.') // 'de'
 */
export function detectScanLanguage(text: string): ScanLanguage | null {
  const best = detectAll(text, ONLY)[0];
  return best && (SCAN_LANGUAGES as readonly string[]).includes(best.lang) ? (best.lang as ScanLanguage) : null;
}
