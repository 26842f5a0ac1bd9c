import { MATERIAL_FORMAT_LABELS, MATERIAL_KIND_LABELS, type MaterialFile, type MaterialItem, type MaterialsCheck } from './types';

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/**
 * What is wrong with one file for one requested item, in plain words (empty when it is as asked).
 * @example fileProblems({ formats: ['pdf'], maxBytes: null }, { format: 'docx', size: 10, textReadable: null }) // ['sent as Word (.docx); asked for PDF']
 */
export function fileProblems(item: Pick<MaterialItem, 'formats' | 'maxBytes'>, file: Pick<MaterialFile, 'format' | 'size' | 'textReadable'>): string[] {
  const problems: string[] = [];
  if (file.format === null) problems.push('the file is of a type that could not be told from its bytes');
  else if (item.formats.length > 0 && !item.formats.includes(file.format)) {
    problems.push(`sent as ${MATERIAL_FORMAT_LABELS[file.format]}; asked for ${item.formats.map((f) => MATERIAL_FORMAT_LABELS[f]).join(' or ')}`);
  }
  if (item.maxBytes !== null && file.size > item.maxBytes) problems.push(`${mb(file.size)}, over the ${mb(item.maxBytes)} limit`);
  if (file.textReadable === false) problems.push('image-only PDF: applicant tracking systems cannot read its text');
  return problems;
}

/**
 * Check the files attached against the items requested: each item's latest file, and what is
 * missing or off. Optional items without a file are fine; `ok` is true when nothing is wrong.
 * @example checkMaterials([{ …item, kind: 'resume', required: true }], []).items[0]?.problems // ['Resume / CV: no file attached']
 */
export function checkMaterials(items: readonly MaterialItem[], files: readonly MaterialFile[]): MaterialsCheck {
  const latest = new Map<string, MaterialFile>();
  for (const f of [...files].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))) if (f.itemId) latest.set(f.itemId, f);
  const out = [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const file = latest.get(item.id);
      const name = item.label ?? MATERIAL_KIND_LABELS[item.kind];
      const problems = file ? fileProblems(item, file).map((p) => `${name}: ${p}`) : item.required ? [`${name}: no file attached`] : [];
      return {
        itemId: item.id,
        kind: item.kind,
        label: item.label,
        required: item.required,
        formats: item.formats,
        ...(file ? { file: { id: file.id, name: file.fileName, sha256: file.sha256, format: file.format, size: file.size } } : {}),
        problems,
      };
    });
  return { ok: out.every((i) => i.problems.length === 0), items: out };
}
