/**
 * `npm run rules` — rewrites the generated sections of rules/RULES.md and the role briefings from
 * engine data. `npm run rules -- --check` changes nothing and exits 1 if any file has drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillGenerated, generatedDocs } from '../engine/rulebook';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
if (args.some((a) => a !== '--check')) {
  console.error('Usage: npm run rules [-- --check]');
  process.exit(2);
}

let problems = 0;
let changed = 0;
for (const doc of generatedDocs()) {
  const file = join(root, doc.path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`${doc.path}: cannot read the file.`);
    problems++;
    continue;
  }
  const r = fillGenerated(text, doc.sections);
  for (const name of r.missing) console.error(`${doc.path}: no markers for section "${name}" — add <!-- BEGIN GENERATED: ${name} --> and <!-- END GENERATED: ${name} -->.`);
  for (const name of r.unknown) console.error(`${doc.path}: unknown generated section "${name}".`);
  problems += r.missing.length + r.unknown.length;
  if (r.text === text) {
    console.log(`${doc.path}: up to date`);
    continue;
  }
  changed++;
  if (checkOnly) console.error(`${doc.path}: out of date — run npm run rules`);
  else {
    writeFileSync(file, r.text);
    console.log(`${doc.path}: updated`);
  }
}
if (problems > 0 || (checkOnly && changed > 0)) process.exit(1);
