import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { parseWhen } from '@secondround/core';
import { api, unwrap } from '../api/client';
import { keys } from '../api/queries';
import { todayLocal } from '../board-columns';
import { focusWhenReady } from '../focus';
import { planQuickAdd, type QuickAddPlan } from './quick-add-plan';

const FIRST_STAGES = [
  { value: 'saved', label: 'Saved (not applied yet)' },
  { value: 'applied', label: 'Applied' },
];

const ADD_BUTTON = 'button[aria-label="Add application"]';
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Write the plan in one request: the application, round 1 and its interviewers, or none of them. Returns the new id. */
async function save(plan: QuickAddPlan): Promise<string> {
  const saved = await unwrap(await api.applications['quick-add'].$post({ json: { application: plan.application, round: plan.round, interviewers: plan.interviewers.map((name) => ({ name })) } }));
  return saved.application.id;
}

/**
 * Company, role, Enter: the application opens. Round 1 ("next Tue 3pm") and its interviewers
 * ("Ana Ruiz, Tom Lee") can go in the same dialog, so an invitation is recorded in one go.
 */
export function QuickAdd({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [stage, setStage] = useState<'saved' | 'applied'>('applied');
  const [when, setWhen] = useState('');
  const [people, setPeople] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const ctx = { now: new Date(), today: todayLocal(), timeZone: zone(), locale: navigator.language };
  const result = planQuickAdd({ company, role, stage, when, interviewers: people }, ctx);
  const errors = !result.ok && checked ? result.errors : {};
  const preview = when.trim() ? parseWhen(when, ctx) : null;
  const ready = company.trim() !== '' && role.trim() !== '';
  // Where focus goes once the dialog has gone: the element it was opened from, the new card, or
  // (opened with "n" from the page itself) the button that opens it again; never the page body.
  const opener = useRef<HTMLElement | null>(null);
  const focusAfter = useRef<string[] | null>(null);
  useEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body && !active.closest('[role="dialog"]') ? active : null;
    focusAfter.current = null;
  }, [opened]);
  function afterClose() {
    const wanted = focusAfter.current;
    if (wanted?.length === 0) return; // the page opened takes care of it
    if (wanted) focusWhenReady([...wanted, ADD_BUTTON]);
    else if (opener.current?.isConnected) opener.current.focus();
    else focusWhenReady([ADD_BUTTON]);
  }

  function reset() {
    setCompany('');
    setRole('');
    setWhen('');
    setPeople('');
    setChecked(false);
    setFailure(null);
  }

  async function submit(e: FormEvent, open: boolean) {
    e.preventDefault();
    setChecked(true);
    if (!ready || !result.ok || pending) return;
    setPending(true);
    try {
      const id = await save(result.plan);
      reset();
      focusAfter.current = open ? [] : [`[data-app-id="${id}"] .card-link`];
      onClose();
      if (open) navigate(`/applications/${id}`, { state: { focusNext: true } });
    } catch (err) {
      setFailure((err as Error).message);
    } finally {
      setPending(false);
      void qc.invalidateQueries({ queryKey: keys.applications });
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} onExitTransitionEnd={afterClose} returnFocus={false} title="Add an application" centered>
      <form onSubmit={(e) => void submit(e, true)} aria-label="Add an application">
        <Stack>
          <TextInput label="Company" required value={company} onChange={(e) => setCompany(e.currentTarget.value)} data-autofocus maxLength={200} />
          <TextInput label="Role" required value={role} onChange={(e) => setRole(e.currentTarget.value)} maxLength={200} />
          <TextInput
            label="Round 1 (optional)"
            description={preview?.ok ? `${new Date(preview.startsAt).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: ctx.timeZone })} (${ctx.timeZone})` : 'Day and time as you would say it: “1/12 10am”, “next Tue 3pm”'}
            error={errors.when}
            value={when}
            onChange={(e) => setWhen(e.currentTarget.value)}
            onBlur={() => when.trim() && setChecked(true)}
            maxLength={200}
          />
          <TextInput
            label="Interviewers (optional)"
            description="Names separated by commas: “Ana Ruiz, Tom Lee”"
            error={errors.interviewers}
            value={people}
            onChange={(e) => setPeople(e.currentTarget.value)}
            maxLength={2000}
          />
          <Select label="Stage" data={FIRST_STAGES} value={stage} onChange={(v) => setStage(v === 'saved' ? 'saved' : 'applied')} allowDeselect={false} />
          {failure && (
            <Alert color="red" role="alert">
              Nothing was saved: {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={(e) => void submit(e, false)} disabled={!ready} loading={pending}>
              Add, stay here
            </Button>
            <Button type="submit" disabled={!ready} loading={pending}>
              Add and open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
