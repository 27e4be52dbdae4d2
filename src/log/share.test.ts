import { describe, expect, it } from 'vitest';
import LZString from 'lz-string';
import { ALL_BOT_SEATS, decodeShare, encodeShare, makeLog, moveString, parseMove, randomGameActions } from '.';

const options = { seed: '9', rounds: 6 };
const log = makeLog({ options, seats: { ...ALL_BOT_SEATS, US: { kind: 'human', name: 'Ms Park' } }, actions: randomGameActions(options, 5) });

describe('share links', () => {
  it('round-trip exactly (hashes recomputed) and are URL-safe', () => {
    const s = encodeShare(log);
    expect(s).toMatch(/^[A-Za-z0-9+\-$]*$/);
    const r = decodeShare(s);
    expect(r.ok && r.value).toEqual(log);
  });

  it('every kind of action survives as a move string', () => {
    const actions = [
      { type: 'playEvent', actor: 'US', card: 'olive-branch' },
      { type: 'playEvent', actor: 'KP', card: 'reading-defer-to-xi', choice: 1 },
      { type: 'playOps', actor: 'CN', card: 'hotline', op: 'mediate' },
      { type: 'propose', actor: 'US', terms: ['sanctionsRelief', 'freeze'] },
      { type: 'counter', actor: 'KP', terms: ['recognition', 'moratorium'] },
      { type: 'decline', actor: 'US' },
      { type: 'accept', actor: 'KP' },
      { type: 'reject', actor: 'CN' },
      { type: 'keepObjective', actor: 'KR', objective: 'kr-gyeongju' },
      { type: 'forecast', actor: 'RU', reading: 'noSummit' },
      { type: 'attend', actor: 'KP', precondition: 'recognition' },
      { type: 'attend', actor: 'KP', precondition: null },
      { type: 'snub', actor: 'KP' },
      { type: 'sweeten', actor: 'CN' },
      { type: 'spoil', actor: 'RU' },
      { type: 'pass', actor: 'KR' },
    ] as const;
    for (const a of actions) expect(parseMove(moveString(a))).toEqual(a);
    expect(moveString(actions[2])).toBe('CN:O:hotline:mediate');
    for (const junk of ['', 'US', 'US:Q', 'US:X:extra', 'US:K', 'US:T', 'US:O:hotline', 'US:E:a:2', 'US:A:extra', ':A']) expect(parseMove(junk)).toBeNull();
  });

  it('a link with a broken move names it; a move with a bad value is caught by the schema', () => {
    const { hashes: _h, actions, ...rest } = log;
    const pack = (moves: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify({ ...rest, moves }));
    const moves = actions.map(moveString);
    const broken = decodeShare(pack(moves.map((m, i) => (i === 4 ? 'nonsense' : m))));
    expect(!broken.ok && broken.error.message).toBe('The share link is damaged: moves[4] is not a move.');
    const first = moves.findIndex((m) => m.split(':')[1] === 'O');
    const badOp = decodeShare(pack(moves.map((m, i) => (i === first ? m.replace(/:[a-zA-Z]+$/, ':nuke') : m))));
    expect(!badOp.ok && badOp.error).toMatchObject({ code: 'ERR_SCHEMA', path: `actions[${first}].op` });
    expect(decodeShare(pack('x')).ok).toBe(false);
  });

  it('a cut-off link is refused with a clear message', () => {
    const s = encodeShare(log);
    const r = decodeShare(s.slice(0, s.length / 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/share link/);
    expect(decodeShare('').ok).toBe(false);
    expect(decodeShare('!!!not lz!!!').ok).toBe(false);
  });

  it('an edited link is caught by the final hash', () => {
    const { hashes: _h, ...rest } = log;
    const edited = { ...rest, finalHash: '0123456789abcd' };
    const r = decodeShare(LZString.compressToEncodedURIComponent(JSON.stringify(edited)));
    expect(!r.ok && r.error.code).toBe('ERR_HASH_MISMATCH');
  });

  it('a link to a hostile document is refused by the same schema', () => {
    const r = decodeShare(LZString.compressToEncodedURIComponent('{"type":"summitry-log","version":1,"__proto__":{"x":1}}'));
    expect(!r.ok && r.error.code).toBe('ERR_SHARE_LINK');
  });
});
