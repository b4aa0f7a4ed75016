import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient } from '../../shared/api/client.ts';
import type { DesktopEvents, DesktopShell } from '../../shared/api/commands.ts';
import { API_CHANNEL, COMMAND_CHANNEL, SHELL_CHANNEL } from '../common/ipc-channels.ts';
import { createApiBridge, createEventsBridge, createShellBridge } from './bridge.ts';

/*
 * The only bridge between the page and the main process: the declared API (one function per
 * method over one IPC channel), one subscription to the shell's menu commands, and the
 * window's few declared requests to the shell (the projector window). No ipcRenderer, no Node,
 * nothing else.
 */
contextBridge.exposeInMainWorld(
  'realityCheck',
  createApiBridge((method, input) => ipcRenderer.invoke(API_CHANNEL, method, input)) satisfies ApiClient,
);
contextBridge.exposeInMainWorld(
  'realityCheckEvents',
  createEventsBridge(ipcRenderer, COMMAND_CHANNEL) satisfies DesktopEvents,
);
contextBridge.exposeInMainWorld(
  'realityCheckShell',
  createShellBridge((request) => ipcRenderer.invoke(SHELL_CHANNEL, request)) satisfies DesktopShell,
);
