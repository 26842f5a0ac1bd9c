import { UserError } from '../errors';
import { STAR_FIELDS, StoryInputSchema, type Story, type StoryInput, type StoryProblem } from './schema';

/** Stories read from a file, with what is wrong in them. */
export interface ParsedStories {
  stories: Story[];
  problems: StoryProblem[];
}

const FIELD_LINE = /^\s*(?:[-*]\s+)?(?:\*\*|__)?(id|title|situation|task|action|result|skills|tags)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i;
const FIELD_HEADING = /^#{3,6}\s+(situation|task|action|result|skills|tags)\s*:?\s*$/i;
const STORY_HEADING = /^#{1,2}\s+(.+?)\s*#*\s*$/;

function list(value: string[] | string | undefined): string[] {
  const raw = Array.isArray(value) ? value : (value ?? '').split(/[,;]/);
  return [...new Set(raw.map((s) => s.trim()).filter(Boolean))];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function parseMarkdown(text: string): StoryInput[] {
  const out: StoryInput[] = [];
  let current: Record<string, string> | null = null;
  let field: string | null = null;
  // With "## " story headings, a "# " line is the document's title, not a story.
  const storyLevel = /^##\s/m.test(text) ? /^##\s+(.+?)\s*#*\s*$/ : STORY_HEADING;
  const flush = (): void => {
    if (current) out.push(current);
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^#\s/.test(line) && storyLevel !== STORY_HEADING) continue;
    const story = storyLevel.exec(line);
    if (story && !FIELD_HEADING.test(line)) {
      flush();
      current = { title: (story[1] ?? '').replace(/[*_]+/g, '').trim() };
      field = null;
      continue;
    }
    if (!current) continue;
    const heading = FIELD_HEADING.exec(line);
    const inline = heading ? null : FIELD_LINE.exec(line);
    const name = (heading?.[1] ?? inline?.[1])?.toLowerCase();
    if (name) {
      field = name;
      current[name] = (inline?.[2] ?? '').trim();
      continue;
    }
    if (field && line.trim()) current[field] = `${current[field] ?? ''}${current[field] ? '\n' : ''}${line.trim()}`;
  }
  flush();
  return out;
}

function parseJson(text: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError('BAD_STORIES', `the stories file is not valid JSON (${(e as Error).message})`, 400);
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { stories?: unknown }).stories)) return (data as { stories: unknown[] }).stories;
  throw new UserError('BAD_STORIES', 'the stories JSON must be an array of stories or an object with a "stories" array', 400);
}

/**
 * Read STAR stories from JSON (an array, or `{ "stories": [...] }`) or Markdown (see FORMAT.md).
 * A story missing a part is kept, with a problem that names the part; a story with no text is
 * left out, with a problem; ids are made from titles when missing and made unique. Throws a
 * UserError only when the file holds no story at all or is broken JSON.
 * @example parseStories('## Cut costs\nSituation: a\nTask: b\nAction: c\nResult: d').stories[0]?.id // 'cut-costs'
 */
export function parseStories(text: string, format: 'json' | 'markdown' | 'auto' = 'auto'): ParsedStories {
  if (typeof text !== 'string' || text.trim() === '') throw new UserError('EMPTY_STORIES', 'the stories file is empty', 400);
  const trimmed = text.trim();
  const isJson = format === 'json' || (format === 'auto' && (trimmed.startsWith('[') || trimmed.startsWith('{')));
  const raws: unknown[] = isJson ? parseJson(trimmed) : parseMarkdown(text);
  if (raws.length === 0) {
    throw new UserError('NO_STORIES', isJson ? 'the stories JSON holds no story' : 'no story found: start each story with a "## Title" line (see the stories format in the README)', 400);
  }
  const stories: Story[] = [];
  const problems: StoryProblem[] = [];
  const ids = new Set<string>();
  raws.forEach((raw, i) => {
    const index = i + 1;
    const parsed = StoryInputSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'the story';
      problems.push({ index, storyId: null, field: issue?.path[0]?.toString() ?? null, message: `story ${index}: ${where} is not valid (${issue?.message ?? 'wrong shape'}); story skipped` });
      return;
    }
    const s = parsed.data;
    const star = Object.fromEntries(STAR_FIELDS.map((f) => [f, (s[f] ?? '').trim()])) as Record<(typeof STAR_FIELDS)[number], string>;
    const anyText = STAR_FIELDS.some((f) => star[f] !== '');
    let title = (s.title ?? '').trim();
    if (!title && !anyText) {
      problems.push({ index, storyId: s.id === undefined ? null : String(s.id), field: null, message: `story ${index} has no title and no situation, task, action or result; story skipped` });
      return;
    }
    if (!title) {
      title = (star.situation || star.action || star.task || star.result).split(/\s+/).slice(0, 8).join(' ');
      problems.push({ index, storyId: s.id === undefined ? null : String(s.id), field: 'title', message: `story ${index} has no title; using "${title}"` });
    }
    let id = s.id === undefined || String(s.id).trim() === '' ? slug(title) || `story-${index}` : String(s.id).trim();
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      problems.push({ index, storyId: id, field: 'id', message: `story ${index} repeats the id "${id}"; renamed to "${id}-${n}"` });
      id = `${id}-${n}`;
    }
    ids.add(id);
    const missing = STAR_FIELDS.filter((f) => star[f] === '');
    if (missing.length > 0) {
      problems.push({ index, storyId: id, field: missing[0] ?? null, message: `story ${index} "${title}" is missing its ${missing.join(', ')}` });
    }
    stories.push({ id, title, ...star, skills: list(s.skills), tags: list(s.tags) });
  });
  if (stories.length === 0) throw new UserError('NO_STORIES', `no usable story in the file: ${problems.map((p) => p.message).join('; ')}`, 400);
  return { stories, problems };
}
