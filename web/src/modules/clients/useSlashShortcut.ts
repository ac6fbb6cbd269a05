import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * "/" runs the action (focus the search) unless the user is typing somewhere or
 * a dialog is open: keyboard-first desks search from anywhere (ux.md).
 */
export function useSlashShortcut(action: () => void): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

// Set when "/" is pressed on a screen without the search box: the People
// screen takes focus to its search once it has mounted.
let focusOnArrival = false;

/** Asks the next People screen to focus its search box. */
export function requestSearchFocus(): void {
  focusOnArrival = true;
}

/** True once after requestSearchFocus(). */
export function takeSearchFocusRequest(): boolean {
  const requested = focusOnArrival;
  focusOnArrival = false;
  return requested;
}
