import { limits } from './limits';

// Passwords that pass a length rule yet top every leaked-password list.
const common = new Set([
  'password1234',
  'password12345',
  'password123456',
  'qwertyuiop12',
  'qwertyuiop123',
  '123456789012',
  '1234567890123',
  'iloveyou1234',
  'administrator',
  'administrator1',
  'kontaktkontakt',
  'haslo12345678',
  'heslo12345678',
  'zaq12wsxcde3',
  '1q2w3e4r5t6y',
]);

function isSequential(p: string): boolean {
  let runs = 0;
  for (let i = 1; i < p.length; i++) {
    const d = p.charCodeAt(i) - p.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) runs++;
  }
  return runs >= p.length - 2;
}

/**
 * A deliberately simple strength check (NIST 800-63B style): long enough, not a
 * known leaked password, not a run of one or sequential characters, not built
 * from the person's own email. Returns a message key or null when acceptable.
 */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < limits.passwordMin) return 'validation.too_small_string';
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'validation.password_weak';
  if (new Set(lower).size < 5 || isSequential(lower)) return 'validation.password_weak';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'validation.password_weak';
  return null;
}
