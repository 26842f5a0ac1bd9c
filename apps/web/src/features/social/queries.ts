import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import type { SocialScanJob } from '../../api/jobs';

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

export type SocialFindingsPage = InferResponseType<typeof api.social.findings.$get, 200>;
export type SocialFindingItem = SocialFindingsPage['groups'][number]['years'][number]['findings'][number];
export type SocialPresenceState = InferResponseType<typeof api.social.presence.$get, 200>;
/** What a finished scan reports (its job's result). */
export type SocialUploadResult = NonNullable<SocialScanJob['result']>;
export type PresenceBody = InferRequestType<typeof api.social.presence.$put>['json'];

/**
 * The findings, a page at a time in the page's order (`fetchNextPage` is "Show more"); the pages
 * read so far are grouped again as one list, with the counts of every finding from the server.
 */
export function useSocialFindings() {
  const query = useInfiniteQuery({
    queryKey: socialKeys.findings,
    initialPageParam: '',
    queryFn: async ({ pageParam }) => unwrap(await api.social.findings.$get({ query: pageParam ? { cursor: pageParam } : {} })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pages = query.data?.pages ?? [];
  const last = pages[pages.length - 1];
  const data = last ? { groups: mergeFindingPages(pages), total: last.total, open: last.open, shown: pages.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.years.reduce((k, y) => k + y.findings.length, 0), 0), 0) } : undefined;
  return { ...query, data };
}

/** The groups of several pages as one: a category or year split across pages is joined, in page order. */
export function mergeFindingPages(pages: readonly SocialFindingsPage[]): SocialFindingsPage['groups'] {
  const out: SocialFindingsPage['groups'] = [];
  const counts = pages[pages.length - 1]?.counts ?? {};
  for (const page of pages) {
    for (const g of page.groups) {
      let group = out.find((x) => x.category === g.category);
      if (!group) {
        group = { ...g, years: [] };
        out.push(group);
      }
      Object.assign(group, counts[g.category] ?? {});
      for (const y of g.years) {
        const year = group.years.find((x) => x.year === y.year);
        if (year) year.findings = [...year.findings, ...y.findings];
        else group.years.push({ ...y, findings: [...y.findings] });
      }
    }
  }
  return out;
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
      qc.setQueryData<InfiniteData<SocialFindingsPage>>(socialKeys.findings, (old) =>
        old
          ? { ...old, pages: old.pages.map((p) => ({ ...p, groups: p.groups.map((g) => ({ ...g, years: g.years.map((y) => ({ ...y, findings: y.findings.map((f) => (f.id === id ? { ...f, dealtWith } : f)) })) })) })) }
          : old,
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
