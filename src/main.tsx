import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootGames } from './store/game';
import { App } from './ui/App';
import './ui/styles.css';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The saved game is read from IndexedDB before the first paint (a few ms), so a reload lands on the
// game, not on an empty table. A storage that never answers does not hold the page: 3 s at most.
void Promise.race([bootGames().catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]).then(render);
