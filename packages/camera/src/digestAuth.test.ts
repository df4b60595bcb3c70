import { describe, expect, it } from 'vitest';
import { digestAuthorization, parseDigestChallenge, pickChallenge } from './digestAuth.ts';

const field = (h: string, name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(h)?.[1];

describe('digest auth', () => {
  it('reproduces the RFC 2617 §3.5 example', () => {
    const ch = parseDigestChallenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')!;
    const h = digestAuthorization(ch, { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle Of Life', nc: 1, cnonce: '0a4f113b' });
    expect(field(h, 'response')).toBe('6629fae49393a05397450978507c4ef1');
    expect(h).toContain('nc=00000001');
    expect(h).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });

  // RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256.
  const rfc7616 = (alg: string) => `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${alg}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
  const req = { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle of Life', nc: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

  it('reproduces the RFC 7616 MD5 example', () => {
    expect(field(digestAuthorization(parseDigestChallenge(rfc7616('MD5'))!, req), 'response')).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('reproduces the RFC 7616 SHA-256 example and prefers SHA-256 when both are offered', () => {
    const ch = pickChallenge([rfc7616('MD5'), rfc7616('SHA-256')])!;
    expect(ch.algorithm).toBe('SHA-256');
    expect(field(digestAuthorization(ch, req), 'response')).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
  });

  it('refuses to parse a Basic challenge as digest', () => {
    expect(parseDigestChallenge('Basic realm="cam"')).toBeUndefined();
  });
});
