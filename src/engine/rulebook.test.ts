// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorId } from './actors';
import { CARDS, SIDE_MEMBERS, describeCard } from './cards';
import { CAPITAL_INCOME, SANCTIONS_BITE, SANCTIONS_BITE_AT, STANDING_BONUS, STANDING_BONUS_AT } from './flow';
import { OBJECTIVES, objectivesOf } from './objectives';
import { RESOURCE_INFO, type ResourceId } from './resources';
import { briefingPath, fillGenerated, generatedDocs, readGenerated, rulebookSections, stripGeneratedMarkers } from './rulebook';
import { AGENDA } from './scoring';
import { SUMMIT_READY, TABLE_INFO, TABLES } from './summit';
import { CATASTROPHE_TENSION, TRACKS, TRACK_INFO, type TrackId } from './tracks';
import { newGameOrThrow } from './setup';
import type { GameState } from './state';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe.each(generatedDocs().map((d) => [d.path, d] as const))('%s', (path, doc) => {
  const text = read(path);
  const inFile = readGenerated(text);

  it('has markers for every generated section and no unknown ones', () => {
    const r = fillGenerated(text, doc.sections);
    expect(r.missing, `${path}: sections without markers — add them, then run npm run rules`).toEqual([]);
    expect(r.unknown, `${path}: markers the generator does not know`).toEqual([]);
  });

  it.each(Object.keys(doc.sections))('section "%s" matches the engine data', (name) => {
    expect(inFile.get(name), `${path}: generated section "${name}" has drifted from the engine data — run npm run rules`).toBe(doc.sections[name]);
  });
});

describe('rules/RULES.md', () => {
  const text = read('rules/RULES.md');

  it.each(CARDS.map((c) => [c.name, c] as const))('shows the card %s with its event text and flavor', (_name, card) => {
    expect(text).toContain(`**${card.name}**`);
    expect(text).toContain(describeCard(card));
    expect(text).toContain(card.flavor);
  });

  it('names every agenda item and every hidden objective', () => {
    for (const id of ACTORS) for (const a of AGENDA[id]) expect(text).toContain(a.text);
    for (const id of ACTORS) for (const o of objectivesOf(id)) expect(text).toContain(o.text);
  });
});

describe('role briefings', () => {
  it.each(ACTORS)('%s lists its own objectives and the events it may play, and no one else’s', (actor) => {
    const text = read(briefingPath(actor));
    for (const o of objectivesOf(actor)) expect(text).toContain(o.name);
    for (const other of ACTORS.filter((a) => a !== actor)) for (const o of objectivesOf(other)) expect(text).not.toContain(o.name);
    for (const card of CARDS) {
      const mine = SIDE_MEMBERS[card.side].includes(actor) && card.side !== 'neutral';
      if (mine) expect(text).toContain(`**${card.name}**`);
      else expect(text).not.toContain(`**${card.name}**`);
    }
  });
});

describe('fillGenerated', () => {
  const doc = 'Intro\n<!-- BEGIN GENERATED: a -->\nold\n<!-- END GENERATED: a -->\nMiddle\n<!-- BEGIN GENERATED: zz -->\nx\n<!-- END GENERATED: zz -->\nEnd\n';

  it('rewrites known sections, keeps the prose, reports missing and unknown sections', () => {
    const r = fillGenerated(doc, { a: 'new\ntext', b: 'never placed' });
    expect(r.text).toBe('Intro\n<!-- BEGIN GENERATED: a -->\nnew\ntext\n<!-- END GENERATED: a -->\nMiddle\n<!-- BEGIN GENERATED: zz -->\nx\n<!-- END GENERATED: zz -->\nEnd\n');
    expect(r.missing).toEqual(['b']);
    expect(r.unknown).toEqual(['zz']);
  });

  it('is idempotent and round-trips through readGenerated', () => {
    const once = fillGenerated(doc, { a: 'body', zz: 'other' }).text;
    expect(fillGenerated(once, { a: 'body', zz: 'other' }).text).toBe(once);
    expect(Object.fromEntries(readGenerated(once))).toEqual({ a: 'body', zz: 'other' });
  });

  it('stripGeneratedMarkers keeps the content and drops the markers', () => {
    expect(stripGeneratedMarkers(doc)).toBe('Intro\nold\nMiddle\nx\nEnd\n');
  });
});

describe('generated sections', () => {
  it('are deterministic (the example game is seeded)', () => {
    expect(rulebookSections()).toEqual(rulebookSections());
  });

  it('the example plays a real game with tracks moving', () => {
    expect(rulebookSections().example).toMatch(/→/);
  });
});

/** Help texts are typed by hand in the engine data and printed in the rulebook: they must name the numbers the rules use. */
describe('engine help texts agree with the rule constants', () => {
  it('tension names the catastrophe level', () => expect(TRACK_INFO.tension.help).toContain(`${CATASTROPHE_TENSION}`));
  it('sanctions name when and how much North Korea loses', () => {
    expect(TRACK_INFO.sanctions.help).toContain(`${SANCTIONS_BITE_AT} or more`);
    expect(TRACK_INFO.sanctions.help).toContain(`loses ${SANCTIONS_BITE} economy`);
  });
  it.each(TABLES)('readiness of %s names the summit threshold', (t) => expect(TRACK_INFO[TABLE_INFO[t].readiness].help).toContain(`${SUMMIT_READY} or more`));
  it('capital names its income', () => expect(RESOURCE_INFO.capital.help).toContain(`+${CAPITAL_INCOME}`));
  it('standing names its bonus', () => {
    expect(RESOURCE_INFO.standing.help).toContain(`+${STANDING_BONUS}`);
    expect(RESOURCE_INFO.standing.help).toContain(`${STANDING_BONUS_AT} or above`);
  });
});

/**
 * Agenda and objective texts are typed beside their `met` functions; the rulebook prints the texts.
 * Every "<quantity> at N or more/less" clause must be exactly the threshold the code checks.
 */
describe('agenda and objective texts say what the code scores', () => {
  type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
  type Draft = Mutable<GameState>;
  const QUANTITIES: Record<string, (d: Draft, v?: number) => number> = {};
  const trackQ = (t: TrackId) => (d: Draft, v?: number) => (v === undefined ? d.tracks[t] : (d.tracks[t] = v));
  const resQ = (a: ActorId, r: ResourceId) => (d: Draft, v?: number) => (v === undefined ? d.actors[a].resources[r] : (d.actors[a].resources[r] = v));
  for (const t of TRACKS) QUANTITIES[TRACK_INFO[t].name.toLowerCase()] = trackQ(t);
  Object.assign(QUANTITIES, {
    'us–dprk summit readiness': trackQ('summitUSKP'), 'us–china summit readiness': trackQ('summitUSCN'), 'alliance health': trackQ('alliance'),
    'us economy': resQ('US', 'economy'), 'north korean military': resQ('KP', 'military'), 'chinese economy': resQ('CN', 'economy'),
    "china's economy": resQ('CN', 'economy'), "south korea's military": resQ('KR', 'military'), "south korea's economy": resQ('KR', 'economy'),
    'russian economy': resQ('RU', 'economy'), "russia's military": resQ('RU', 'military'), "russia's domestic standing": resQ('RU', 'standing'),
  });
  const CLAUSE = /([\p{L}'’–\- ]+?) at (\d+) or (more|less)/giu;
  const clauses = (text: string) => [...text.matchAll(CLAUSE)].map((m) => ({ name: m[1]!.split(/\band\b/).at(-1)!.trim().toLowerCase(), n: Number(m[2]), dir: m[3] as 'more' | 'less' }));

  const items = [
    ...ACTORS.flatMap((id) => AGENDA[id].map((a) => ({ label: `${id} agenda: ${a.text}`, text: a.text, met: a.met }))),
    ...OBJECTIVES.map((o) => ({ label: `${o.actor} objective: ${o.text}`, text: o.text, met: o.met })),
  ].filter((i) => clauses(i.text).length > 0);

  it('finds the quantities it checks', () => expect(items.length).toBeGreaterThan(ACTORS.length));

  it.each(items.map((i) => [i.label, i] as const))('%s', (_l, item) => {
    const cs = clauses(item.text);
    for (const c of cs) expect(QUANTITIES, `unknown quantity "${c.name}" — teach this test its name`).toHaveProperty([c.name]);
    const base = structuredClone(newGameOrThrow({ seed: '1' })) as unknown as Draft;
    base.deals = [{ round: 1, table: 'USKP', terms: [] }, { round: 1, table: 'USCN', terms: [] }];
    // An 'or' alternative stays unmet in the base, so the threshold alone decides.
    if (/sits down|sat down/.test(item.text) && !/, or /.test(item.text)) base.summitsHeld = [{ round: 1, table: 'USKP', attended: true, precondition: null }];
    if (item.text.startsWith('APEC judged a success')) base.apecResult = 'success';
    if (/, or a US–China deal/.test(item.text)) base.deals = base.deals.filter((d) => d.table !== 'USCN');
    if (/^No US–DPRK deal/.test(item.text)) base.deals = base.deals.filter((d) => d.table !== 'USKP');
    if (/snubs a ready Trump–Kim table/.test(item.text)) {
      const snubs = /table twice/.test(item.text) ? 2 : 1;
      base.summitsHeld = Array.from({ length: snubs }, (_, i) => ({ round: i + 1, table: 'USKP' as const, attended: false, precondition: null }));
    }
    const at = (f: (d: Draft) => void) => {
      const d = structuredClone(base);
      for (const c of cs) QUANTITIES[c.name]!(d, c.n);
      f(d);
      return item.met(d as unknown as GameState);
    };
    expect(at(() => {}), 'met exactly at the threshold').toBe(true);
    for (const c of cs) expect(at((d) => QUANTITIES[c.name]!(d, c.dir === 'more' ? c.n - 1 : c.n + 1)), `not met just past "${c.name}"`).toBe(false);
  });
});

describe('links inside the rules', () => {
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
  const slug = (h: string) => h.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
  it.each(['rules/RULES.md', 'rules/README.md', ...ACTORS.map(briefingPath)])('%s: every #anchor and relative file link resolves', (path) => {
    const text = read(path);
    const anchors = new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const m of text.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, `${path} links to #${m[1]}`).toContain(m[1]);
    for (const m of text.matchAll(/\]\((?!#|https?:)([^)]+)\)/g)) expect(() => read(new URL(m[1]!, new URL(path, root)).pathname.slice(root.pathname.length)), `${path} links to ${m[1]}`).not.toThrow();
  });
});
