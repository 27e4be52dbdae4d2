/** Moved below the UI so the game server shares it; kept here so existing imports work. */
export * from '../../classroom/timer';
