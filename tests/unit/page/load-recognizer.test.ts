import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECOGNIZER_GLOBAL } from '../../../utils/entities/installed-recognizer';
import { recognize } from '../../../utils/entities/recognize';
import { loadRecognizer } from '../../../utils/page/load-recognizer';

const slot = globalThis as Record<string, unknown>;

describe('utils/page/load-recognizer', () => {
  afterEach(() => {
    delete slot[RECOGNIZER_GLOBAL];
  });

  it('uses the recognizer already installed in this world without asking for it again', async () => {
    slot[RECOGNIZER_GLOBAL] = recognize;
    const inject = vi.fn(async () => true);
    expect(await loadRecognizer(inject)).toBe(recognize);
    expect(inject).not.toHaveBeenCalled();
  });

  it('has the background inject it, then finds it installed', async () => {
    const inject = vi.fn(async () => {
      slot[RECOGNIZER_GLOBAL] = recognize;
      return true;
    });
    const got = await loadRecognizer(inject);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(got('Thủ tướng Phạm Minh Chính chủ trì.').officials.map((o) => o.name)).toEqual(['Phạm Minh Chính']);
  });

  it.each([
    ['the injection fails', async () => false],
    ['the script ran but left nothing', async () => true],
  ])('rejects with a clear message when %s', async (_label, inject) => {
    await expect(loadRecognizer(inject)).rejects.toThrow(/recognizer could not be loaded/);
  });
});
