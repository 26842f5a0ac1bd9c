import { Button, List } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { materialsKey, type MaterialsView } from './queries';

/** Submissions per "Show more" after the ones the materials page's answer carries. */
const SUBMISSIONS_PAGE = 20;

/**
 * The times the materials were marked submitted, newest first: the latest come with the page's
 * answer, older ones a page at a time on "Show more".
 */
export function SubmissionsList({ applicationId, view, loadedAt }: { applicationId: string; view: Pick<MaterialsView, 'submissions' | 'submissionsNextCursor'>; loadedAt: number }) {
  const pages = useInfiniteQuery({
    queryKey: [...materialsKey(applicationId), 'submissions'],
    initialPageParam: '',
    queryFn: async ({ pageParam }) =>
      unwrap(await api.applications[':id'].materials.submissions.$get({ param: { id: applicationId }, query: { limit: String(SUBMISSIONS_PAGE), ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    initialData: { pages: [{ submissions: view.submissions, nextCursor: view.submissionsNextCursor }], pageParams: [''] },
    initialDataUpdatedAt: loadedAt,
  });
  const submissions = pages.data.pages.flatMap((p) => p.submissions);
  if (submissions.length === 0) return null;
  return (
    <>
      <List size="sm" mt="sm" aria-label="Submissions">
        {submissions.map((s) => <List.Item key={s.id}>{new Date(s.submittedAt).toLocaleString()}{s.problems.length ? ` — with ${s.problems.length} problem${s.problems.length === 1 ? '' : 's'}` : ' — as asked'}{s.reason ? ` (“${s.reason}”)` : ''}</List.Item>)}
      </List>
      {pages.hasNextPage && (
        <Button variant="subtle" size="xs" mt="xs" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()} aria-label="Show more submissions (older)">
          Show more
        </Button>
      )}
    </>
  );
}
