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
});
