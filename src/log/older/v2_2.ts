import * as v2_2 from '../../engine/v2_2';
import { type Ruleset, textSeedRules } from '../rulesets';

/** Rules 2.2.0 (src/engine/v2_2), replay only. */
export const v2_2Rules: Ruleset = textSeedRules(v2_2, false);
