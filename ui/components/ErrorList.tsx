/** Errors for the designer, newest last; each can be dismissed. */
export function ErrorList({ errors, onDismiss }: { errors: readonly string[]; onDismiss: (message: string) => void }) {
  return (
    <div class="errors" role="alert" aria-live="assertive">
      {errors.map((message) => (
        <div key={message} class="callout error row">
          <span class="grow">{message}</span>
          <button type="button" class="link-button" onClick={() => onDismiss(message)} aria-label="Dismiss this error">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
