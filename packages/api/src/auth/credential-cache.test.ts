import { describe, expect, it, vi } from 'vitest';
import { cached, createCredentialCache } from './credential-cache';

describe('given a credential cache', () => {
  it('reads the database once per key within the time to live, misses included', async () => {
    const cache = createCredentialCache(60_000)!;
    const load = vi.fn(async () => null);
    expect(await cached(cache.orgs, 'unknown', load)).toBeNull();
    expect(await cached(cache.orgs, 'unknown', load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again once the time to live has passed, so revocations take effect', async () => {
    {
      const cache = createCredentialCache(50)!;
      let org = {
        id: 'o',
        slug: 's',
        name: 'n',
        allowedOrigins: [],
        defaultCurrency: 'USD',
        timeZone: 'UTC',
      };
      const load = vi.fn(async () => org);
      await cached(cache.orgs, 'o', load);
      org = { ...org, allowedOrigins: ['https://new.example'] as never[] };
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await cached(cache.orgs, 'o', load))?.allowedOrigins).toEqual([
        'https://new.example',
      ]);
      expect(load).toHaveBeenCalledTimes(2);
    }
  });

  it('is disabled with a time to live of 0', () => {
    expect(createCredentialCache(0)).toBeNull();
  });
});
