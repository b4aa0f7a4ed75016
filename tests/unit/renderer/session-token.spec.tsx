// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { adoptSessionToken, sessionToken } from '../../../renderer/session-token.ts';

/** A tab that was opened at `address`, with a fresh sessionStorage. */
function openTab(address: string): void {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', address);
}

describe('the session token of the browser binding', () => {
  beforeEach(() => openTab('/'));

  it('takes the token from the address once, keeps it for the tab and removes it from the address', () => {
    openTab('/?token=abc123#/audits/a1/scoring');
    const entries = window.history.length;
    adoptSessionToken();
    expect(sessionToken()).toBe('abc123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/audits/a1/scoring');
    expect(window.location.href).not.toContain('abc123');
    // Replaced, not pushed: Back does not lead to an address with the token.
    expect(window.history.length).toBe(entries);
  });

  it('keeps the token across a reload without it, and keeps other query parameters', () => {
    openTab('/?lang=en&token=abc123');
    adoptSessionToken();
    window.history.replaceState(null, '', '/?lang=en');
    adoptSessionToken();
    expect(sessionToken()).toBe('abc123');
    expect(window.location.search).toBe('?lang=en');
  });

  it('has no token in a tab opened without one, and sets no cookie', () => {
    adoptSessionToken();
    expect(sessionToken()).toBeNull();
    openTab('/?token=abc123');
    adoptSessionToken();
    expect(document.cookie).toBe('');
  });
});
