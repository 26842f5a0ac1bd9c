import { PREP_QUESTIONS, QUESTION_GROUPS, type ApplicationDetail, type InterviewDetail, type PrepSheet } from '@secondround/core';
import { GROUP_LABELS } from './PrepEditor';
import { roundLabel, whenLabel } from './interview-choice';
import { useStories } from './queries';

function Para({ text, empty }: { text: string; empty: string }) {
  return text.trim() ? <p>{text}</p> : <p className="empty">{empty}</p>;
}

/** The prep sheet as one readable page: for the phone before the interview, and for print. */
export function PrepRead({ app, interview, sheet }: { app: ApplicationDetail; interview: InterviewDetail; sheet: PrepSheet }) {
  const stories = useStories();
  const picked = (stories.data ?? []).filter((s) => sheet.storyIds.includes(s.id));
  const answers = new Map(sheet.answers.map((a) => [a.questionId, a.answer]));
  const answered = PREP_QUESTIONS.filter((q) => answers.get(q.id)?.trim());
  return (
    <article className="sheet-read" aria-label="Prep sheet to read">
      <h2>{app.company}: {app.role}</h2>
      <p>{roundLabel(interview.round)} · {whenLabel(interview)}{interview.location ? ` · ${interview.location}` : ''}</p>
      <h3>Who you will meet</h3>
      {interview.interviewers.length === 0 ? <p className="empty">No names recorded.</p> : interview.interviewers.map((p) => (
        <p key={p.id}><b>{p.name}</b>{p.pronunciation ? ` (say “${p.pronunciation}”)` : ''}{p.title ? `, ${p.title}` : ''}{p.notes ? `: ${p.notes}` : ''}</p>
      ))}
      <h3>The company</h3>
      <Para text={sheet.companyNotes} empty="No notes yet." />
      <h3>Why this job</h3>
      <Para text={sheet.whyThisJob} empty="Not written yet." />
      <h3>Why this company</h3>
      <Para text={sheet.whyThisCompany} empty="Not written yet." />
      <h3>Stories to tell</h3>
      {picked.length === 0 ? <p className="empty">None picked.</p> : picked.map((s) => (
        <p key={s.id}><b>{s.title}.</b> {s.situation} {s.action} <i>{s.result}</i></p>
      ))}
      <h3>Prepared answers</h3>
      {answered.length === 0 && <p className="empty">None yet.</p>}
      {QUESTION_GROUPS.map((g) => {
        const qs = answered.filter((q) => q.group === g);
        if (qs.length === 0) return null;
        return (
          <div key={g}>
            <p className="q" style={{ color: 'var(--mantine-color-gray-7)' }}>{GROUP_LABELS[g]}</p>
            {qs.map((q) => (
              <div key={q.id}>
                <p className="q">{q.text}</p>
                <p>{answers.get(q.id)}</p>
              </div>
            ))}
          </div>
        );
      })}
      <h3>Questions to ask them</h3>
      {sheet.questionsToAsk.filter((q) => q.trim()).length === 0 ? <p className="empty">None yet.</p> : (
        <ol>{sheet.questionsToAsk.filter((q) => q.trim()).map((q, i) => <li key={i}>{q}</li>)}</ol>
      )}
    </article>
  );
}
