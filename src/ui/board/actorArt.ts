/**
 * Each actor's emblem (a distinct shape and monogram, so colour is never the only signal), colour and place on the board.
 * Colours and shapes follow the app-wide ACTOR_STYLE; the emblem files in assets/emblems draw the same shapes.
 */
import type { ActorId } from '../../engine';
import us from '../../../assets/emblems/us.svg';
import kp from '../../../assets/emblems/kp.svg';
import cn from '../../../assets/emblems/cn.svg';
import ru from '../../../assets/emblems/ru.svg';
import kr from '../../../assets/emblems/kr.svg';
import { ACTOR_STYLE } from '../common/actorStyle';
import { cityAt, type Pt } from './geo';

export interface ActorArt {
  readonly emblem: string;
  readonly monogram: string;
  readonly shape: string;
  readonly color: string;
  readonly ink: string;
  /** The capital (or, off-map, the edge point) where the actor's token stands, in map coordinates. */
  readonly token: Pt;
  readonly seat: string;
  /** Top-left corner of the actor's plaque in map coordinates. */
  readonly plaque: Pt;
}

export const PLAQUE_W = 272;
export const PLAQUE_H = 184;

export const ACTOR_ART: Readonly<Record<ActorId, ActorArt>> = {
  US: { emblem: us, monogram: 'US', shape: ACTOR_STYLE.US.shape, color: ACTOR_STYLE.US.color, ink: ACTOR_STYLE.US.ink, token: [752, 752], seat: 'Washington, D.C.', plaque: [760, 786] },
  KP: { emblem: kp, monogram: 'DPRK', shape: ACTOR_STYLE.KP.shape, color: ACTOR_STYLE.KP.color, ink: ACTOR_STYLE.KP.ink, token: cityAt('pyongyang'), seat: 'Pyongyang', plaque: [300, 156] },
  CN: { emblem: cn, monogram: 'PRC', shape: ACTOR_STYLE.CN.shape, color: ACTOR_STYLE.CN.color, ink: ACTOR_STYLE.CN.ink, token: cityAt('beijing'), seat: 'Beijing', plaque: [14, 156] },
  RU: { emblem: ru, monogram: 'RUS', shape: ACTOR_STYLE.RU.shape, color: ACTOR_STYLE.RU.color, ink: ACTOR_STYLE.RU.ink, token: cityAt('vladivostok'), seat: 'Moscow (off map) · Vladivostok', plaque: [756, 14] },
  KR: { emblem: kr, monogram: 'ROK', shape: ACTOR_STYLE.KR.shape, color: ACTOR_STYLE.KR.color, ink: ACTOR_STYLE.KR.ink, token: cityAt('seoul'), seat: 'Seoul', plaque: [716, 416] },
};
