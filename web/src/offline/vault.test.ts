import { describe, expect, it } from 'vitest';
import { createVault, openRecord, sealRecord, unlockVault } from './vault';

// Few iterations: the tests prove the construction, not the cost.
const fast = 1_000;
const person = { pseudonym: 'Marek z Dworca', codeHash: 'ab12', targetGroupIds: ['homeless'] };

describe('vault', () => {
  it('seals a record that opens again only with the same PIN, at the same place', async () => {
    const { header, key } = await createVault('2580', fast);
    const sealed = await sealRecord(key, 'clients:01', person);
    expect(await openRecord(key, 'clients:01', sealed)).toEqual(person);

    const again = await unlockVault('2580', header);
    expect(again).not.toBeNull();
    expect(await openRecord(again!, 'clients:01', sealed)).toEqual(person);
    // Moved to another record, it does not open.
    await expect(openRecord(key, 'clients:02', sealed)).rejects.toThrow();
  });

  it('tells a wrong PIN apart without opening any data', async () => {
    const { header } = await createVault('2580', fast);
    expect(await unlockVault('2581', header)).toBeNull();
    expect(await unlockVault('', header)).toBeNull();
  });

  it('keeps nothing readable: no plain text, a fresh IV each time, a changed byte refused', async () => {
    const { header, key } = await createVault('correct horse', fast);
    const a = await sealRecord(key, 'clients:01', person);
    const b = await sealRecord(key, 'clients:01', person);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    const stored = JSON.stringify({ header, a, b });
    for (const secret of ['Marek', 'Dworca', 'ab12', 'homeless', 'correct horse'])
      expect(stored.includes(secret), secret).toBe(false);
    const bytes = atob(a.data);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(openRecord(key, 'clients:01', { ...a, data: flipped })).rejects.toThrow();
  });

  it('holds a key that cannot be exported', async () => {
    const { key } = await createVault('2580', fast);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});
