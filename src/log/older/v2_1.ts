import * as v2_1 from '../../engine/v2_1';
import { type Ruleset, textSeedRules } from '../rulesets';

/** Rules 2.1.0 (src/engine/v2_1), replay only. */
export const v2_1Rules: Ruleset = textSeedRules(v2_1, false);
