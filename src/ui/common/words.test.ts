import { describe, expect, it } from 'vitest';
import { count, possessive, teamLabel } from './words';

describe('words', () => {
  it('makes possessives of actor names', () => {
    expect(possessive('North Korea')).toBe("North Korea's");
    expect(possessive('United States')).toBe("United States'");
  });
  it('counts ops in the singular and plural', () => {
    expect(count(1, 'op')).toBe('1 op');
    expect(count(3, 'op')).toBe('3 ops');
  });
  it('never doubles "Team" in a team name', () => {
    expect(teamLabel('Eagles')).toBe('Team Eagles');
    expect(teamLabel('Team Eagle')).toBe('Team Eagle');
    expect(teamLabel('team rocket')).toBe('team rocket');
    expect(teamLabel('Teamsters')).toBe('Team Teamsters');
  });
});
