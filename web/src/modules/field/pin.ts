/** A PIN opens the phone's store: at least six digits (or a longer password). */
export const pinMin = 6;
export const pinMax = 64;

export function pinProblem(pin: string, again: string): 'too_short' | 'mismatch' | null {
  if (pin.length < pinMin) return 'too_short';
  if (pin !== again) return 'mismatch';
  return null;
}
