import { CONTENT_SECURITY_POLICY } from '../common/csp.ts';

/**
 * Sent on every answer of every HTTP surface, the page, the API, a download and every error
 * alike: nothing is cached, sniffed, framed, embedded by another origin or given a Referer
 * (which would carry the page's `?token=` before the page removes it).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
