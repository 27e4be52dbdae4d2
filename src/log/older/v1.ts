import * as current from '../../engine';
import * as v1 from '../../engine/v1';
import { err } from '../../engine';
import { fromV1 } from '../fromV1';
import { message, type Ruleset } from '../rulesets';

/** Rules 1.0.0 (src/engine/v1): a whole-number seed, states of their own shown through fromV1. */
export const v1Rules: Ruleset = {
  version: v1.RULES_VERSION,
  playable: false,
  seed: 'number',
  start: (o) => (typeof o.seed === 'number' ? message(v1.newGame({ seed: o.seed, rounds: o.rounds })) : err('rules 1.0.0 take a whole number as the seed')),
  // A 1.0.0 log's actions are 1.0.0 actions: the log schema checks their shape, v1's apply their content.
  apply: (s, a) => message(v1.apply(s as v1.GameState, a as unknown as v1.Action)),
  hash: (s) => v1.stateHash(s as v1.GameState),
  // A move 1.0.0 did not have (a hostile or mislabelled file) is still named, in today's words, when it is refused.
  describe: (a) => ((v1.ACTION_TYPES as readonly string[]).includes(a.type) ? v1.describeAction(a as unknown as v1.Action) : current.describeAction(a)),
  winner: (s) => v1.winner(s as v1.GameState),
  standings: (s) => v1.standings(s as v1.GameState),
  display: (s) => fromV1(s as v1.GameState),
};
