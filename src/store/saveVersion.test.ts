import { describe, expect, it } from 'vitest';
import { restoreSave, SAVE_VERSION } from './save';

describe('a save from a newer Summitry', () => {
  it('is named as such, not as a shape error, and kept for download', () => {
    const raw = JSON.stringify({ version: SAVE_VERSION + 1, header: { somethingNew: true }, moves: [] });
    const r = restoreSave(raw);
    expect(r).toEqual({
      kind: 'damaged',
      problem: { raw, message: `This saved game was made by a newer Summitry (format ${SAVE_VERSION + 1}); this one reads up to format ${SAVE_VERSION}. Update Summitry to open it.` },
    });
  });

  it('a byte-order mark before a save is no problem either', () => {
    expect(restoreSave('\ufeff{"version":1').kind).toBe('damaged');
    const r = restoreSave(`\ufeff${JSON.stringify({ version: SAVE_VERSION + 1 })}`);
    expect(r.kind === 'damaged' && r.problem.message).toMatch(/newer Summitry/);
  });
});
