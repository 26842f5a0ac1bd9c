import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkMaterials, checkResume, MAX_LISTING_BYTES, MAX_MATERIAL_FILE_BYTES, UserError } from '@secondround/core';
import { inspectDocument } from '@secondround/importers';
import { LOCAL_OWNER_ID } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine, readTextFile } from '../io';

async function readDocument(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError('NOT_FOUND', `no such file: ${path}`, 404);
  }
  if (info.isDirectory()) throw new UserError('NOT_A_FILE', `${path} is a folder, not a file`, 400);
  if (info.size > MAX_MATERIAL_FILE_BYTES) throw new UserError('TOO_LARGE', `${path} is larger than ${MAX_MATERIAL_FILE_BYTES / 1024 / 1024} MB, the limit for one document`, 413);
  return new Uint8Array(await readFile(path));
}

export async function runResumeCheck(resumePath: string, opts: { listing: string; json?: boolean }): Promise<void> {
    const listing = await readTextFile(opts.listing, MAX_LISTING_BYTES - 1);
    const doc = await inspectDocument(await readDocument(resumePath));
    if (!doc.extracted) throw new UserError('UNSUPPORTED_FORMAT', `${resumePath} is ${doc.format.toUpperCase()}; a resume's text can be read from PDF, Word (.docx) or plain text`, 415);
    const result = checkResume(doc.extracted, listing);
    if (opts.json) return printJson(result);
    printLine(`Match: ${result.matchRate === null ? 'n/a' : `${Math.round(result.matchRate * 100)}%`}`);
    printLine(`Found: ${result.found.join(', ') || '(none)'}`);
    printLine(`Missing: ${result.missing.join(', ') || '(none)'}`);
    for (const w of result.warnings) printLine(`! ${w}`);
}

export async function runMaterialsCheck(applicationId: string, opts: { json?: boolean }, cmd: Command): Promise<void> {
    await withStore(cmd, async (store) => {
      const ownerId = LOCAL_OWNER_ID;
      if (!(await store.materials.ownsApplication(ownerId, applicationId))) throw new UserError('NOT_FOUND', `no application with id ${applicationId}`, 404);
      const check = checkMaterials(await store.materials.listItems(ownerId, applicationId), await store.materials.listFiles(ownerId, applicationId));
      if (opts.json) return printJson(check);
      if (check.items.length === 0) printLine('No requested materials recorded for this application.');
      for (const i of check.items) printLine(`${i.problems.length ? '✗' : '✓'} ${i.label ?? i.kind}${i.required ? '' : ' (optional)'}${i.formats.length ? ` [${i.formats.join('/')}]` : ''}${i.file ? `: ${i.file.name}` : ''}${i.problems.length ? ` · ${i.problems.join('; ')}` : ''}`);
      printLine(check.ok ? 'Everything as asked.' : 'Not as asked yet.');
    });
}
