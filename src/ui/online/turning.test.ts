import { describe, expect, it } from 'vitest';
import { ALL_BOT_SEATS, makeLog, parseLog, randomGameActions } from '../../log';
import { replaySteps, turningPoints } from '../debrief/analysis';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { biggestTurn } from './turning';

describe('biggestTurn', () => {
  it("names the round, the actor, the move and what it changed: the table's first turning point", () => {
    const options = { seed: 'turning', rounds: 3 };
    const actions = randomGameActions(options, 4);
    const log = makeLog({ options, seats: ALL_BOT_SEATS, actions });
    const tp = turningPoints(replaySteps(options, actions), actions, 1)[0]!;
    const words = biggestTurn(log)!;
    expect(words).toMatch(/^Round \d+, [A-Z][a-z]+( [A-Z][a-z]+)?: .+ — .+/);
    expect(words.startsWith(`Round ${tp.round},`)).toBe(true);
  });

  it('leaves a table played under rules 1.0.0 to the replay viewer', () => {
    const p = parseLog(readFileSync(join(__dirname, '..', '..', 'log', 'fixtures', '1.0.0', 'short-three-rounds.json'), 'utf8'));
    if (!p.ok) throw new Error(p.error.message);
    expect(biggestTurn(p.value)).toBeNull();
  });
});
