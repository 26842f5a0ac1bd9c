import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';

/*
 * The social audit hangs under the `applications` key prefix, so that every write here also
 * refetches the diagnosis, which reads the audit's summary.
 */
export const socialKeys = {
  all: [...keys.applications, 'social'] as const,
  findings: [...keys.applications, 'social', 'findings'] as const,
  audits: [...keys.applications, 'social', 'audits'] as const,
  presence: [...keys.applications, 'social', 'presence'] as const,
  summary: [...keys.applications, 'social', 'summary'] as const,
};

export type SocialFindings = InferResponseType<typeof api.social.findings.$get, 200>;
export type SocialFindingItem = SocialFindings['groups'][number]['years'][number]['findings'][number];
export type SocialPresenceState = InferResponseType<typeof api.social.presence.$get, 200>;
export type SocialUploadResult = InferResponseType<typeof api.social.audits.$post, 201>;
export type PresenceBody = InferRequestType<typeof api.social.presence.$put>['json'];

export function useSocialFindings() {
  return useQuery({ queryKey: socialKeys.findings, queryFn: async () => unwrap(await api.social.findings.$get({ query: {} })) });
}

/** Uploaded exports, newest first, 20 at a time; `fetchNextPage` is "Show more". */
export function useSocialAudits() {
  return useInfiniteQuery({
    queryKey: socialKeys.audits,
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.social.audits.$get({ query: pageParam ? { cursor: pageParam } : {} })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSocialSummary() {
  return useQuery({ queryKey: socialKeys.summary, queryFn: async () => unwrap(await api.social.summary.$get()) });
}

export function usePresence() {
  return useQuery({ queryKey: socialKeys.presence, queryFn: async () => unwrap(await api.social.presence.$get()) });
}

function useInvalidateAll() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: keys.applications });
}

export function useMarkFinding() {
  const qc = useQueryClient();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ id, dealtWith }: { id: string; dealtWith: boolean }) => unwrap(await api.findings[':id'].$patch({ param: { id }, json: { dealtWith } })),
    // The switch flips at once; the server's answer then confirms it (or the refetch puts it back).
    onMutate: ({ id, dealtWith }) => {
      qc.setQueryData<SocialFindings>(socialKeys.findings, (old) =>
        old ? { ...old, groups: old.groups.map((g) => ({ ...g, years: g.years.map((y) => ({ ...y, findings: y.findings.map((f) => (f.id === id ? { ...f, dealtWith } : f)) })) })) } : old,
      );
    },
    onSettled: invalidate,
  });
}

export function usePutPresence() {
  const qc = useQueryClient();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async (json: PresenceBody) => unwrap(await api.social.presence.$put({ json })),
    onSuccess: (data) => {
      qc.setQueryData(socialKeys.presence, data);
      invalidate();
    },
  });
}
