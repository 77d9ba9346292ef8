/** Where a command writes: the process's streams in main.ts, strings in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
