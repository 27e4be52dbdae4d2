import type { ActorId } from '../../engine';

/** Each actor has a colour AND a shape and a short code, so colour is never the only signal. */
export const ACTOR_STYLE: Readonly<Record<ActorId, { readonly color: string; readonly ink: string; readonly symbol: string; readonly shape: string }>> = {
  US: { color: '#2f5fa8', ink: '#ffffff', symbol: '★', shape: 'star' },
  KP: { color: '#b23a30', ink: '#ffffff', symbol: '◆', shape: 'diamond' },
  CN: { color: '#b8860b', ink: '#1b1200', symbol: '●', shape: 'circle' },
  RU: { color: '#5b4a8b', ink: '#ffffff', symbol: '▲', shape: 'triangle' },
  KR: { color: '#16776b', ink: '#ffffff', symbol: '■', shape: 'square' },
};
