// The bench scripts' command-line options: "--name VALUE" pairs among the arguments.

/** A reader of `--name VALUE` options in `args`: the value after the name, else `fallback`. */
export function optionReader(args: readonly string[]): (name: string, fallback: string) => string {
  return (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
}
