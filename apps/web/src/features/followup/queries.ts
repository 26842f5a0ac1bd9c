import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import { offerUndo } from '../../components/UndoNotices';

/*
 * Follow-up data hangs under the `applications` key prefix: a sent note or follow-up changes the
 * board's Today counts and the diagnosis, which read the same records.
 */
export const followupKeys = {
  composer: (interviewerId: string) => [...keys.applications, 'composer', interviewerId] as const,
  planner: (applicationId: string) => [...keys.applications, 'followups', applicationId] as const,
  today: [...keys.applications, 'today'] as const,
  reminders: ['settings', 'reminders'] as const,
};

export type Composer = InferResponseType<(typeof api.interviewers)[':id']['thank-you']['$get'], 200>;
export type CheckContext = Composer['check'];
export type NoteCheckResult = InferResponseType<typeof api.notes.check.$post, 200>;
export type NoteSave = InferRequestType<(typeof api.interviewers)[':id']['thank-you']['$post']>['json'];
export type Planner = InferResponseType<(typeof api.applications)[':id']['followups']['$get'], 200>;
export type Advice = Planner['advice'];
export type FollowUpItem = Planner['followUps'][number];
export type PlanAsk = InferRequestType<(typeof api.applications)[':id']['followups']['plan']['$post']>['json'];
export type NewFollowUp = InferRequestType<(typeof api.applications)[':id']['followups']['$post']>['json'];
export type FollowUpEdit = InferRequestType<(typeof api.followups)[':id']['$patch']>['json'];
export type SmtpForm = InferRequestType<typeof api.settings.smtp.$patch>['json'];
export type TodayData = InferResponseType<typeof api.today.$get, 200>;
export type SentVia = 'copy' | 'eml' | 'smtp';

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: keys.applications });
}

export function useComposer(interviewerId: string) {
  return useQuery({ queryKey: followupKeys.composer(interviewerId), queryFn: async () => unwrap(await api.interviewers[':id']['thank-you'].$get({ param: { id: interviewerId } })) });
}

/** Proofread as the person types; the caller debounces. */
export async function checkNoteText(text: string, context: CheckContext): Promise<NoteCheckResult> {
  return unwrap(await api.notes.check.$post({ json: { text, context } }));
}

export function useSaveNote(interviewerId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: NoteSave) => unwrap(await api.interviewers[':id']['thank-you'].$post({ param: { id: interviewerId }, json })), onSuccess: invalidate });
}

export function useMarkNoteSent() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, via }: { id: string; via: SentVia }) => unwrap(await api.notes[':id'].sent.$post({ param: { id }, json: { via } })), onSuccess: invalidate });
}

export function useSendNote() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.notes[':id'].send.$post({ param: { id }, json: {} })), onSuccess: invalidate });
}

export function usePlanner(applicationId: string) {
  return useQuery({ queryKey: followupKeys.planner(applicationId), queryFn: async () => unwrap(await api.applications[':id'].followups.$get({ param: { id: applicationId } })) });
}

export async function planFollowUp(applicationId: string, json: PlanAsk): Promise<Advice> {
  return unwrap(await api.applications[':id'].followups.plan.$post({ param: { id: applicationId }, json }));
}

export function useCreateFollowUp(applicationId: string) {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (json: NewFollowUp) => unwrap(await api.applications[':id'].followups.$post({ param: { id: applicationId }, json })), onSuccess: invalidate });
}

export function usePatchFollowUp() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: FollowUpEdit }) => unwrap(await api.followups[':id'].$patch({ param: { id }, json })), onSuccess: invalidate });
}

export function useDeleteFollowUp() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.followups[':id'].$delete({ param: { id } })), onSuccess: (d) => { void invalidate(); offerUndo(d.undo); } });
}

export function useMarkFollowUpSent() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async ({ id, via }: { id: string; via: SentVia }) => unwrap(await api.followups[':id'].sent.$post({ param: { id }, json: { via } })), onSuccess: invalidate });
}

export function useSendFollowUp() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.followups[':id'].send.$post({ param: { id }, json: {} })), onSuccess: invalidate });
}

export function useToday() {
  return useQuery({ queryKey: followupKeys.today, queryFn: async () => unwrap(await api.today.$get()), refetchInterval: 5 * 60_000 });
}

export function useReminderSettings() {
  return useQuery({ queryKey: followupKeys.reminders, queryFn: async () => unwrap(await api.settings.reminders.$get()) });
}

export function useSaveSmtp() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async (json: SmtpForm) => unwrap(await api.settings.smtp.$patch({ json })), onSuccess: () => void qc.invalidateQueries({ queryKey: followupKeys.reminders }) });
}

export function useRemoveSmtp() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async () => unwrap(await api.settings.smtp.$delete()), onSuccess: () => void qc.invalidateQueries({ queryKey: followupKeys.reminders }) });
}

export function useNewFeed() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async () => unwrap(await api.settings.calendar.$post({ json: {} })), onSuccess: () => void qc.invalidateQueries({ queryKey: followupKeys.reminders }) });
}

export function useRemoveFeed() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: async () => unwrap(await api.settings.calendar.$delete()), onSuccess: () => void qc.invalidateQueries({ queryKey: followupKeys.reminders }) });
}

/** Move an application to "no answer" (the person agreed to let it go). */
export function useLetGo() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ applicationId, date }: { applicationId: string; date: string }) =>
      unwrap(await api.applications[':id'].events.$post({ param: { id: applicationId }, json: { stage: 'no_answer', date, reason: 'No answer after one follow-up; let go.' } })),
    onSuccess: invalidate,
  });
}
