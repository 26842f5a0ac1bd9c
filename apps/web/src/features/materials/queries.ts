import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, ApiError, unwrap, type ApiErrorBody } from '../../api/client';
import { keys } from '../../api/queries';
import { offerUndo } from '../../components/UndoNotices';

/* Under the `applications` prefix, so every write here also refetches the board and the diagnosis. */
export const materialsKey = (id: string) => [...keys.applications, id, 'materials'] as const;

export type MaterialsView = InferResponseType<(typeof api.applications)[':id']['materials']['$get'], 200>;
export type ItemsBody = InferRequestType<(typeof api.applications)[':id']['materials']['items']['$put']>['json'];
export type UploadedFile = InferResponseType<(typeof api.applications)[':id']['materials']['files']['$post'], 201>;

export function useMaterials(id: string) {
  return useQuery({ queryKey: materialsKey(id), queryFn: async () => unwrap(await api.applications[':id'].materials.$get({ param: { id } })) });
}

export function useMaterialsWrites(id: string) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: keys.applications });
  return {
    saveItems: useMutation({ mutationFn: async (items: ItemsBody['items']) => unwrap(await api.applications[':id'].materials.items.$put({ param: { id }, json: { items } })), onSuccess: done }),
    fromListing: useMutation({ mutationFn: async () => unwrap(await api.applications[':id'].materials['from-listing'].$post({ param: { id }, json: {} })), onSuccess: done }),
    removeItem: useMutation({ mutationFn: async (itemId: string) => unwrap(await api.materials.items[':id'].$delete({ param: { id: itemId } })), onSuccess: (d) => { void done(); offerUndo(d.undo); } }),
    removeFile: useMutation({ mutationFn: async (fileId: string) => unwrap(await api.materials.files[':id'].$delete({ param: { id: fileId } })), onSuccess: (d) => { void done(); offerUndo(d.undo); } }),
    submit: useMutation({ mutationFn: async (reason: string | undefined) => unwrap(await api.applications[':id'].materials.submit.$post({ param: { id }, json: reason ? { reason } : {} })), onSuccess: done }),
    upload: useMutation({
      // The typed client sends JSON or forms; a file goes as the raw body, typed by the server from its bytes.
      mutationFn: async ({ file, itemId }: { file: File; itemId: string }): Promise<UploadedFile> => {
        const res = await fetch(`/api/applications/${encodeURIComponent(id)}/materials/files?${new URLSearchParams({ name: file.name, itemId })}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file });
        if (res.ok) return (await res.json()) as UploadedFile;
        const body = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody>;
        throw new ApiError(res.status, body.error?.code ?? `HTTP_${res.status}`, body.error?.message ?? `upload failed (${res.status})`);
      },
      onSuccess: done,
    }),
  };
}
