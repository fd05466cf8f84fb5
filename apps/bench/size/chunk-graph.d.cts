import type { Metafile, Plugin } from 'esbuild';

/** Output paths (metafile keys) loaded with the entry, and per dynamic import on demand. */
export interface SplitOutputs {
  firstLoad: string[];
  onDemand: Map<string, string[]>;
}

export function chunkName(file: string): string;
export function splitOutputs(metafile: Metafile, entryPoint: string, cwd: string): SplitOutputs;
export function measureOnly(select: (split: SplitOutputs) => string[]): Plugin;
export function onDemandChunk(split: SplitOutputs, name: string): string[];
export function allOnDemand(split: SplitOutputs): string[];
