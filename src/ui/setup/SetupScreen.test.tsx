import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useGameStore } from '../../store/game';
import { SetupScreen } from './SetupScreen';

afterEach(() => {
  cleanup();
  useGameStore.getState().clear();
  vi.unstubAllGlobals();
});

describe('SetupScreen', () => {
  it('a double click on "Start the game" starts one game and asks nothing about it', async () => {
    useGameStore.getState().clear();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    render(<SetupScreen />);
    await userEvent.dblClick(screen.getByRole('button', { name: 'Start the game' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(useGameStore.getState().header).not.toBeNull();
    expect(useGameStore.getState().log).toHaveLength(0);
  });

  it('the Seed field takes any typed text; left empty, a 128-bit seed is drawn', async () => {
    const user = userEvent.setup();
    render(<SetupScreen />);
    const seed = screen.getByLabelText('Seed');
    expect(seed).toHaveValue('');
    expect(seed).toHaveAccessibleDescription(/Leave it empty for a new random one/);
    await user.click(screen.getByRole('button', { name: 'Start the game' }));
    expect(useGameStore.getState().header!.options.seed).toMatch(/^[0-9a-f]{32}$/);

    cleanup();
    useGameStore.getState().clear();
    render(<SetupScreen />);
    await user.type(screen.getByLabelText('Seed'), '  Gyeongju 2025!  ');
    await user.click(screen.getByRole('button', { name: 'Start the game' }));
    expect(useGameStore.getState().header!.options.seed).toBe('Gyeongju 2025!');
  });

  it('refuses a seed of more than 64 characters or with characters outside printable ASCII, and says why', async () => {
    const user = userEvent.setup();
    render(<SetupScreen />);
    const seed = screen.getByLabelText('Seed');
    for (const bad of ['x'.repeat(65), 'Séoul']) {
      await user.clear(seed);
      await user.type(seed, bad);
      expect(seed).toHaveAttribute('aria-invalid', 'true');
      expect(seed).toHaveAccessibleDescription(/1 to 64 letters, digits, spaces or punctuation/);
      expect(screen.getByRole('button', { name: 'Start the game' })).toBeDisabled();
    }
    await user.click(screen.getByRole('button', { name: 'Random seed' }));
    expect((seed as HTMLInputElement).value).toMatch(/^[0-9a-f]{32}$/);
    expect(screen.getByRole('button', { name: 'Start the game' })).toBeEnabled();
  });
});
