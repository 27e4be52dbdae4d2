import { useSyncExternalStore } from 'react';

/** Hash routes: `#/play`, `#/replay?log=…`. The hash keeps the app a static site. */
export const ROUTES = ['/', '/setup', '/play', '/games', '/replay', '/classroom', '/rules', '/online'] as const;
export type RoutePath = (typeof ROUTES)[number];

export interface Route {
  readonly path: RoutePath;
  readonly params: URLSearchParams;
  readonly hash: string;
}

function parse(hash: string): Route {
  const body = hash.replace(/^#/, '') || '/';
  const [p = '/', q = ''] = body.split('?');
  const path = (ROUTES as readonly string[]).includes(p) ? (p as RoutePath) : '/';
  return { path, params: new URLSearchParams(q), hash };
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

let cached: Route | null = null;
function snapshot(): Route {
  if (!cached || cached.hash !== location.hash) cached = parse(location.hash);
  return cached;
}

export const useRoute = (): Route => useSyncExternalStore(subscribe, snapshot);

export function navigate(path: RoutePath, params?: Record<string, string>): void {
  const q = params ? `?${new URLSearchParams(params).toString()}` : '';
  location.hash = `#${path}${q}`;
}
