import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient } from '../../shared/api/client.ts';
import { methodNames } from '../../shared/api/methods.ts';
import { API_CHANNEL } from '../main/ipc.ts';

/**
 * The only bridge between the page and the main process: the declared API, one function per
 * method, each carried over one IPC channel. No ipcRenderer, no Node, nothing else.
 */
const api = Object.fromEntries(
  methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, method, input)]),
) as ApiClient;

contextBridge.exposeInMainWorld('realityCheck', api satisfies ApiClient);
