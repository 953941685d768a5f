// Command-line flags of the build scripts: `--name value`.

/** The value after `--name` on the command line, or `fallback` when the flag is absent or has no value. */
export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
