import { isValidTimeZone, parseTimeline, UserError, type TimelineResult } from '@secondround/core';
import { printJson, printLine } from '../io';

export async function runTimelineParse(texts: string[], opts: TimelineParseOptions): Promise<void> {
  if (Number.isNaN(Date.parse(opts.from))) throw new UserError('BAD_DATE', `--from is not a date and time (ISO 8601): ${opts.from}`, 400);
  const timeZone = zoneOf(opts);
  for (const text of texts) {
    const result = parseTimeline(text, { from: opts.from, timeZone, holidays: opts.holiday ?? [] });
    if (opts.json) printJson(result);
    else printLine(summary(text, result));
  }
}

interface TimelineParseOptions {
  from: string;
  tz?: string;
  holiday?: string[];
  json?: boolean;
}

/** The zone: --tz, else the offset written in --from ("…-05:00"), else UTC. */
function zoneOf(opts: TimelineParseOptions): string {
  if (opts.tz !== undefined) {
    if (!isValidTimeZone(opts.tz)) throw new UserError('BAD_TIME_ZONE', `unknown time zone: ${opts.tz} (use an IANA name such as Europe/Paris)`, 400);
    return opts.tz;
  }
  const offset = /([+-]\d{2}):?(\d{2})$/.exec(opts.from.trim());
  return offset ? `${offset[1]}:${offset[2]}` : 'UTC';
}

function summary(text: string, r: TimelineResult): string {
  if (!r.understood) return `"${text}": no timeline understood; follow up on ${r.followUpDate} (seven business days after the thank-you)`;
  return `"${r.matchedText}": they said by ${r.statedUntilDate}; follow up once on ${r.followUpDate}`;
}
