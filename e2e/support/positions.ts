import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { RULES_VERSION } from '../../src/engine';

/** Game positions made by the current engine (src/cli/screenshot-positions.ts), opened as the autosave. */
export interface Positions {
  seats: unknown;
  options: unknown;
  log: unknown[];
  stops: { choosing: number; summit: number; roundSummary: number; end: number };
  /** Per stop: every card name in a hand and every hidden objective's name. */
  secrets: Record<'choosing' | 'summit' | 'roundSummary' | 'end', string[]>;
}

export const loadPositions = (): Positions =>
  JSON.parse(execFileSync('npx', ['tsx', 'src/cli/screenshot-positions.ts'], { encoding: 'utf8', maxBuffer: 4 << 20 })) as Positions;

/** Loads the hot-seat game at `cursor` as the autosave, then opens the table. */
export async function openGameAt(page: Page, p: Positions, cursor: number) {
  // Save format 2 names its rules (a format-1 save is a rules 1.0.0 game, which today's rules only replay).
  const save = { version: 2, header: { rulesVersion: RULES_VERSION, options: p.options, seats: p.seats, createdAt: '2025-10-29T09:00:00.000Z' }, log: p.log.slice(0, cursor), cursor };
  await page.goto('./?botDelay=0#/');
  await page.evaluate((s) => {
    localStorage.clear();
    localStorage.setItem('summitry:game', s);
  }, JSON.stringify(save));
  await page.goto('./?botDelay=0#/play');
  await page.reload();
}
