import rawTaxonomy from '../taxonomy/skills.json';
import type { TaxonomyFile } from '../taxonomy/types';
import { foldWord, tokenize } from './text';

let cached: ReadonlySet<string> | null = null;

/**
 * Every word of the skill taxonomy's names and aliases ("dbt", "PySpark", "Terraform", "pandas"),
 * folded: tool and skill names are never spelling mistakes. Built once per process from the
 * taxonomy bundled with core (data, not I/O).
 * @example skillWords().has('dbt') // true
 */
export function skillWords(): ReadonlySet<string> {
  if (cached) return cached;
  const out = new Set<string>();
  for (const s of (rawTaxonomy as unknown as TaxonomyFile).skills) {
    for (const label of [s.n, ...s.a]) for (const t of tokenize(label)) out.add(foldWord(t.text));
  }
  cached = out;
  return out;
}
