// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Frozen rules (v1, v2_0, v2_1, v2_2) must never reach into today's rule modules: a change of today's rules would
 * silently change how old games replay. They may share only today's modules that hold no rule numbers, and
 * those may lean on nothing else at run time. The fixtures' step hashes catch a drift only once rules differ;
 * this catches the wiring at once.
 */
const dir = new URL('./', import.meta.url);
const SHARED = ['result', 'prng', 'actions', 'actors', 'words', 'view'];
/** Every frozen version's folder (v1, v2_0, v2_1, v2_2, and any frozen after them). */
const FROZEN = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && /^v\d/.test(d.name)).map((d) => d.name);

/** Module specifiers a file imports or re-exports, without `import type` (erased, so no run-time tie). */
const runtimeImports = (text: string): string[] =>
  [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('frozen rules', () => {
  it('finds the frozen folders', () => expect(FROZEN).toEqual(expect.arrayContaining(['v1', 'v2_0', 'v2_1', 'v2_2'])));

  for (const version of FROZEN) {
    it(`${version} imports only its own files, older frozen rules, and today's rule-free modules`, () => {
      const files = readdirSync(new URL(`${version}/`, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
      expect(files.length).toBeGreaterThan(10);
      for (const f of files) {
        for (const spec of runtimeImports(readFileSync(new URL(`${version}/${f}`, dir), 'utf8'))) {
          const ok = spec.startsWith('./') || FROZEN.some((v) => spec.startsWith(`../${v}/`)) || SHARED.some((m) => spec === `../${m}`);
          expect(ok, `${version}/${f} imports ${spec}`).toBe(true);
        }
      }
    });
  }

  it("today's shared modules lean at run time on nothing but each other", () => {
    for (const m of SHARED) {
      for (const spec of runtimeImports(readFileSync(new URL(`${m}.ts`, dir), 'utf8'))) {
        expect(SHARED.map((s) => `./${s}`), `${m}.ts imports ${spec}`).toContain(spec);
      }
    }
  });

  it('sees a run-time import and skips a type-only one', () => {
    expect(runtimeImports("import { ACTORS, type ActorId } from './actors';\nimport type { CardId } from './cards';\nexport * from '../cards';")).toEqual(['./actors', '../cards']);
  });
});
