import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './config';

const valid = {
  panelApi: 'http://127.0.0.1:8081/',
  initiativeApi: 'http://127.0.0.1:8082',
  practiceApi: 'http://127.0.0.1:8083',
  oidcIssuer: 'http://127.0.0.1:8180/realms/cohesion',
  oidcClientId: 'cohesion-web',
};

const respond = (body: string, status = 200) =>
  vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

describe('loadRuntimeConfig', () => {
  it('fetches /config.json and normalises the URLs', async () => {
    const fetchImpl = respond(JSON.stringify(valid));
    const config = await loadRuntimeConfig('/config.json', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
    expect(config).toEqual({ ...valid, panelApi: 'http://127.0.0.1:8081' });
  });

  it('fails with a ConfigError when the file is missing', async () => {
    await expect(loadRuntimeConfig('/config.json', respond('not found', 404))).rejects.toThrow(
      new ConfigError('/config.json could not be loaded (HTTP 404)'),
    );
  });

  it('fails with a ConfigError when the file cannot be fetched', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadRuntimeConfig('/config.json', fetchImpl)).rejects.toThrow(/could not be fetched: Failed to fetch/);
  });

  it('fails with a ConfigError when the file is not JSON (e.g. the SPA fallback page)', async () => {
    const error = await loadRuntimeConfig('/config.json', respond('<!doctype html><html></html>')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('/config.json is not valid JSON');
  });

  it('names every missing or blank key', async () => {
    const { practiceApi: _unused, ...rest } = valid;
    await expect(
      loadRuntimeConfig('/config.json', respond(JSON.stringify({ ...rest, oidcClientId: ' ' }))),
    ).rejects.toThrow('/config.json lacks practiceApi, oidcClientId');
  });
});

describe('parseRuntimeConfig', () => {
  it('rejects a relative or non-http URL', () => {
    expect(() => parseRuntimeConfig({ ...valid, panelApi: '/api' })).toThrow(/panelApi is not an absolute URL/);
    expect(() => parseRuntimeConfig({ ...valid, oidcIssuer: 'ftp://x/realms/c' })).toThrow(
      /oidcIssuer must be an http\(s\) URL/,
    );
  });

  it('rejects anything but an object', () => {
    expect(() => parseRuntimeConfig([])).toThrow(ConfigError);
    expect(() => parseRuntimeConfig(null)).toThrow(ConfigError);
  });
});
