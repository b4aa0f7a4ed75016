import { networkInterfaces as osInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { NetworkInterface } from '../../../../shared/api/methods/room.ts';

/** 10/8, 172.16/12, 192.168/16: what a venue's Wi-Fi, a phone hotspot or a travel router hands out. */
export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a = 0, b = 0] = parts;
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Names that usually mean a virtual adapter (Docker, VPNs, VMs), which phones cannot reach. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|zt|tailscale|wg)/i;

/**
 * This machine's addresses, the likely one marked: the first private IPv4 address on a
 * non-internal, non-virtual interface (Wi-Fi or Ethernet), else the first private IPv4 at all.
 * `source` is for tests; by default the operating system's list.
 */
export function listNetworkInterfaces(
  source: NodeJS.Dict<NetworkInterfaceInfo[]> = osInterfaces(),
): NetworkInterface[] {
  const all: Omit<NetworkInterface, 'likely'>[] = [];
  for (const [name, infos] of Object.entries(source)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' && info.family !== 'IPv6') continue;
      all.push({ name, address: info.address, family: info.family, internal: info.internal });
    }
  }
  const candidates = all.filter((i) => !i.internal && i.family === 'IPv4' && isPrivateIPv4(i.address));
  const likely = candidates.find((i) => !VIRTUAL.test(i.name)) ?? candidates[0];
  return all.map((i) => ({ ...i, likely: i === likely }));
}

/** The address `rca room` listens on when none is given: the likely one, else loopback. */
export function defaultRoomHost(interfaces = listNetworkInterfaces()): string {
  return interfaces.find((i) => i.likely)?.address ?? '127.0.0.1';
}
