import { registerRuleset } from '../rulesets';
import { v1Rules } from './v1';
import { v2_0Rules } from './v2_0';
import { v2_1Rules } from './v2_1';
import { v2_2Rules } from './v2_2';

/**
 * Every older ruleset, loaded and registered at once: `import '../log/older'` in Node (command line, tests),
 * where replaying stays synchronous. The browser never imports this file; it loads one ruleset at a time
 * (loadRuleset in ../rulesets.ts), so the frozen engines stay out of its first download.
 */
export const OLDER_RULESETS = [v1Rules, v2_0Rules, v2_1Rules, v2_2Rules] as const;
for (const r of OLDER_RULESETS) registerRuleset(r);
