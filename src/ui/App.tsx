import { lazy, Suspense, useEffect, useRef } from 'react';
import { HomeScreen } from './home/HomeScreen';
import { SaveNotices } from './home/SaveNotices';
import { type RoutePath, useRoute } from './common/route';
import { usePageTitle } from './common/usePageTitle';

const TITLES: Readonly<Record<RoutePath, string>> = {
  '/': '',
  '/setup': 'New game',
  '/play': 'Game', // the game screen refines it: round and whose move
  '/games': 'Saved games',
  '/replay': 'Replay',
  '/classroom': 'Classroom',
  '/rules': 'How to play',
  '/online': 'Play online',
};

// Only the home screen is in the first download (issue #10: initial JS under 150 KB gzip); every other
// screen loads on demand. The table, setup and rules are fetched once the first screen is up (below),
// so going to them costs no visible wait.
const loadGameScreen = () => import('./game/GameScreen');
const loadSetupScreen = () => import('./setup/SetupScreen');
const loadRulesScreen = () => import('./home/RulesScreen');
const GameScreen = lazy(() => loadGameScreen().then((m) => ({ default: m.GameScreen })));
const SetupScreen = lazy(() => loadSetupScreen().then((m) => ({ default: m.SetupScreen })));
const RulesScreen = lazy(() => loadRulesScreen().then((m) => ({ default: m.RulesScreen })));
const LibraryScreen = lazy(() => import('./home/LibraryScreen').then((m) => ({ default: m.LibraryScreen })));
// Replay and classroom (with their charts) load on demand, keeping the first download small.
const ReplayScreen = lazy(() => import('./replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })));
// Networked play (its WebSocket client) loads only on its own route.
const OnlineScreen = lazy(() => import('./online/OnlineScreen').then((m) => ({ default: m.OnlineScreen })));
const ClassroomScreen = lazy(() => import('./classroom/ClassroomScreen').then((m) => ({ default: m.ClassroomScreen })));

export function App() {
  const route = useRoute();
  const first = useRef(true);
  usePageTitle(TITLES[route.path]);

  // The screens a player goes to next, fetched when the browser is idle after the first paint.
  useEffect(() => {
    const prefetch = () => void Promise.all([loadGameScreen(), loadSetupScreen(), loadRulesScreen()]).catch(() => undefined);
    const w = window as Window & { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  }, []);

  // On navigation, move focus to the new screen's heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A screen that already placed focus (e.g. the pass screen's Ready button) keeps it.
    const main = document.getElementById('main');
    const active = document.activeElement;
    if (!main || !active || active === main || !main.contains(active)) document.querySelector<HTMLElement>('#main h1')?.focus();
    window.scrollTo(0, 0);
  }, [route.path]);

  return (
    <div className={`app route-${route.path.slice(1) || 'home'}`}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to main content
      </a>
      <header className="site-header">
        <a className="brand" href="#/">
          <span className="brand-mark" aria-hidden="true">◈</span> Summitry
        </a>
        <nav aria-label="Site">
          <ul>
            <li><a href="#/setup" aria-current={route.path === '/setup' ? 'page' : undefined}>New game</a></li>
            <li><a href="#/games" aria-current={route.path === '/games' ? 'page' : undefined}>Saved games</a></li>
            <li><a href="#/replay" aria-current={route.path === '/replay' ? 'page' : undefined}>Replay</a></li>
            <li><a href="#/classroom" aria-current={route.path === '/classroom' ? 'page' : undefined}>Classroom</a></li>
            <li><a href="#/online" aria-current={route.path === '/online' ? 'page' : undefined}>Play online</a></li>
            <li><a href="#/rules" aria-current={route.path === '/rules' ? 'page' : undefined}>How to play</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <SaveNotices />
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          {route.path === '/' && <HomeScreen />}
          {route.path === '/setup' && <SetupScreen />}
          {route.path === '/play' && <GameScreen />}
          {route.path === '/games' && <LibraryScreen />}
          {route.path === '/rules' && <RulesScreen />}
          {route.path === '/replay' && <ReplayScreen />}
          {route.path === '/classroom' && <ClassroomScreen />}
          {route.path === '/online' && <OnlineScreen />}
        </Suspense>
      </main>
    </div>
  );
}
