import { describe, expect, it } from 'vitest';
import { signedQuantity } from './StockMovements';

describe('signedQuantity', () => {
  it('shows which way a movement moved the balance, in the UI language', () => {
    expect(signedQuantity(100, 'en')).toBe('+100');
    expect(signedQuantity(-5, 'en')).toBe('-5');
    expect(signedQuantity(0, 'en')).toBe('0');
    expect(signedQuantity(-12000, 'pl').replace(/\s/g, ' ')).toBe('-12 000');
  });
});
