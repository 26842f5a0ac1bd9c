import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, unwrap } from './client';
import { offerUndo } from '../components/UndoNotices';

export const keys = {
  applications: ['applications'] as const,
  application: (id: string) => ['application', id] as const,
  /** Under `applications`, so every write that refreshes the board refreshes these too. */
  closedApplications: ['applications', 'closed-pages'] as const,
  settings: ['settings'] as const,
};

/** The person's settings, shared by every page that reads or edits some of them. */
export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: async () => unwrap(await api.settings.$get()) });
}

/** Closed applications per "Show more" on the board. */
export const CLOSED_PAGE = 50;

/**
 * The open applications, every page of them: the board shows them all, and a person has at most a
 * few hundred under way. Closed ones grow without end and come a page at a time (below).
 */
export function useApplications() {
  return useQuery({
    queryKey: keys.applications,
    queryFn: async () => {
      const first = await unwrap(await api.applications.$get({ query: { status: 'open' } }));
      const all = [...first.applications];
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await unwrap(await api.applications.$get({ query: { status: 'open', cursor } }));
        all.push(...page.applications);
        cursor = page.nextCursor;
      }
      return all;
    },
  });
}

/** Closed applications, newest first, `CLOSED_PAGE` at a time; `fetchNextPage` is "Show more". */
export function useClosedApplications() {
  return useInfiniteQuery({
    queryKey: keys.closedApplications,
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.applications.$get({ query: { status: 'closed', limit: String(CLOSED_PAGE), ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Steps of the History per "Show more". */
export const HISTORY_PAGE = 50;

/** An application as the API answers it: the latest steps of its history, and a cursor for the older ones. */
export type ApplicationDetailPage = InferResponseType<(typeof api.applications)[':id']['$get'], 200>;

/**
 * An application's stage history, newest first, a page at a time (under the application's key, so
 * its writes refresh it). The first page is the one in the application's own answer, so opening
 * the History asks for nothing; "Show older" follows its cursor.
 */
export function useHistory(app: Pick<ApplicationDetailPage, 'id' | 'events' | 'eventsNextCursor'>, loadedAt: number) {
  return useInfiniteQuery({
    queryKey: [...keys.application(app.id), 'history'],
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.applications[':id'].events.$get({ param: { id: app.id }, query: { limit: String(HISTORY_PAGE), ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: { pages: [{ events: [...app.events].reverse(), nextCursor: app.eventsNextCursor }], pageParams: [''] },
    initialDataUpdatedAt: loadedAt,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: keys.application(id), queryFn: async () => unwrap(await api.applications[':id'].$get({ param: { id } })) });
}

/** After any write, the board and the open application are refetched. */
function useInvalidate() {
  const qc = useQueryClient();
  return (id?: string) => {
    void qc.invalidateQueries({ queryKey: keys.applications });
    if (id) void qc.invalidateQueries({ queryKey: keys.application(id) });
  };
}

export type NewApplication = InferRequestType<typeof api.applications.$post>['json'];
export type ApplicationPatch = InferRequestType<(typeof api.applications)[':id']['$patch']>['json'];
export type NewEvent = InferRequestType<(typeof api.applications)[':id']['events']['$post']>['json'];
export type NewInterview = InferRequestType<(typeof api.applications)[':id']['interviews']['$post']>['json'];
export type NewInterviewer = InferRequestType<(typeof api.interviews)[':id']['interviewers']['$post']>['json'];
export type NewContact = InferRequestType<typeof api.contacts.$post>['json'];

export function useCreateApplication() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (json: NewApplication) => unwrap(await api.applications.$post({ json })), onSuccess: () => invalidate() });
}

/**
 * Save fields. `version` is the `updatedAt` the editor's values were loaded from: when another tab
 * saved since, the server answers 409 and the save is refused with a message, not lost silently.
 */
export function usePatchApplication(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ json, version }: { json: ApplicationPatch; version?: string }) =>
      unwrap(await api.applications[':id'].$patch({ param: { id }, json, header: version ? { 'if-match': `"${version}"` } : {} })),
    onSuccess: () => invalidate(id),
  });
}

/** Deletions are not asked about: each offers "Undo" for a few seconds instead. */
export function useDeleteApplication() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.applications[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(); offerUndo(d.undo); } });
}

export function useAddEvent() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ applicationId, event }: { applicationId: string; event: NewEvent }) => unwrap(await api.applications[':id'].events.$post({ param: { id: applicationId }, json: event })),
    onSuccess: (_d, v) => invalidate(v.applicationId),
  });
}

export function usePatchEvent(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ id, date, reason }: { id: string; date?: string; reason?: string | null }) => unwrap(await api.events[':id'].$patch({ param: { id }, json: { date, reason } })),
    onSuccess: () => invalidate(applicationId),
  });
}

export function useDeleteEvent(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.events[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(applicationId); offerUndo(d.undo); } });
}

export function useCreateInterview(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (json: NewInterview) => unwrap(await api.applications[':id'].interviews.$post({ param: { id: applicationId }, json })), onSuccess: () => invalidate(applicationId) });
}

export function useDeleteInterview(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.interviews[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(applicationId); offerUndo(d.undo); } });
}

export function useAddInterviewer(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ interviewId, person }: { interviewId: string; person: NewInterviewer }) => unwrap(await api.interviews[':id'].interviewers.$post({ param: { id: interviewId }, json: person })),
    onSuccess: () => invalidate(applicationId),
  });
}

export function useDeleteInterviewer(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.interviewers[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(applicationId); offerUndo(d.undo); } });
}

export function useCreateContact(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (json: NewContact) => unwrap(await api.contacts.$post({ json })), onSuccess: () => invalidate(applicationId) });
}

export function useDeleteContact(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async (id: string) => unwrap(await api.contacts[':id'].$delete({ param: { id } })), onSuccess: (d) => { invalidate(applicationId); offerUndo(d.undo); } });
}

export function useDiagnosis() {
  // The diagnosis follows the records: it is refetched whenever the board changes (same prefix).
  return useQuery({ queryKey: [...keys.applications, 'diagnosis'], queryFn: async () => unwrap(await api.diagnosis.$get({ query: {} })) });
}

export type InterviewPatch = InferRequestType<(typeof api.interviews)[':id']['$patch']>['json'];
export type InterviewerPatch = InferRequestType<(typeof api.interviewers)[':id']['$patch']>['json'];
export type ContactPatch = InferRequestType<(typeof api.contacts)[':id']['$patch']>['json'];

export function usePatchInterview(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: InterviewPatch }) => unwrap(await api.interviews[':id'].$patch({ param: { id }, json })), onSuccess: () => invalidate(applicationId) });
}

export function usePatchInterviewer(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: InterviewerPatch }) => unwrap(await api.interviewers[':id'].$patch({ param: { id }, json })), onSuccess: () => invalidate(applicationId) });
}

export function usePatchContact(applicationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: async ({ id, json }: { id: string; json: ContactPatch }) => unwrap(await api.contacts[':id'].$patch({ param: { id }, json })), onSuccess: () => invalidate(applicationId) });
}

/** Access a person can take back at once: a coach's read-only share, a paired browser's token. */
const REVOKE = {
  'coach-shares': async (id: string) => unwrap(await api['coach-shares'][':id'].$delete({ param: { id } })),
  'pairing-tokens': async (id: string) => unwrap(await api['pairing-tokens'][':id'].$delete({ param: { id } })),
};

/**
 * Revoke one grant of access by id, then refetch the list that shows it (`listKey`). The mutation
 * stays pending until that list is fresh, so the row's button spins until the row is gone; no
 * "Undo": a revoked token or share cannot come back, only be made anew.
 */
export function useRevoke(what: keyof typeof REVOKE, listKey: readonly unknown[]) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => REVOKE[what](id), onSuccess: () => qc.invalidateQueries({ queryKey: listKey }) });
}
