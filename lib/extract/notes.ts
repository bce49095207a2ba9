// The named rules of the attribution and period stages that fired on the
// figure being read, noted only while a trace is asked for (`--explain`,
// extractWithRefusals); otherwise noting is one null check.

let notes: string[] | null = null;

/** Notes that rule `id` fired on the figure being read (nothing unless a trace is open). */
export function noteRule(id: string): void {
  if (notes !== null) notes.push(id);
}

/** Whether a trace is open (work done only for a trace can be skipped otherwise). */
export function notesOpen(): boolean {
  return notes !== null;
}

/** Opens a trace for the next figure. */
export function beginNotes(): void {
  notes = [];
}

/** Closes the trace: the ids noted since `beginNotes`, in order (empty when none was open). */
export function takeNotes(): string[] {
  const taken = notes ?? [];
  notes = null;
  return taken;
}
