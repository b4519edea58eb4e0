// What a browser may keep of what the host serves: a resource file a bundler named by its content for good, any
// other resource file only after asking again; the host's own token sheets at the version its pages link.
import { ASSET_VERSION, assetCaching, versioned } from '../../src/host/assets';
import { tokensHref } from '../../src/host/browser/protocol';
import { resourceCaching } from '../../src/host/resources';

const KEPT = 'public, max-age=31536000, immutable';

describe('caching of resource files', () => {
  it.each([
    'assets/index-B3qLppPn.js',
    'assets/GoalPage-BbH-TICF.js',
    'assets/DueTab--AnYj5NW.js',
    'assets/index-BMORCDcB.css',
    'assets/rolldown-runtime-BWaJ3C7D.js',
  ])('keeps %s, named by its content, for good', (file) => expect(resourceCaching(file)).toBe(KEPT));

  it.each([
    'assets/logo.svg',
    'assets/app.js',
    'assets/index-B3qLpp.js',
    'assets/index-B3qLppPnX.js',
    'icon-B3qLppPn.png',
    'assets/sub/index-B3qLppPn.js',
    'assets/index-B3qLp.Pn.js',
  ])('revalidates %s, which is not named by a content hash under assets/', (file) => expect(resourceCaching(file)).toBe('no-cache'));
});

describe('caching of the host’s own assets', () => {
  it('keeps an asset asked for at this process’s version, and revalidates one at any other or none', () => {
    expect(assetCaching(new URL(`http://h${versioned('/__forge/host.css')}`))).toBe(KEPT);
    expect(assetCaching(new URL('http://h/__forge/host.css'))).toBe('no-cache');
    expect(assetCaching(new URL('http://h/__forge/host.css?v=old'))).toBe('no-cache');
    expect(assetCaching(new URL(`http://h/__forge/host.css?v=${ASSET_VERSION}x`))).toBe('no-cache');
  });

  it('links a token sheet at the version it is given, and without one when there is none', () => {
    expect(tokensHref('dark', ASSET_VERSION)).toBe(versioned('/__forge/tokens/dark.css'));
    expect(tokensHref('light', undefined)).toBe('/__forge/tokens/light.css');
  });
});
