import type { ActorId } from './actors';
import { type Effect, describeEffects, res, track, vp } from './effects';
import { TRACK_INFO, type TrackId } from './tracks';

/** Who may play a card for its event. Anyone may play any card in hand for its ops. */
export const CARD_SIDES = ['US', 'KP', 'CN', 'RU', 'KR', 'axis', 'allies', 'neutral'] as const;
export type CardSide = (typeof CARD_SIDES)[number];

export const SIDE_MEMBERS: Readonly<Record<CardSide, readonly ActorId[]>> = {
  US: ['US'], KP: ['KP'], CN: ['CN'], RU: ['RU'], KR: ['KR'],
  axis: ['KP', 'CN', 'RU'],
  allies: ['US', 'KR'],
  neutral: ['US', 'KP', 'CN', 'RU', 'KR'],
};

export const SIDE_NAMES: Readonly<Record<CardSide, string>> = {
  US: 'United States', KP: 'North Korea', CN: 'China', RU: 'Russia', KR: 'South Korea',
  axis: 'Axis (DPRK, China, Russia)', allies: 'Allies (US, ROK)', neutral: 'Neutral',
};

export interface CardAlternative {
  readonly label: string;
  readonly effects: readonly Effect[];
}

export interface CardRequirement {
  readonly track: TrackId;
  readonly min?: number;
  readonly max?: number;
}

/** The three decks of the autumn: each enters the draw pile when its period begins. */
export const PERIODS = ['september', 'october', 'apec'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_INFO: Readonly<Record<Period, { readonly name: string; readonly fromRound: number }>> = {
  september: { name: 'September', fromRound: 1 },
  october: { name: 'October', fromRound: 3 },
  apec: { name: 'APEC week', fromRound: 5 },
};

/**
 * The round a period's deck enters in a game of `rounds` rounds: its calendar round, brought forward in a
 * short game so that APEC week's cards still come, in the last round at the latest (when APEC is judged).
 */
export function periodStart(p: Period, rounds: number): number {
  const apec = Math.max(1, Math.min(PERIOD_INFO.apec.fromRound, rounds));
  if (p === 'apec') return apec;
  if (p === 'october') return Math.max(1, Math.min(PERIOD_INFO.october.fromRound, apec - 1));
  return 1;
}

/** Periods whose decks have entered by `round` in a game of `rounds`. */
export const periodsIn = (round: number, rounds: number): Period[] => PERIODS.filter((p) => periodStart(p, rounds) <= round);

export interface Card {
  readonly id: string;
  readonly name: string;
  readonly side: CardSide;
  /** Action points when played for ops (1–3). */
  readonly ops: 1 | 2 | 3;
  /** Diplomatic capital paid to play the event. */
  readonly cost: number;
  readonly effects: readonly Effect[];
  /** Event cards with competing readings: the player picks one. (No card of rules 2.0 has them; kept for the shape.) */
  readonly alternatives?: readonly [CardAlternative, CardAlternative];
  readonly requires?: CardRequirement;
  /** The deck it belongs to: it enters the draw pile when its period begins. */
  readonly period: Period;
  /** Its own fortnight (round), for a dated card: its event played in that round earns DATED_BONUS_VP. */
  readonly round?: number;
  /** When it happened. */
  readonly date: string;
  /** Where it comes from: the article (and which passage or analyst) or the public record. */
  readonly source: string;
  readonly flavor: string;
}

/** VP for playing a dated card's event in its own round. */
export const DATED_BONUS_VP = 2;

const c = (card: Card): Card => card;
const ARTICLE = 'The article';
/**
 * Cards that cool the Trump–Kim track (Kim's coldness, Moscow's summons, the memories of Hanoi) never take it below
 * this: they delay a table, they do not bury it. Whether Kim sits down is decided at the table, by Pyongyang.
 */
export const KIM_FLOOR = 1;

export const CARDS: readonly Card[] = [
  // ── United States ──
  c({ id: 'olive-branch', name: 'Olive Branch to Kim', side: 'US', ops: 2, cost: 1, period: 'october', round: 4, date: '24 Oct 2025', source: `${ARTICLE}: "On October 24 and 27 … Trump expressed his desire to meet with Kim."`, effects: [track('summitUSKP', 1), res('self', 'standing', 1)], flavor: 'On the way to Asia Trump says he would "love" to meet Kim Jong Un.' }),
  c({ id: 'nuclear-power-remark', name: '“A Sort of Nuclear Power”', side: 'US', ops: 1, cost: 1, period: 'october', round: 4, date: '27 Oct 2025', source: `${ARTICLE}: "He referred to North Korea as a Nuclear Power."`, effects: [track('nuclear', 1), track('summitUSKP', 2), track('alliance', -1)], flavor: 'Trump calls North Korea a nuclear power, a status Washington had always refused to grant.' }),
  c({ id: 'sanctions-relief-hint', name: 'Hint of Sanctions Relief', side: 'US', ops: 2, cost: 1, period: 'october', round: 4, date: '27 Oct 2025', source: `${ARTICLE}: Trump "hinted at the possibility of easing sanctions."`, effects: [track('sanctions', -1), track('summitUSKP', 1), vp('self', 2)], flavor: 'Asked what he could offer, Trump mentions sanctions: "We have sanctions. That\'s pretty big to start off with."' }),
  c({ id: 'tariff-truce', name: 'Tariff Truce', side: 'US', ops: 2, cost: 1, period: 'october', date: 'Oct 2025', source: 'Public record: the US–China tariff truce, extended in August and again at Busan (30 Oct 2025).', effects: [track('summitUSCN', 2), res('self', 'economy', -1)], flavor: 'A pause in the tariff war to clear the way for a meeting with Xi.' }),
  c({ id: 'secondary-sanctions', name: 'Secondary Sanctions', side: 'US', ops: 3, cost: 2, period: 'september', date: '2025', source: 'Public record: US Treasury designations of Chinese firms trading with North Korea (2024–2025).', effects: [track('sanctions', 2), res('CN', 'economy', -1), track('summitUSCN', -1)], flavor: 'Treasury targets Chinese banks and shippers that keep Pyongyang\'s trade afloat.' }),
  c({ id: 'carrier-group', name: 'Carrier Strike Group to Busan', side: 'US', ops: 3, cost: 1, period: 'september', date: '2025', source: 'Public record: US carrier visits to Busan (USS Carl Vinson, March 2025).', effects: [track('alliance', 1), res('self', 'military', 1), track('tension', 1)], flavor: 'A show of force that reassures Seoul and angers Pyongyang.' }),
  // Fidelity: on arrival Trump again says he wants to meet Kim, so the card moves US–DPRK readiness too.
  c({ id: 'arrival-in-korea', name: 'Air Force One Lands in Gyeongju', side: 'US', ops: 2, cost: 1, period: 'apec', round: 5, date: '29 Oct 2025', source: `${ARTICLE}: "as well as upon his arrival in South Korea, Trump expressed his desire to meet with Kim."`, effects: [track('apec', 1), track('summitUSKP', 1), res('self', 'standing', 1)], flavor: 'On arrival Trump again says he would like to meet Kim.' }),
  c({ id: 'art-of-the-deal', name: 'The Art of the Deal', side: 'US', ops: 1, cost: 2, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: its title, "The 'Art of the BLIND Deal'".`, effects: [track('summitUSKP', 1), track('summitUSCN', 1), vp('self', 2)], flavor: 'Everything is negotiable; everything is a deal.' }),
  // ── North Korea ──
  // Fidelity: ~450 km, Pyongyang to Gyeongju — the test reaches the APEC venue.
  c({ id: 'srbm-test', name: 'SRBM Test, 22 October', side: 'KP', ops: 3, cost: 0, period: 'october', round: 4, date: '22 Oct 2025', source: `${ARTICLE}: "a short-range ballistic missile (SRBM) on October 22 with a range comparable to the distance between Pyongyang and Gyeongju."`, effects: [track('tension', 2), track('nuclear', 1), res('self', 'military', 1), track('summitUSKP', -1, KIM_FLOOR), track('apec', -1)], flavor: 'A short-range ballistic missile with a range about the distance from Pyongyang to Gyeongju, ~450 km.' }),
  c({ id: 'cruise-missile', name: 'Cruise Missile over the Yellow Sea', side: 'KP', ops: 2, cost: 0, period: 'october', round: 4, date: '28 Oct 2025', source: `${ARTICLE}: "it launched a cruise missile … one day before President Trump's visit to South Korea."`, effects: [track('tension', 1), res('self', 'military', 1), res('self', 'standing', 1)], flavor: 'A surprise-attack cruise missile, fired the day before Trump reached South Korea.' }),
  c({ id: 'choe-meets-putin', name: 'Choe Son-hui Meets Putin', side: 'KP', ops: 2, cost: 1, period: 'october', round: 4, date: '27 Oct 2025', source: `${ARTICLE}: "Foreign Minister Choe Son-hui's meeting with Russian President Vladimir Putin," timed with Trump's visit.`, effects: [track('axis', 1), track('summitUSKP', -1, KIM_FLOOR), res('self', 'standing', 1)], flavor: 'The foreign minister in Moscow, timed with Trump\'s visit: a clear signal of rejection.' }),
  c({ id: 'september-address', name: 'Kim\'s September Address', side: 'KP', ops: 2, cost: 1, period: 'september', round: 2, date: '21 Sep 2025', source: `${ARTICLE} (Park Won-gon): "the U.S. must abandon its denuclearization demands before any meeting."`, effects: [res('self', 'standing', 2), track('nuclear', 1), track('summitUSKP', -1, KIM_FLOOR)], flavor: 'Kim: the US must drop its denuclearization demands before any meeting.' }),
  c({ id: 'hwasong-20', name: 'Hwasong-20 on Parade', side: 'KP', ops: 3, cost: 1, period: 'october', round: 3, date: '10 Oct 2025', source: 'Public record: the Workers\' Party 80th anniversary parade, 10 Oct 2025 (KCNA, Reuters).', effects: [track('nuclear', 1), track('tension', 1), track('axis', 1)], flavor: 'The Party\'s 80th anniversary parade shows a new ICBM, watched by Li Qiang and Medvedev.' }),
  c({ id: 'cold-shoulder', name: 'The Cold Shoulder', side: 'KP', ops: 1, cost: 0, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: "Pyongyang's response has been notably cold."`, effects: [track('summitUSKP', -1, KIM_FLOOR), res('self', 'standing', 1), vp('self', 2)], flavor: 'Pyongyang\'s response to Trump\'s overtures is notably cold.' }),
  c({ id: 'ship-to-ship', name: 'Ship-to-Ship Transfers', side: 'KP', ops: 2, cost: 1, period: 'september', date: '2025', source: 'Public record: the Multilateral Sanctions Monitoring Team report (May 2025).', effects: [track('sanctions', -1), res('self', 'economy', 1)], flavor: 'Oil and coal change hands at sea, out of sight of the sanctions monitors.' }),
  c({ id: 'troops-to-kursk', name: 'Troops to Kursk', side: 'KP', ops: 3, cost: 1, period: 'september', date: '2024–2025', source: 'Public record: North Korean troops in the Kursk region, acknowledged by Pyongyang in April 2025.', effects: [track('axis', 1), res('self', 'military', 1), res('RU', 'military', 1), track('sanctions', 1)], flavor: 'North Korean soldiers fight for Russia; Moscow pays in cash, oil and know-how.' }),
  // Fidelity: Hanoi and Panmunjom are both memories of betrayal in the article.
  c({ id: 'hanoi-memory', name: 'Memory of Hanoi', side: 'KP', ops: 1, cost: 0, period: 'september', date: 'Feb 2019', source: `${ARTICLE} (Park Won-gon): "North Korea's experiences at the 2019 Hanoi summit … left them feeling betrayed."`, effects: [track('summitUSKP', -1, KIM_FLOOR), res('self', 'standing', 1)], flavor: 'Trump walked away in Hanoi; Pyongyang felt betrayed.' }),
  c({ id: 'panmunjom-memory', name: 'Memory of Panmunjom', side: 'KP', ops: 2, cost: 0, period: 'september', date: '30 Jun 2019', source: `${ARTICLE} (Park Won-gon): "the surprise meeting at Panmunjom left them feeling betrayed."`, effects: [track('summitUSKP', -1, KIM_FLOOR), track('nuclear', 1)], flavor: 'A handshake at the border, and nothing after it: Pyongyang will not be a photo opportunity again.' }),
  // ── China ── (one Tiananmen only: the axis card; China's own September card is Kim's visit)
  c({ id: 'kim-xi-talks', name: 'Kim and Xi Meet in Beijing', side: 'CN', ops: 3, cost: 1, period: 'september', round: 1, date: '4 Sep 2025', source: 'Public record: Xi–Kim talks in Beijing after the parade, 4 Sep 2025 (Xinhua, KCNA).', effects: [track('axis', 1), res('KP', 'economy', 1), res('self', 'standing', 1)], flavor: 'Kim\'s first talks with Xi in six years: the friendship "will not change".' }),
  c({ id: 'rare-earth-controls', name: 'Rare-Earth Export Controls', side: 'CN', ops: 3, cost: 1, period: 'october', round: 3, date: '9 Oct 2025', source: 'Public record: China\'s Ministry of Commerce export controls of 9 Oct 2025.', effects: [res('US', 'economy', -1), track('summitUSCN', 1), vp('self', 2)], flavor: 'Beijing tightens its grip on rare earths: leverage before the summit.' }),
  c({ id: 'soybean-freeze', name: 'Soybean Purchases Halted', side: 'CN', ops: 2, cost: 0, period: 'september', date: '2025', source: 'Public record: China bought no US soybeans from the 2025 harvest until the Busan truce.', effects: [res('US', 'standing', -1), res('self', 'economy', -1), track('summitUSCN', 1)], flavor: 'American farmers feel the trade war first.' }),
  c({ id: 'busan-preparations', name: 'Busan Summit Preparations', side: 'CN', ops: 2, cost: 1, period: 'october', round: 4, date: '25–26 Oct 2025', source: 'Public record: US–China trade talks in Kuala Lumpur, 25–26 Oct 2025.', effects: [track('summitUSCN', 2)], flavor: 'Negotiators meet in Kuala Lumpur to prepare the Trump–Xi meeting.' }),
  c({ id: 'quiet-word', name: 'A Quiet Word to Pyongyang', side: 'CN', ops: 2, cost: 1, period: 'october', requires: { track: 'tension', min: 5 }, date: 'Oct 2025', source: `${ARTICLE} (Kim Jong): North Korea "has no incentive to create distractions from Xi's diplomatic agenda."`, effects: [track('tension', -2), track('axis', -1), vp('self', 2)], flavor: 'Beijing wants no fireworks before its summit.' }),
  c({ id: 'li-qiang-visit', name: 'Li Qiang in Pyongyang', side: 'CN', ops: 2, cost: 1, period: 'october', round: 3, date: '9–11 Oct 2025', source: 'Public record: Premier Li Qiang at the Party anniversary, 9–11 Oct 2025.', effects: [track('axis', 1), res('KP', 'economy', 1), track('sanctions', -1)], flavor: 'The Chinese premier attends the Party anniversary: the highest-level visit in years.' }),
  c({ id: 'dandong-trade', name: 'Dandong Border Trade', side: 'CN', ops: 1, cost: 0, period: 'september', date: '2025', source: 'Public record: Chinese customs data on trade across the Yalu, 2025.', effects: [track('sanctions', -1), res('self', 'economy', 1)], flavor: 'Trucks still cross the Friendship Bridge.' }),
  // ── Russia ──
  c({ id: 'summit-cancelled', name: 'Budapest Summit Cancelled', side: 'RU', ops: 2, cost: 0, period: 'october', round: 4, date: '21 Oct 2025', source: `${ARTICLE}: "Russia, having canceled its summit with the U.S."`, effects: [res('self', 'standing', 1), res('US', 'capital', -1), track('tension', 1), vp('self', 2)], flavor: 'The planned Trump–Putin meeting is called off.' }),
  c({ id: 'accuse-washington', name: 'Accusing Washington of Escalation', side: 'RU', ops: 1, cost: 0, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: Russia summoned North Korean officials, "accusing Washington of escalating global tensions."`, effects: [res('self', 'standing', 1), track('alliance', -1), vp('self', 2)], flavor: 'Moscow says the United States is escalating global tensions.' }),
  c({ id: 'summoned-to-moscow', name: 'Pyongyang Summoned to Moscow', side: 'RU', ops: 2, cost: 1, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: "In the lead-up to APEC, Russia … summoned North Korean officials to Moscow."`, effects: [track('axis', 1), track('summitUSKP', -1, KIM_FLOOR)], flavor: 'In the run-up to APEC, Russia calls North Korean officials to Moscow.' }),
  c({ id: 'security-council-veto', name: 'Security Council Veto', side: 'RU', ops: 3, cost: 1, period: 'september', date: '28 Mar 2024', source: 'Public record: Russia\'s veto of the UN Panel of Experts\' renewal, 28 Mar 2024.', effects: [track('sanctions', -2), res('self', 'standing', 1)], flavor: 'Russia\'s veto ended the UN panel that monitored sanctions on North Korea.' }),
  c({ id: 'technology-for-troops', name: 'Technology for Troops', side: 'RU', ops: 3, cost: 1, period: 'september', date: '2025', source: 'Public record: South Korean and US assessments of Russian military technology transfers, 2025.', effects: [res('KP', 'military', 1), track('nuclear', 1), track('axis', 1), track('tension', 1)], flavor: 'Satellite, submarine and air-defence help flows to Pyongyang.' }),
  c({ id: 'ukraine-talks-stall', name: 'Ukraine Peace Talks Stall', side: 'RU', ops: 2, cost: 0, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: "Russia opposing the U.S. over Ukraine peace negotiations."`, effects: [res('US', 'capital', -1), res('self', 'military', 1)], flavor: 'Washington\'s attention is pulled back to Europe.' }),
  c({ id: 'power-of-siberia', name: 'Power of Siberia 2', side: 'RU', ops: 2, cost: 1, period: 'september', round: 1, date: '2 Sep 2025', source: 'Public record: Gazprom–CNPC memorandum signed in Beijing, 2 Sep 2025.', effects: [res('self', 'economy', 2), track('axis', 1)], flavor: 'A gas pipeline memorandum signed in Beijing the day before the parade.' }),
  // ── South Korea ──
  c({ id: 'apec-host', name: 'APEC Host: Gyeongju', side: 'KR', ops: 3, cost: 1, period: 'apec', round: 5, date: '31 Oct–1 Nov 2025', source: `${ARTICLE}: "the upcoming Asia-Pacific Economic Cooperation (APEC) summit in Gyeongju."`, effects: [track('apec', 2), res('self', 'standing', 1)], flavor: 'The old Silla capital gets ready for 21 economies.' }),
  c({ id: 'lee-trump-summit', name: 'Lee–Trump Summit', side: 'KR', ops: 2, cost: 1, period: 'apec', round: 5, date: '29 Oct 2025', source: 'Public record: Lee–Trump summit in Gyeongju, 29 Oct 2025.', effects: [track('alliance', 1), res('self', 'economy', -1), res('US', 'economy', 1), vp('self', 2)], flavor: 'A tariff deal sealed with a $350 billion investment pledge.' }),
  c({ id: 'end-initiative', name: 'The E.N.D. Initiative', side: 'KR', ops: 2, cost: 1, period: 'september', round: 2, date: '23 Sep 2025', source: 'Public record: President Lee at the UN General Assembly, 23 Sep 2025.', effects: [track('summitUSKP', 1), track('tension', -1)], flavor: 'At the UN, Lee proposes Exchange, Normalization, Denuclearization.' }),
  c({ id: 'ulchi-freedom-shield', name: 'Ulchi Freedom Shield', side: 'KR', ops: 2, cost: 0, period: 'september', date: '18–28 Aug 2025', source: 'Public record: the annual US–ROK exercise, 18–28 Aug 2025.', effects: [res('self', 'military', 1), track('alliance', 1), track('tension', 1)], flavor: 'The annual allied exercise that Pyongyang calls a rehearsal for invasion.' }),
  c({ id: 'nuclear-submarine', name: 'Nuclear-Powered Submarines', side: 'KR', ops: 3, cost: 2, period: 'apec', round: 5, date: '30 Oct 2025', source: 'Public record: Trump approves Seoul\'s nuclear-powered submarine plan, 30 Oct 2025.', effects: [res('self', 'military', 2), track('alliance', 1), track('tension', 1)], flavor: 'Washington approves Seoul\'s plan to build nuclear-powered submarines.' }),
  c({ id: 'pacemaker', name: '“You Be the Peacemaker”', side: 'KR', ops: 1, cost: 0, period: 'september', date: '25 Aug 2025', source: 'Public record: Lee at the White House, 25 Aug 2025.', effects: [track('summitUSKP', 1), res('self', 'standing', 1)], flavor: 'Lee to Trump: you be the peacemaker, I will be the pacemaker.' }),
  c({ id: 'loudspeakers-off', name: 'Loudspeakers Switched Off', side: 'KR', ops: 1, cost: 0, period: 'september', date: '11 Jun 2025', source: 'Public record: Seoul halts border loudspeaker broadcasts, 11 Jun 2025.', effects: [track('tension', -1), vp('self', 2)], flavor: 'Seoul silences the border propaganda broadcasts.' }),
  // ── Axis ──
  c({ id: 'three-on-tiananmen', name: 'Three on Tiananmen', side: 'axis', ops: 3, cost: 1, period: 'september', round: 1, date: '3 Sep 2025', source: `${ARTICLE}: "Kim stood alongside Chinese President Xi Jinping and Russian President Putin atop Tiananmen Tower."`, effects: [track('axis', 2), track('summitUSKP', -1, KIM_FLOOR)], flavor: 'China\'s 80th Victory Day: the first time the three leaders stood together in public.' }),
  c({ id: 'authoritarian-solidarity', name: 'Authoritarian Solidarity', side: 'axis', ops: 2, cost: 1, period: 'october', date: 'Oct 2025', source: `${ARTICLE} (Kim Jae-cheon): the launches and Choe's trip are "clear demonstrations of authoritarian solidarity."`, effects: [track('axis', 1), track('sanctions', -1)], flavor: 'Kim Jae-cheon: the launches and Choe\'s trip are demonstrations of solidarity with China and Russia.' }),
  c({ id: 'strengthen-xis-hand', name: 'Strengthening Xi\'s Hand', side: 'axis', ops: 2, cost: 1, period: 'october', date: 'Oct 2025', source: `${ARTICLE}: "a calculated move to support China's position in its upcoming summit with Trump."`, effects: [track('summitUSCN', 1), track('summitUSKP', -1, KIM_FLOOR), vp('CN', 2)], flavor: 'Some experts say Pyongyang and Moscow stay hard on Washington to support Xi at his summit.' }),
  // ── Allies ──
  c({ id: 'trilateral-camp-david', name: 'Camp David Trilateral', side: 'allies', ops: 2, cost: 1, period: 'september', date: 'Aug 2023–2025', source: 'Public record: the Camp David US–Japan–ROK summit (18 Aug 2023) and its follow-up meetings.', effects: [track('alliance', 1), track('sanctions', 1)], flavor: 'The US–Japan–ROK framework keeps meeting.' }),
  c({ id: 'extended-deterrence', name: 'Extended Deterrence Dialogue', side: 'allies', ops: 2, cost: 1, period: 'september', date: '2025', source: 'Public record: the US–ROK Nuclear Consultative Group and deterrence dialogue, 2023–2025.', effects: [track('alliance', 1), res('KR', 'military', 1), track('tension', -1)], flavor: 'Washington restates its nuclear umbrella over the South.' }),
  c({ id: 'investment-pledge', name: '$350 Billion Pledge', side: 'allies', ops: 2, cost: 1, period: 'apec', round: 5, date: '29 Oct 2025', source: 'Public record: the US–ROK trade and investment agreement settled in Gyeongju, 29 Oct 2025.', effects: [res('US', 'economy', 1), track('alliance', 1), res('KR', 'economy', -1)], flavor: 'Korean investment in America in exchange for lower tariffs.' }),
  // ── Neutral: the context ──
  c({ id: 'new-york-channel', name: 'The New York Channel', side: 'neutral', ops: 1, cost: 1, period: 'september', date: '2025', source: 'Public record: the North Korean mission to the UN, the usual channel for US messages.', effects: [track('summitUSKP', 1), track('tension', -1)], flavor: 'Diplomats at the UN mission keep a line open.' }),
  c({ id: 'hotline', name: 'Military Hotline Restored', side: 'neutral', ops: 1, cost: 2, period: 'september', date: 'cut Apr 2023', source: 'Public record: North Korea stopped answering the inter-Korean hotlines in April 2023.', effects: [track('tension', -2)], flavor: 'A phone that rings when it matters.' }),
  c({ id: 'market-jitters', name: 'Market Jitters', side: 'neutral', ops: 2, cost: 0, period: 'october', round: 3, date: '10 Oct 2025', source: 'Public record: markets fall on the threat of 100% tariffs on China, 10 Oct 2025.', effects: [res('US', 'economy', -1), res('CN', 'economy', -1), track('summitUSCN', 1)], flavor: 'Stocks fall on tariff threats; both capitals feel the pressure to deal.' }),
  c({ id: 'panel-of-experts-gone', name: 'No More Panel of Experts', side: 'neutral', ops: 2, cost: 1, period: 'september', date: '30 Apr 2024', source: 'Public record: the UN Panel of Experts\' mandate ended on 30 Apr 2024.', effects: [track('sanctions', -1), track('axis', 1)], flavor: 'Without UN monitors, violations go unreported.' }),
  c({ id: 'apec-ministerial', name: 'APEC Ministerial Meetings', side: 'neutral', ops: 2, cost: 1, period: 'october', round: 4, date: '28 Oct 2025', source: 'Public record: the APEC Ministerial Meeting in Gyeongju, late October 2025.', effects: [track('apec', 1), track('summitUSCN', 1)], flavor: 'Trade ministers lay the groundwork in Korea.' }),
  c({ id: 'yellow-sea-standoff', name: 'Yellow Sea Standoff', side: 'neutral', ops: 3, cost: 0, period: 'september', date: '2025', source: 'Public record: Chinese structures in the Provisional Measures Zone of the Yellow Sea, 2025.', effects: [track('tension', 1), res('CN', 'military', 1), res('KR', 'military', 1)], flavor: 'A Chinese structure in the shared zone raises hackles in Seoul.' }),
];

export type CardId = string;

export const CARD_BY_ID: ReadonlyMap<CardId, Card> = new Map(CARDS.map((card) => [card.id, card]));

export const getCard = (id: CardId): Card | undefined => CARD_BY_ID.get(id);

export const CARDS_OF_PERIOD: Readonly<Record<Period, readonly CardId[]>> = {
  september: CARDS.filter((x) => x.period === 'september').map((x) => x.id),
  october: CARDS.filter((x) => x.period === 'october').map((x) => x.id),
  apec: CARDS.filter((x) => x.period === 'apec').map((x) => x.id),
};

/** Every card in play (deck, discard and hands) at `round` of a game of `rounds`. */
export const cardsInPlay = (round: number, rounds: number): CardId[] => periodsIn(round, rounds).flatMap((p) => CARDS_OF_PERIOD[p]);

export const canPlayEvent = (card: Card, actor: ActorId): boolean => SIDE_MEMBERS[card.side].includes(actor);

/**
 * Whose event fires when `actor` plays `card` for ops: a rival's card (an actor's or a bloc's that `actor`
 * is not part of) fires for its side, as in Twilight Struggle. Null for own cards and neutral ones.
 * For a one-actor side, "you" in its text is that actor; bloc cards name every actor they touch.
 */
export function rivalEventOwner(card: Card, actor: ActorId): { readonly side: CardSide; readonly self: ActorId | null } | null {
  if (card.side === 'neutral' || canPlayEvent(card, actor)) return null;
  const members = SIDE_MEMBERS[card.side];
  return { side: card.side, self: members.length === 1 ? members[0]! : null };
}

/** The card's event text, generated from its effects so the text can never drift from the rules. */
export function describeCard(card: Card): string {
  const req = card.requires
    ? `Only if ${TRACK_INFO[card.requires.track].name} is ${card.requires.min !== undefined ? `at least ${card.requires.min}` : `at most ${card.requires.max}`}. `
    : '';
  if (card.alternatives) {
    return `${req}Choose one: (A) ${card.alternatives[0].label}: ${describeEffects(card.alternatives[0].effects)} (B) ${card.alternatives[1].label}: ${describeEffects(card.alternatives[1].effects)}`;
  }
  return req + describeEffects(card.effects);
}
