/** Saved game logs: format, parsing and validation, replay with hash checks, share links. Pure: no DOM. */
export * from './format';
export type { SeatSpec, Seats } from './seats';
export { isHuman } from './seats';
export { parseLog, validateLog, formatPath, newerFormatMessage } from './parse';
export { headerHash, type LogHeader } from './headerHash';
export { replayLog, replayActions, replayUnder, rulesOf, playPrefix, checkStepHashes, type Replay } from './replay';
export { CURRENT_RULESET, rulesetFor, rulesInfo, loadRuleset, knownRulesVersions, playableOptions, type Ruleset, type RulesInfo } from './rulesets';
export { makeLog, serializeLog, type MakeLogInput } from './make';
export { encodeShare, decodeShare, decodeShareReplay, unpackShare, replayShare, moveString, parseMove, MAX_SHARE_LENGTH } from './share';
export { safeJsonParse, stripBom, tooLargeMessage } from './json';
export { clip, escapeText, quote, safeJson, safeMessage } from './quote';
export { logSchema, actionSchema, seatsSchema } from './schema';
export { randomGameActions, ALL_BOT_SEATS } from './randomGame';
