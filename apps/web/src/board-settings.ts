import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_ARCHIVE_AFTER_DAYS } from '@secondround/core';
import { api, unwrap } from './api/client';
import { keys, useSettings } from './api/queries';

/** The person's board settings (stored with their other settings, so they follow them across devices). */
export function useBoardSettings() {
  const qc = useQueryClient();
  const settings = useSettings();
  const save = useMutation({
    mutationFn: async (archiveAfterDays: number) => unwrap(await api.settings.$patch({ json: { board: { ...settings.data?.board, archiveAfterDays } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.settings }),
  });
  return {
    archiveAfterDays: settings.data?.board?.archiveAfterDays ?? DEFAULT_ARCHIVE_AFTER_DAYS,
    setArchiveAfterDays: (days: number) => save.mutate(days),
  };
}
