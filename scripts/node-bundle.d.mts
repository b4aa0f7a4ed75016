import type { BuildOptions } from 'esbuild';

/** CommonJS for Node 22+; native and file-reading packages stay outside the bundle. */
export declare const nodeBundleOptions: BuildOptions;
