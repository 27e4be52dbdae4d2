import * as v2_0 from '../../engine/v2_0';
import { type Ruleset, textSeedRules } from '../rulesets';

/** Rules 2.0.0 (src/engine/v2_0), replay only. */
export const v2_0Rules: Ruleset = textSeedRules(v2_0, false);
