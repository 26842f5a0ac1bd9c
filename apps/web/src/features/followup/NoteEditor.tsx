import { Input } from '@mantine/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { NOTE_PROBLEM_LABELS } from '@secondround/core';
import type { NoteCheckResult } from './queries';
import './followup.css';

type Problem = NoteCheckResult['problems'][number];

/** Problems about a span of text (names, spelling); whole-note ones (length, thanks) are only listed. */
const WHOLE_NOTE = new Set(['NO_GRATITUDE', 'NO_FIT', 'LATE', 'TOO_LONG', 'TOO_SHORT', 'SIMILAR_NOTE']);
const MINOR = new Set(['SPELLING', 'REPEATED_WORD']);

/** A problem's kind in plain words ("Interviewer's name misspelled"), never its code. */
export function problemKind(code: string): string {
  const label = (NOTE_PROBLEM_LABELS as Record<string, string | undefined>)[code] ?? 'something to check';
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function isInline(p: Problem): boolean {
  return !WHOLE_NOTE.has(p.code) && p.end > p.start;
}

/**
 * The note as a plain textarea with the checker's problems underlined in place: a transparent
 * layer over it repeats the text with marks. A mark shows what is wrong, in words, on hover and
 * selects its words on click, so the person can type the fix.
 */
export function NoteEditor({ value, onChange, problems, label, id, onCaret, onBlur, showLabel = false, compact = false }: { value: string; onChange: (v: string) => void; problems: readonly Problem[]; label: string; id: string; onCaret?: (caret: number) => void; onBlur?: () => void; showLabel?: boolean; compact?: boolean }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const marks = useRef<HTMLDivElement>(null);
  const inline = problems.filter(isInline).filter((p) => p.end <= value.length).sort((a, b) => a.start - b.start);

  // Keep the marks under the words while the textarea scrolls or is resized.
  useLayoutEffect(() => {
    const a = area.current;
    const m = marks.current;
    if (!a || !m) return;
    const sync = () => {
      m.scrollTop = a.scrollTop;
      m.style.height = `${a.offsetHeight}px`;
      m.style.width = `${a.offsetWidth}px`;
    };
    sync();
    a.addEventListener('scroll', sync);
    const ro = new ResizeObserver(sync);
    ro.observe(a);
    return () => {
      a.removeEventListener('scroll', sync);
      ro.disconnect();
    };
  }, []);

  const select = (p: Problem) => {
    const a = area.current;
    if (!a) return;
    a.focus();
    a.setSelectionRange(p.start, p.end);
  };

  const parts: ReactNode[] = [];
  let at = 0;
  inline.forEach((p, i) => {
    if (p.start < at) return; // overlapping: the first one wins the underline; both are listed
    parts.push(value.slice(at, p.start));
    parts.push(
      <mark key={i} className={MINOR.has(p.code) ? 'minor' : undefined} title={`${problemKind(p.code)}: ${p.message}`} data-code={p.code} onClick={() => select(p)}>
        {value.slice(p.start, p.end)}
      </mark>,
    );
    at = p.end;
  });
  parts.push(value.slice(at));
  // A final newline needs a character after it to take up a line in the layer.
  parts.push('\u200b');

  return (
    <div>
      {showLabel ? <Input.Label htmlFor={id} mb={4}>{label}</Input.Label> : <label htmlFor={id} className="visually-hidden">{label}</label>}
      <div className={compact ? 'note-editor compact' : 'note-editor'}>
        <textarea id={id} ref={area} value={value} spellCheck={false} onChange={(e) => onChange(e.currentTarget.value)} onBlur={onBlur} onSelect={(e) => onCaret?.(e.currentTarget.selectionStart)} aria-describedby={`${id}-problems`} />
        <div className="note-marks" ref={marks} aria-hidden="true">{parts}</div>
      </div>
    </div>
  );
}

/** Where the caret is, which problem it sits in: shown above the list so keyboard users get the message too. */
export function problemAt(problems: readonly Problem[], caret: number): Problem | null {
  return problems.find((p) => isInline(p) && caret >= p.start && caret <= p.end) ?? null;
}
