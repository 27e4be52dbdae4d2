import { describe, expect, it } from 'vitest';
import { parseReplayHash, replayHash, shareDataOf } from './route';

describe('replay route', () => {
  it('reads and writes log, sample and step', () => {
    expect(parseReplayHash('#/replay')).toEqual({});
    expect(parseReplayHash('#/play')).toBeNull();
    expect(parseReplayHash('#/replay?log=N4Ig+a$b-c&step=12')).toEqual({ log: 'N4Ig+a$b-c', step: 12 });
    expect(parseReplayHash('#/replay?sample=six-rounds.json&step=x')).toEqual({ sample: 'six-rounds.json' });
    expect(parseReplayHash(replayHash({ sample: 'a b.json', step: 3 }))).toEqual({ sample: 'a b.json', step: 3 });
    expect(replayHash({ log: 'AB+C', step: 0 })).toBe('#/replay?log=AB+C&step=0');
  });

  it('finds the share data in a pasted URL, hash or bare data', () => {
    expect(shareDataOf('https://x.org/summitry/#/replay?log=AB+C$d&step=4')).toBe('AB+C$d');
    expect(shareDataOf('  #/replay?log=QQ  ')).toBe('QQ');
    expect(shareDataOf('N4IgdghgtgpiBcIDCAbA')).toBe('N4IgdghgtgpiBcIDCAbA');
    expect(shareDataOf('hello world')).toBeNull();
    expect(shareDataOf('https://x.org/#/replay')).toBeNull();
  });
});
