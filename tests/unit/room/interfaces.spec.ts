import { describe, expect, it } from 'vitest';
import {
  defaultRoomHost,
  isPrivateIPv4,
  listNetworkInterfaces,
} from '../../../electron/core/services/room/interfaces.ts';

const info = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({
  address,
  family,
  internal,
  netmask: '',
  mac: '00:00:00:00:00:00',
  cidr: null,
  ...(family === 'IPv6' ? { scopeid: 0 } : {}),
});

describe('the network interfaces the room may listen on', () => {
  it('marks one likely address: a private IPv4 on a real interface, not loopback, Docker or a VPN', () => {
    const list = listNetworkInterfaces({
      lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
      docker0: [info('172.17.0.1', 'IPv4')],
      utun3: [info('10.8.0.2', 'IPv4')],
      wlan0: [info('192.168.1.23', 'IPv4'), info('fe80::1', 'IPv6')],
      eth1: [info('81.2.69.160', 'IPv4')],
    } as never);
    expect(list.filter((i) => i.likely).map((i) => `${i.name} ${i.address}`)).toEqual(['wlan0 192.168.1.23']);
    expect(list).toHaveLength(7);
    expect(defaultRoomHost(list)).toBe('192.168.1.23');
  });

  it('falls back to a virtual private address, then to loopback when there is nothing else', () => {
    const virtualOnly = listNetworkInterfaces({ docker0: [info('172.17.0.1', 'IPv4')] } as never);
    expect(virtualOnly.find((i) => i.likely)?.address).toBe('172.17.0.1');
    const none = listNetworkInterfaces({ lo: [info('127.0.0.1', 'IPv4', true)] } as never);
    expect(none.some((i) => i.likely)).toBe(false);
    expect(defaultRoomHost(none)).toBe('127.0.0.1');
  });

  it('knows the private IPv4 ranges and nothing else', () => {
    expect(['10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1'].every(isPrivateIPv4)).toBe(true);
    expect(
      ['172.32.0.1', '192.169.0.1', '8.8.8.8', '127.0.0.1', '10.0.0', '::1', '10.0.0.256'].some(
        isPrivateIPv4,
      ),
    ).toBe(false);
  });
});
