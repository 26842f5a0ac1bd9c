#!/usr/bin/env node
// Builds the browser extension into apps/clipper/dist (or the folder given): one bundle per
// entry (the background service worker, the page reader injected on a click, the options page),
// with the manifest and the options page beside them. The same folder loads unpacked in
// Chromium-based browsers (which read `background.service_worker`) and in Firefox (which reads
// `background.scripts`).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const clipperDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle the extension into `outdir`; returns the folder. */
export async function buildClipper(outdir = join(clipperDir, 'dist')) {
  const { build } = await import('esbuild');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { background: join(clipperDir, 'src/background.ts'), extract: join(clipperDir, 'src/extract.ts'), options: join(clipperDir, 'src/options.ts') },
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const pkg = JSON.parse(await readFile(join(clipperDir, 'package.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(join(clipperDir, 'manifest.json'), 'utf8'));
  await writeFile(join(outdir, 'manifest.json'), `${JSON.stringify({ ...manifest, version: pkg.version }, null, 2)}\n`);
  await copyFile(join(clipperDir, 'src/options.html'), join(outdir, 'options.html'));
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildClipper(process.argv[2] ? resolve(process.argv[2]) : undefined);
  if (!process.argv.includes('--quiet')) console.log(`browser extension built in ${out}`);
}
