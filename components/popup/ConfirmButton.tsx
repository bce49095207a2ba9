import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  /** The button's words, e.g. "Delete everything". */
  label: string;
  /** The question asked before acting. */
  question: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
}

/** A destructive action behind an inline "Are you sure? Delete / Cancel" step. */
export function ConfirmButton({ label, question, onConfirm, disabled }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openRef} class="button button--danger" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset class="confirm" aria-label={label}>
      <p class="confirm__question">{question}</p>
      <button
        type="button"
        class="button button--danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        Delete
      </button>
      <button type="button" ref={cancelRef} class="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
