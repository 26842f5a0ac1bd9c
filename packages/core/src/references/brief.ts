import type { ReferenceRecord, ReferenceUseRecord } from './schema';

export interface BriefInput {
  reference: Pick<ReferenceRecord, 'name' | 'relationship' | 'context'>;
  company: string;
  role: string;
  /** The listing's requirements, required ones first; the brief names the first few. */
  requirements: ReadonlyArray<{ text: string; kind: 'required' | 'preferred' }>;
  /** Whether the role manages people (from the listing analysis). */
  isManagerRole: boolean;
  /** The person's stories this reference witnessed. */
  stories: ReadonlyArray<{ title: string; result: string }>;
  /** The person's name for the signature, when they gave one. */
  senderName: string | null;
}

export interface ReferenceBrief {
  subject: string;
  body: string;
}

function firstName(full: string): string {
  return full.trim().split(/\s+/)[0] ?? full.trim();
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A short brief for one reference about one job: the role, its key requirements, the stories this
 * reference saw, and what the hiring manager will want to hear. Plain text, ready to copy or send.
 * @example draftReferenceBrief({ reference: { name: 'Ana Ruiz', relationship: 'manager', context: null }, company: 'Acme', role: 'Data Analyst', requirements: [], isManagerRole: false, stories: [], senderName: 'Sam' }).subject
 * // 'Reference for the Data Analyst role at Acme'
 */
export function draftReferenceBrief(input: BriefInput): ReferenceBrief {
  const { reference, company, role } = input;
  const required = input.requirements.filter((r) => r.kind === 'required');
  const key = (required.length ? required : input.requirements).slice(0, 4).map((r) => clip(r.text, 160));
  const lines: string[] = [];
  lines.push(`Hi ${firstName(reference.name)},`, '');
  lines.push(`Thank you again for agreeing to be a reference. I have given your name for the ${role} role at ${company}, so you may hear from them soon. Here is what may help when they call.`, '');
  lines.push('The role');
  lines.push(`${role} at ${company}${input.isManagerRole ? ', a role that leads a team' : ''}.`);
  if (key.length) {
    lines.push('', 'What they are looking for');
    for (const k of key) lines.push(`- ${k}`);
  }
  if (input.stories.length) {
    lines.push('', 'Work of mine you saw that speaks to it');
    for (const s of input.stories.slice(0, 4)) lines.push(`- ${clip(s.title, 120)}${s.result.trim() ? `: ${clip(s.result, 200)}` : ''}`);
  }
  lines.push('', 'What the hiring manager will want to hear');
  const wants: string[] = [];
  if (key.length) wants.push(`concrete examples of ${key.length > 1 ? 'the points above' : 'the point above'}, in your own words`);
  if (input.stories.length) wants.push('what came of the work you saw, with a number or an outcome where you remember one');
  wants.push(input.isManagerRole ? 'how I led and developed people' : 'how I work with others and take on problems myself');
  wants.push('whether you would work with me again, and why');
  for (const w of wants) lines.push(`- ${w[0]!.toUpperCase()}${w.slice(1)}`);
  lines.push('', 'If anything here does not match what you remember, tell me and I will correct it. Thank you for your help.', '');
  lines.push('Best regards,');
  if (input.senderName?.trim()) lines.push(input.senderName.trim());
  return { subject: `Reference for the ${role} role at ${company}`, body: lines.join('\n') };
}

export type ReferenceWarningCode = 'BARELY_KNOWS_WORK' | 'NOT_BRIEFED_BEFORE_CHECK' | 'NOT_BRIEFED_YET' | 'NO_STORIES_WITNESSED';

export interface ReferenceWarning {
  code: ReferenceWarningCode;
  message: string;
}

/**
 * What to fix before (or after) giving a reference: one who barely knows the work (1–2 of 5), one not
 * briefed before the employer's check, one not briefed yet, one with no witnessed story on record.
 * @example referenceWarnings({ name: 'Bo', knowsWork: 2, witnessedStoryIds: [] }, null).map((w) => w.code) // ['BARELY_KNOWS_WORK', 'NO_STORIES_WITNESSED']
 */
export function referenceWarnings(reference: Pick<ReferenceRecord, 'name' | 'knowsWork' | 'witnessedStoryIds'>, use: Pick<ReferenceUseRecord, 'briefedOn' | 'checkedOn'> | null): ReferenceWarning[] {
  const out: ReferenceWarning[] = [];
  const name = reference.name.trim();
  if (reference.knowsWork <= 2) {
    out.push({ code: 'BARELY_KNOWS_WORK', message: `${name} knows your work only a little (${reference.knowsWork} of 5). A reference who knows your work well can speak to it with examples.` });
  }
  if (use) {
    if (use.checkedOn && (!use.briefedOn || use.briefedOn > use.checkedOn)) {
      out.push({ code: 'NOT_BRIEFED_BEFORE_CHECK', message: `${name} was not briefed before the employer checked the reference.` });
    } else if (!use.briefedOn) {
      out.push({ code: 'NOT_BRIEFED_YET', message: `${name} has not been briefed about this job yet: send the brief before they get the call.` });
    }
  }
  if (reference.witnessedStoryIds.length === 0) {
    out.push({ code: 'NO_STORIES_WITNESSED', message: `None of your stories is marked as witnessed by ${name}: mark the work they saw, so the brief can remind them of it.` });
  }
  return out;
}
