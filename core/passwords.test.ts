import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords';

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('violet tram under the bridge')).toBeNull();
  });
  it('refuses short, common, repetitive and sequential passwords', () => {
    expect(passwordProblem('short')).toBe('validation.too_small_string');
    expect(passwordProblem('Password1234')).toBe('validation.password_weak');
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('validation.password_weak');
    expect(passwordProblem('abcdefghijklmn')).toBe('validation.password_weak');
  });
  it('refuses a password built from the email', () => {
    expect(passwordProblem('marta.nowak-2024!', 'marta.nowak@example.org')).toBe('validation.password_weak');
  });
});
