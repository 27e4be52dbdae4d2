// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors';
import { CARDS, SIDE_MEMBERS, describeCard } from './cards';
import { CAPITAL_INCOME, SANCTIONS_BITE, SANCTIONS_BITE_AT, STANDING_BONUS, STANDING_BONUS_AT } from './flow';
import { objectivesOf } from './objectives';
import { RESOURCE_INFO } from './resources';
import { briefingPath, fillGenerated, generatedDocs, readGenerated, rulebookSections, stripGeneratedMarkers } from './rulebook';
import { AGENDA } from './scoring';
import { SUMMIT_READY, TABLE_INFO, TABLES } from './summit';
import { CATASTROPHE_TENSION, TRACK_INFO } from './tracks';

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
