import { useEffect } from 'react';

/** Sets the tab title for a screen: "Setup — Summitry". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Summitry` : 'Summitry';
  }, [title]);
}
