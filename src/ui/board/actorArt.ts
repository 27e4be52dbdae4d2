/** Each actor's emblem (a distinct shape and monogram, so colour is never the only signal), colour and place on the board. */
import type { ActorId } from '../../engine';
import us from '../../../assets/emblems/us.svg';
import kp from '../../../assets/emblems/kp.svg';
import cn from '../../../assets/emblems/cn.svg';
import ru from '../../../assets/emblems/ru.svg';
import kr from '../../../assets/emblems/kr.svg';
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

export const PLAQUE_W = 262;
export const PLAQUE_H = 178;

export const ACTOR_ART: Readonly<Record<ActorId, ActorArt>> = {
  US: { emblem: us, monogram: 'US', shape: 'shield', color: '#21407a', ink: '#f4efe1', token: [764, 760], seat: 'Washington, D.C.', plaque: [772, 788] },
  KP: { emblem: kp, monogram: 'DPRK', shape: 'round seal', color: '#a3242a', ink: '#f4efe1', token: cityAt('pyongyang'), seat: 'Pyongyang', plaque: [292, 160] },
  CN: { emblem: cn, monogram: 'PRC', shape: 'hexagon', color: '#c27a12', ink: '#fff4d6', token: cityAt('beijing'), seat: 'Beijing', plaque: [14, 160] },
  RU: { emblem: ru, monogram: 'RUS', shape: 'diamond', color: '#5a4688', ink: '#f1ecfa', token: cityAt('vladivostok'), seat: 'Moscow (off map) · Vladivostok', plaque: [764, 14] },
  KR: { emblem: kr, monogram: 'ROK', shape: 'octagon', color: '#1d6f64', ink: '#eef7f2', token: cityAt('seoul'), seat: 'Seoul', plaque: [722, 420] },
};
