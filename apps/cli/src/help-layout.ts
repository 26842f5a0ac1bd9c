/**
 * A command's help laid out for any width, without commander: the binary prints `--help` on a
 * terminal from templates written at bundle time (`helpTemplates` in main.ts), wrapped here to the
 * terminal's width exactly as commander 14 wraps it. `formatItem` and `boxWrap` below follow
 * commander's `Help` methods of the same names (lib/help.js, MIT licence, © TJ Holowaychuk);
 * `bundle.test.ts` compares the result with commander's own output for every command at several
 * widths, so an upgrade of commander that changes its layout fails there. Imports nothing.
 */

/** An item (an option, an argument, a subcommand) with its padded term, or a paragraph to wrap. */
export type HelpPart = { term: string; termWidth: number; description: string } | { wrap: string };

/** The help text with `\u0000N\u0000` where part N goes once the width is known. */
export interface HelpTemplate {
  text: string;
  parts: HelpPart[];
}

// commander: Help#minWidthToWrap, and the width it assumes when none is known.
const MIN_WIDTH_TO_WRAP = 40;
const DEFAULT_WIDTH = 80;

function displayWidth(str: string): number {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\x1b\[\d*(;\d*)*m/g, '').length;
}

function boxWrap(str: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return str;
  const wrapped: string[] = [];
  for (const line of str.split(/\r\n|\n/)) {
    const chunks = line.match(/[\s]*[^\s]+/g);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let sum = [chunks.shift()!];
    let sumWidth = displayWidth(sum[0]!);
    for (const chunk of chunks) {
      const visible = displayWidth(chunk);
      if (sumWidth + visible <= width) {
        sum.push(chunk);
        sumWidth += visible;
        continue;
      }
      wrapped.push(sum.join(''));
      const next = chunk.trimStart();
      sum = [next];
      sumWidth = displayWidth(next);
    }
    wrapped.push(sum.join(''));
  }
  return wrapped.join('\n');
}

function formatItem(term: string, termWidth: number, description: string, helpWidth: number): string {
  const indent = '  ';
  if (!description) return indent + term;
  const padded = term.padEnd(termWidth + term.length - displayWidth(term));
  const spacer = 2;
  const remaining = helpWidth - termWidth - spacer - indent.length;
  const formatted = remaining < MIN_WIDTH_TO_WRAP || /\n[^\S\r\n]/.test(description) ? description : boxWrap(description, remaining).replace(/\n/g, '\n' + ' '.repeat(termWidth + spacer));
  return indent + padded + ' '.repeat(spacer) + formatted.replace(/\n/g, `\n${indent}`);
}

/**
 * The help as commander prints it to output `width` columns wide (undefined, as for a pipe: 80).
 * @example renderHelp({ text: 'Options:\n\u00000\u0000\n', parts: [{ term: '-h, --help', termWidth: 10, description: 'display help for command' }] }, 80)
 */
export function renderHelp(template: HelpTemplate, width: number | undefined): string {
  const helpWidth = width ?? DEFAULT_WIDTH;
  return template.text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => {
    const part = template.parts[Number(i)]!;
    return 'wrap' in part ? boxWrap(part.wrap, helpWidth) : formatItem(part.term, part.termWidth, part.description, helpWidth);
  });
}
