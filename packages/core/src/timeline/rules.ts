import { addBusinessDays } from './business-days';
import { civilDay, civilParts, dayOfMonth, endOfMonth, weekdayOfWeek, type CivilDay } from './civil-day';
import { holidayPeriod, HOLIDAY } from './holidays';
import { MONTH_NAMES, monthNumber, NUM, numberValue, POSITION, positionOf, type Position } from './words';

/** One phrase our rules understood, with the last day it allows. */
export interface RuleHit {
  start: number;
  end: number;
  day: CivilDay;
  rule: string;
}

interface Rule {
  name: string;
  re: RegExp;
  resolve: (m: RegExpExecArray, today: CivilDay) => CivilDay | null;
}

const FRIDAY = 5;
const WEEK_POSITION_DAY: Record<Position, number> = { early: 2, mid: 3, end: FRIDAY };
const MONTH_POSITION_DAY: Record<Position, number | 'last'> = { early: 10, mid: 15, end: 'last' };

function addMonths(day: CivilDay, months: number): CivilDay {
  const p = civilParts(day);
  const last = civilParts(endOfMonth(day, months)).day;
  return civilDay(p.year, p.month + months, Math.min(p.day, last));
}

function durationEnd(today: CivilDay, count: number, qualifier: string, unit: string): CivilDay {
  const u = unit.toLowerCase();
  const q = qualifier.toLowerCase();
  if (u.startsWith('hour')) return today + Math.ceil(count / 24);
  if (u.startsWith('fortnight')) return today + Math.ceil(14 * count);
  if (u.startsWith('week')) return today + Math.ceil(7 * count);
  if (u.startsWith('month')) return addMonths(today, Math.ceil(count));
  if (q === 'business' || q === 'working' || q === 'work') return addBusinessDays(today, Math.ceil(count));
  return today + Math.ceil(count);
}

function weekOffsetOf(which: string, today: CivilDay): number {
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  const weekend = civilParts(today).weekday === 0 || civilParts(today).weekday === 6;
  if (/after next/.test(w)) return 2;
  if (/next|following|coming/.test(w)) return weekend && /coming/.test(w) ? 1 : 1;
  return weekend ? 1 : 0; // "this week" said on a weekend means the coming one
}

function monthPositionDay(anchor: CivilDay, offset: number, pos: Position): CivilDay {
  const d = MONTH_POSITION_DAY[pos];
  return d === 'last' ? endOfMonth(anchor, offset) : dayOfMonth(anchor, offset, d);
}

/** Month offset from today to the next occurrence of month `month` (this month counts). */
function monthOffsetTo(today: CivilDay, month: number): number {
  const cur = civilParts(today).month;
  return (month - cur + 12) % 12;
}

const UNIT = String.raw`(business|working|work|calendar)?\s*(hours?|days?|weeks?|months?|fortnights?)`;
const DURATION_PREFIX = String.raw`\b(?:within|in|over|during|after|about|around|approximately|roughly|up\s+to|take|takes|taking|need|needs|another|next|coming|following|of|than|for)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:about\s+|around\s+|approximately\s+|roughly\s+|another\s+|maybe\s+)?`;
const WEEKDAY_NAMES = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*`;

const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const RULES: Rule[] = [
  {
    // "Wednesday next week", "Thursday of next week" (chrono reads these as next week's Friday or today)
    name: 'weekday-of-week',
    re: new RegExp(String.raw`\b(${WEEKDAY_NAMES})\s+(?:of\s+)?(next|this|the\s+following|following)\s+week\b`, 'gi'),
    resolve(m, today) {
      const wd = WEEKDAY_INDEX[(m[1] ?? '').slice(0, 3).toLowerCase()];
      if (wd === undefined) return null;
      return weekdayOfWeek(today, /this/i.test(m[2] ?? '') ? weekOffsetOf('this', today) : 1, wd);
    },
  },
  {
    // "within 5 business days", "over the next two weeks", "in 2-3 weeks", "a week or two", "48 hours"
    name: 'duration',
    re: new RegExp(
      String.raw`(?:${DURATION_PREFIX}|\b)(${NUM})(?:\s*(?:-|–|—|to|or)\s*(${NUM}))?\s*\+?\s*${UNIT}(?:\s+or\s+(${NUM}|so)\b)?(?:'s|’s|s'|s’)?(?:\s+(from\s+(?:now|today)|time|out))?\b`,
      'gi',
    ),
    resolve(m, today) {
      const before = m.input.slice(Math.max(0, m.index - 14), m.index).toLowerCase();
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 6).toLowerCase();
      if (/\b(past|last|previous|earlier)\s*$/.test(before) || /^\s*ago\b/.test(after)) return null;
      const whole = m[0].toLowerCase();
      const hasPrefix = !/^\s*(\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|couple|few|several)/i.test(m[0]);
      if (!hasPrefix && !m[6] && !m[2] && !/\bor\b/.test(whole)) {
        // A bare count ("one day", "a week") is only a timeline with a lead-in such as "in" or "within".
        if (!/\b(hear|back|decision|expect|take|takes|answer|give\s+(?:us|me|them|it)|allow|wait)\b[^.!?\n]{0,25}$/i.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
      }
      let count = numberValue(m[1] ?? '1');
      if (m[2]) count = Math.max(count, numberValue(m[2]));
      if (m[5] && m[5].toLowerCase() !== 'so') count = Math.max(count, numberValue(m[5]));
      if (!Number.isFinite(count) || count <= 0 || count > 400) return null;
      return durationEnd(today, count, m[3] ?? '', m[4] ?? 'days');
    },
  },
  {
    // "within the week", "by the end of the week", "by the weekend", "later this week", "EOW"
    name: 'this-week',
    re: /\b(?:within\s+the\s+week|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week|end\s+of\s+week|by\s+(?:the\s+)?week(?:'s|’s)\s+end|by\s+the\s+weekend|before\s+the\s+weekend|eow)\b/gi,
    resolve(_m, today) {
      return weekdayOfWeek(today, weekOffsetOf('this', today), FRIDAY);
    },
  },
  {
    // "early next week", "mid-next week", "end of next week", "the week after next", "later this week"
    name: 'week',
    re: new RegExp(
      String.raw`\b(?:(${POSITION})\s*(?:-|\s)?\s*(?:(?:of|in|on)\s+)?(?:the\s+)?)?(this|next|the\s+following|following|the\s+coming|coming|the\s+week\s+after|week\s+after)\s+(week|next)\b(?:\s+after\s+next)?`,
      'gi',
    ),
    resolve(m, today) {
      const which = `${m[2] ?? ''} ${m[3] ?? ''} ${/after\s+next/i.test(m[0]) ? 'after next' : ''}`;
      if (/week\s+after/i.test(m[2] ?? '') && (m[3] ?? '').toLowerCase() === 'next') {
        return weekdayOfWeek(today, 2, WEEK_POSITION_DAY[positionOf(m[1])]);
      }
      if ((m[3] ?? '').toLowerCase() !== 'week') return null;
      return weekdayOfWeek(today, weekOffsetOf(which, today), WEEK_POSITION_DAY[positionOf(m[1])]);
    },
  },
  {
    // "end of the month", "mid-next month", "early next month", "month-end", "later this month"
    name: 'month',
    re: new RegExp(
      String.raw`\b(?:(?:(${POSITION})\s*(?:-|\s)?\s*(?:(?:of|in)\s+)?(?:the\s+)?(this|next|the\s+following|following|the\s+coming|coming|the)?\s*month)|(?:(this|next|the\s+following|following|the\s+coming|coming)\s+month)|month[\s-]end)\b`,
      'gi',
    ),
    resolve(m, today) {
      const which = (m[2] ?? m[3] ?? 'this').toLowerCase();
      const offset = /next|following|coming/.test(which) ? 1 : 0;
      const pos = /month[\s-]end/i.test(m[0]) ? 'end' : positionOf(m[1]);
      let day = monthPositionDay(today, offset, pos);
      if (day < today && offset === 0) day = monthPositionDay(today, 1, pos);
      return day;
    },
  },
  {
    // "first week of April", "the second week of next month", "last week of March"
    name: 'nth-week-of',
    re: new RegExp(
      String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+(?:full\s+)?week\s+(?:of|in)\s+(?:the\s+)?(?:(next|this|following)\s+month|(${MONTH_NAMES})\b)`,
      'gi',
    ),
    resolve(m, today) {
      const n = (m[1] ?? '').toLowerCase();
      const offset = m[2] ? (/this/i.test(m[2]) ? 0 : 1) : monthOffsetTo(today, monthNumber(m[3] ?? ''));
      if (/last|final/.test(n)) return endOfMonth(today, offset);
      const k = /^(first|1)/.test(n) ? 1 : /^(second|2)/.test(n) ? 2 : /^(third|3)/.test(n) ? 3 : 4;
      return dayOfMonth(today, offset, 7 * k);
    },
  },
  {
    // "mid-April", "by the end of March", "early May", "in June", "by April"
    name: 'month-name',
    re: new RegExp(
      String.raw`\b(?:(${POSITION})\s*(?:-|\s)?\s*(?:(?:of|in)\s+)?|(in|during|by|before|until|throughout)\s+)(${MONTH_NAMES})\b\.?(?!\s*\d)`,
      'gi',
    ),
    resolve(m, today) {
      const month = monthNumber(m[3] ?? '');
      if (month < 1) return null;
      if (/^may$/i.test(m[3] ?? '') && !m[1] && !/^(in|during|by|until)$/i.test(m[2] ?? '')) return null;
      const offset = monthOffsetTo(today, month);
      const prep = (m[2] ?? '').toLowerCase();
      if (prep === 'by' || prep === 'before') return dayOfMonth(today, offset, 1) - (prep === 'before' ? 1 : 0);
      return monthPositionDay(today, offset, m[1] ? positionOf(m[1]) : 'end');
    },
  },
  {
    // "end of the quarter", "by end of Q2", "next quarter"
    name: 'quarter',
    re: /\b(?:(early|beginning|start|mid|middle|late|end|close)\s*(?:-|\s)?\s*(?:of\s+)?)?(?:the\s+)?(?:(this|next|current|following)\s+quarter|(?:the\s+)?quarter(?!ly)|q([1-4]))\b/gi,
    resolve(m, today) {
      const p = civilParts(today);
      const curQ = Math.floor((p.month - 1) / 3) + 1;
      let q = m[3] ? Number(m[3]) : curQ + (/next|following/i.test(m[2] ?? '') ? 1 : 0);
      let year = p.year;
      if (m[3] && q < curQ) year += 1;
      if (q > 4) {
        q = 1;
        year += 1;
      }
      const pos = positionOf(m[1]);
      if (pos === 'early') return civilDay(year, 3 * q - 2, 31);
      if (pos === 'mid') return civilDay(year, 3 * q - 1, 15);
      return civilDay(year, 3 * q + 1, 0);
    },
  },
  {
    // "by the end of the year", "year-end", "early next year"
    name: 'year',
    re: /\b(?:(?:(early|beginning|start|mid|middle|late|end|close)\s*(?:-|\s)?\s*(?:of\s+)?)?(?:the\s+)?(this|next|the)\s+year|year[\s-]end)\b/gi,
    resolve(m, today) {
      const p = civilParts(today);
      const isNext = /next/i.test(m[2] ?? '');
      if (!m[1] && !isNext && !/year[\s-]end/i.test(m[0])) return null;
      const year = p.year + (isNext ? 1 : 0);
      const pos = positionOf(m[1]);
      if (pos === 'early') return civilDay(year, 1, 31);
      if (pos === 'mid') return civilDay(year, 6, 30);
      return civilDay(year, 12, 31);
    },
  },
  {
    // "after the holidays", "before Thanksgiving", "over Christmas", "in the new year"
    name: 'holiday',
    re: new RegExp(String.raw`\b(before|by|until|after|over|following|post|in|into|around)[\s-]+(?:the\s+)?(${HOLIDAY})\b`, 'gi'),
    resolve(m, today) {
      const period = holidayPeriod((m[2] ?? '').toLowerCase(), today);
      if (!period) return null;
      const prep = (m[1] ?? '').toLowerCase();
      if (prep === 'before') return period.start - 1;
      if (prep === 'by' || prep === 'until') return period.start;
      return addBusinessDays(period.end, 1);
    },
  },
  {
    // "by end of day", "EOD", "close of business" (a day named after it is left to chrono)
    name: 'end-of-day',
    re: new RegExp(String.raw`\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+(?:the\s+)?business(?:\s+day)?|end\s+of\s+business)\b(?!\s+(?:on\s+)?(?:today|tomorrow|${WEEKDAY_NAMES}|${MONTH_NAMES}|\d))`, 'gi'),
    resolve(_m, today) {
      return today;
    },
  },
  {
    // "by the 20th", "on the 3rd" (chrono needs a month name beside the day)
    name: 'ordinal-day',
    re: new RegExp(String.raw`\b(?:on|by|before|until|around)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?${MONTH_NAMES})`, 'gi'),
    resolve(m, today) {
      const n = Number(m[1]);
      if (n < 1 || n > 31) return null;
      const p = civilParts(today);
      return n >= p.day ? civilDay(p.year, p.month, n) : civilDay(p.year, p.month + 1, n);
    },
  },
];

/**
 * Every timeline phrase our own rules find in `text`, relative to `today` (a civil day in the
 * person's zone). Overlapping finds keep the longer one.
 */
export function ruleHits(text: string, today: CivilDay): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex += 1;
        continue;
      }
      const day = rule.resolve(m, today);
      if (day === null || !Number.isFinite(day)) continue;
      const lead = /^\s+/.exec(m[0])?.[0].length ?? 0;
      hits.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length, day, rule: rule.name });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RuleHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
