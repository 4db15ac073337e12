// Types for gas-entry-generator, which ships none.
declare module 'gas-entry-generator' {
  export interface GenerateOptions {
    comment?: boolean;
    autoGlobalExports?: boolean;
  }
  export function generate(
    source: string,
    options?: GenerateOptions,
  ): { entryPointFunctions: string; globalAssignments?: string };
}
