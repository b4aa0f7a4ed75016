import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  desktopCommandNames,
  parseDesktopCommand,
  type DesktopCommand,
} from '../../../shared/api/commands.ts';
import { methodNames } from '../../../shared/api/methods.ts';
import { COMMAND_CHANNEL } from '../../../electron/common/ipc-channels.ts';
import { sendCommand } from '../../../electron/main/command-channel.ts';
import {
  createApiBridge,
  createEventsBridge,
  MAX_PENDING_COMMANDS,
} from '../../../electron/preload/bridge.ts';

function fakeIpcRenderer() {
  const emitter = new EventEmitter();
  const event = { sender: { send: () => 'a way back into Electron' } };
  return {
    ipc: { on: (channel: string, listener: (...args: any[]) => void) => emitter.on(channel, listener) },
    fromMain: (payload: unknown, channel = COMMAND_CHANNEL) => emitter.emit(channel, event, payload),
  };
}

describe('the API object the preload exposes', () => {
  it('has exactly one function per declared method, each sent over the one channel', async () => {
    const sent: unknown[] = [];
    const api = createApiBridge((method, input) => {
      sent.push([method, input]);
      return Promise.resolve({ ok: true, value: method });
    });
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(await api['audits.list']({})).toEqual({ ok: true, value: 'audits.list' });
    expect(sent).toEqual([['audits.list', {}]]);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('the command channel from the shell to the window', () => {
  it('declares a closed list of commands and rejects anything else', () => {
    expect(desktopCommandNames).toEqual([
      'new-audit',
      'export-report',
      'toggle-presentation',
      'open-audit',
      'audits-changed',
    ]);
    expect(parseDesktopCommand({ command: 'open-audit', auditId: 'abc' })).toEqual({
      command: 'open-audit',
      auditId: 'abc',
    });
    for (const bad of [
      null,
      'new-audit',
      { command: 'run-code' },
      { command: 'new-audit', extra: 1 },
      { command: 'open-audit' },
      { command: 'open-audit', auditId: '' },
      { command: 'open-audit', auditId: 'x'.repeat(101) },
    ]) {
      expect(parseDesktopCommand(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('hands the page only valid commands, never the IPC event', () => {
    const { ipc, fromMain } = fakeIpcRenderer();
    const events = createEventsBridge(ipc, COMMAND_CHANNEL);
    const received: unknown[][] = [];
    events.onCommand((...args: unknown[]) => received.push(args));
    fromMain({ command: 'new-audit' });
    fromMain({ command: 'steal-data' });
    fromMain({ command: 'open-audit', auditId: 'a1' }, 'another-channel');
    fromMain({ command: 'open-audit', auditId: 'a1' });
    expect(received).toEqual([[{ command: 'new-audit' }], [{ command: 'open-audit', auditId: 'a1' }]]);
  });

  it('keeps commands that arrive before the page subscribes (a few), for the first subscriber', () => {
    const { ipc, fromMain } = fakeIpcRenderer();
    const events = createEventsBridge(ipc, COMMAND_CHANNEL);
    for (let i = 0; i < MAX_PENDING_COMMANDS + 5; i++) fromMain({ command: 'open-audit', auditId: `a${i}` });
    const first: DesktopCommand[] = [];
    const unsubscribe = events.onCommand((c) => first.push(c));
    expect(first).toHaveLength(MAX_PENDING_COMMANDS);
    expect(first[0]).toEqual({ command: 'open-audit', auditId: 'a0' });
    const second: DesktopCommand[] = [];
    events.onCommand((c) => second.push(c));
    expect(second).toEqual([]);
    unsubscribe();
    fromMain({ command: 'audits-changed' });
    expect(first).toHaveLength(MAX_PENDING_COMMANDS);
    expect(second).toEqual([{ command: 'audits-changed' }]);
  });

  it('ignores a listener that is not a function, and sends typed commands from the main process', () => {
    const { ipc } = fakeIpcRenderer();
    const events = createEventsBridge(ipc, COMMAND_CHANNEL);
    expect(typeof events.onCommand('nope' as never)).toBe('function');
    const sent: unknown[][] = [];
    sendCommand({ send: (...args) => sent.push(args) }, { command: 'toggle-presentation' });
    sendCommand({ send: (...args) => sent.push(args), isDestroyed: () => true }, { command: 'new-audit' });
    sendCommand(null, { command: 'new-audit' });
    expect(sent).toEqual([[COMMAND_CHANNEL, { command: 'toggle-presentation' }]]);
  });
});
