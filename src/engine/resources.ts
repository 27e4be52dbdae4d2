/** Each actor's own resources, all on a 0–10 scale. */
export const RESOURCES = ['capital', 'economy', 'military', 'standing'] as const;
export type ResourceId = (typeof RESOURCES)[number];

export const RESOURCE_MIN = 0;
export const RESOURCE_MAX = 10;

export const RESOURCE_INFO: Readonly<Record<ResourceId, { name: string; help: string }>> = {
  capital: { name: 'Diplomatic capital', help: 'Spent to play card events, to make summit offers and to sweeten or spoil a table. +1 each round; each point left at the end scores 2 VP.' },
  economy: { name: 'Economy', help: 'Trade, growth and room to absorb sanctions or tariffs.' },
  military: { name: 'Military / deterrence', help: 'Forces, missiles and alliances that deter.' },
  standing: { name: 'Domestic standing', help: 'Support at home. Rounds end with +1 capital more for actors at 6 or above; at the end each point scores 1 VP.' },
};
