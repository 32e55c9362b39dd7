import { describe, expect, it } from 'vitest';
import { extensionSettingsUrl, hasFileAccessSwitch, localFileOffer } from './local-file.ts';

/** Chrome 14x's message for executeScript on a tab the extension may not read and whose address it cannot see. */
const HIDDEN_PAGE = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('localFileOffer', () => {
  it('offers the checker for a file: tab, and the file-access switch while it is off', () => {
    expect(localFileOffer('file:///home/a/%E9%A2%84%E7%AE%97.html', HIDDEN_PAGE, false)).toEqual({ certain: true, explainFileAccess: true });
    expect(localFileOffer('FILE:///C:/Users/a/page.htm', 'anything', undefined)).toEqual({ certain: true, explainFileAccess: true });
  });

  it('does not explain the switch once it is on (a toolbar click then reads the tab)', () => {
    expect(localFileOffer('file:///tmp/page.html', HIDDEN_PAGE, true)).toEqual({ certain: true, explainFileAccess: false });
  });

  it('knows a file tab from the error when the address is hidden', () => {
    const error = 'Cannot access contents of url "file:///tmp/page.html". Extension manifest must request permission to access this host.';
    expect(localFileOffer(undefined, error, false)).toEqual({ certain: true, explainFileAccess: true });
  });

  it('hedges when the address is hidden and the page could not be read', () => {
    expect(localFileOffer(undefined, HIDDEN_PAGE, false)).toEqual({ certain: false, explainFileAccess: true });
  });

  it('hedges on Firefox’s message for a page it will not let the extension script, and explains no switch there', () => {
    // Firefox 153 ESR, executeScript on a file:// tab (its address hidden from the extension).
    const firefox = 'Missing host permission for the tab';
    expect(localFileOffer(undefined, firefox, false, false)).toEqual({ certain: false, explainFileAccess: false });
    expect(localFileOffer('file:///tmp/page.html', firefox, false, false)).toEqual({ certain: true, explainFileAccess: false });
  });

  it('offers nothing for web pages, browser pages and web stores', () => {
    expect(localFileOffer('https://czj.example.gov.cn/a.html', HIDDEN_PAGE, false)).toBeUndefined();
    expect(localFileOffer('chrome://settings/', 'Cannot access a chrome:// URL', false)).toBeUndefined();
    expect(localFileOffer(undefined, 'Cannot access a chrome:// URL', false)).toBeUndefined();
    expect(localFileOffer(undefined, 'The extensions gallery cannot be scripted.', false)).toBeUndefined();
    expect(localFileOffer(undefined, 'no tab', false)).toBeUndefined();
  });
});

describe('hasFileAccessSwitch', () => {
  it('is false in Firefox only (runtime.getBrowserInfo)', () => {
    expect(hasFileAccessSwitch({ id: 'x', getURL: () => '' })).toBe(true);
    expect(hasFileAccessSwitch({ id: 'x', getBrowserInfo: () => Promise.resolve({ name: 'Firefox' }) })).toBe(false);
  });
});

describe('extensionSettingsUrl', () => {
  it('opens chrome://extensions on this extension', () => {
    expect(extensionSettingsUrl('henpafckoinlelhgmglfefhlinihopnk')).toBe('chrome://extensions/?id=henpafckoinlelhgmglfefhlinihopnk');
  });
});
