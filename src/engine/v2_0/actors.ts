/** The five actors of autumn 2025. Ids are ISO-like codes: KP = North Korea, KR = South Korea. */
export const ACTORS = ['US', 'KP', 'CN', 'RU', 'KR'] as const;
export type ActorId = (typeof ACTORS)[number];

export const isActorId = (x: unknown): x is ActorId => typeof x === 'string' && (ACTORS as readonly string[]).includes(x);

export interface ActorInfo {
  readonly id: ActorId;
  readonly name: string;
  readonly short: string;
  readonly leader: string;
  /** Public agenda, one line: what this actor scores each round. */
  readonly agenda: string;
}

export const ACTOR_INFO: Readonly<Record<ActorId, ActorInfo>> = {
  US: { id: 'US', name: 'United States', short: 'USA', leader: 'President Trump', agenda: 'Deals and summits: summit readiness with Pyongyang and Beijing, a strong economy.' },
  KP: { id: 'KP', name: 'North Korea', short: 'DPRK', leader: 'Kim Jong Un', agenda: 'Recognition as a nuclear state and sanctions relief, without disarming.' },
  CN: { id: 'CN', name: 'China', short: 'PRC', leader: 'Xi Jinping', agenda: 'A good summit with Washington, stability on the peninsula, a strong economy.' },
  RU: { id: 'RU', name: 'Russia', short: 'RUS', leader: 'Vladimir Putin', agenda: 'Axis cohesion, and a United States distracted and without a deal in Korea.' },
  KR: { id: 'KR', name: 'South Korea', short: 'ROK', leader: 'President Lee Jae-myung', agenda: 'Security, a successful APEC in Gyeongju, and a healthy alliance.' },
};
