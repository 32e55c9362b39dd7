import type { Plugin } from 'esbuild';

export function lazyListenersSource(source: string): string;
export function linkedomLazyListeners(): { applied(): boolean; plugin: Plugin };
