import { describe, expect, it } from 'vitest';
import { requestPersistence } from '../../../utils/db/request-persistence';

const storage = (persisted: boolean | Error, granted: boolean | Error) => ({
  persisted: async () => {
    if (persisted instanceof Error) throw persisted;
    return persisted;
  },
  persist: async () => {
    if (granted instanceof Error) throw granted;
    return granted;
  },
});

describe('utils/db/request-persistence', () => {
  it.each([
    [storage(true, false), 'persisted'],
    [storage(false, true), 'granted'],
    [storage(false, false), 'denied'],
    [storage(false, new Error('nope')), 'denied'],
    [undefined, 'unsupported'],
  ] as const)('reports %#: %s', async (deps, state) => {
    expect(await requestPersistence(deps ?? ({} as never))).toBe(state);
  });
});
