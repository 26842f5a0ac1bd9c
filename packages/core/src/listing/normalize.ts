// UTF-8 read as Windows-1252 ("Ã©" for "é"): the commonest broken paste. Repaired only when the
// text holds several such pairs, so a real "Ã" in a name stays. A dash whose last byte a later
// paste turned into a straight quote ("â€\"") is read as a dash.
const MOJIBAKE: Array<[string, string]> = [
  ['â€™', '’'], ['â€˜', '‘'], ['â€œ', '“'], ['â€\u009d', '”'], ['â€“', '–'], ['â€”', '—'], ['â€"', '—'], ['â€¦', '…'], ['â‚¬', '€'], ['â€¢', '•'],
  ['Ã©', 'é'], ['Ã¨', 'è'], ['Ãª', 'ê'], ['Ã«', 'ë'], ['Ã ', 'à'], ['Ã¢', 'â'], ['Ã§', 'ç'], ['Ã®', 'î'], ['Ã¯', 'ï'], ['Ã´', 'ô'], ['Ã»', 'û'], ['Ã¹', 'ù'],
  ['Ã¼', 'ü'], ['Ã¶', 'ö'], ['Ã¤', 'ä'], ['ÃŸ', 'ß'], ['Ãœ', 'Ü'], ['Ã–', 'Ö'], ['Ã„', 'Ä'], ['Ã±', 'ñ'], ['Ã³', 'ó'], ['Ã­', 'í'], ['Ã¡', 'á'], ['Ãº', 'ú'], ['Ã‰', 'É'],
  ['Â ', ' '], ['Â·', '·'],
];

/**
 * Undo the usual damage of a paste: CRLF line ends, non-breaking and zero-width spaces, and
 * UTF-8 shown as Windows-1252 (mojibake).
 * @example repairText('CafÃ© Ã  Paris\r\nRÃ©sumÃ©') // 'Café à Paris\nRésumé'
 */
export function repairText(text: string): string {
  let t = text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  const broken = (t.match(/Ã[\u0080-\u00bf©¨ª«¢§®¯´»¹¼¶¤ŸœÖ„±³­¡º‰ ]|â€|â‚¬/g) ?? []).length;
  if (broken >= 2) for (const [bad, good] of MOJIBAKE) t = t.split(bad).join(good);
  return t;
}
