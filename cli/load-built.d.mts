/** Types of load-built.mjs, for the tests that load the built CLI the way cli/bin.mjs does. */
export function loadBuilt(file: string): {
  exports: Record<string, unknown>;
  fromCache: boolean;
  saveCache(): void;
};
