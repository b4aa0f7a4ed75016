import type { FormEvent } from 'react';

/** A text field's value from a submitted form ('' when absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Handles an "add" form: saves its fields, and on success clears it and puts the cursor back
 * in its first field for the next entry. Resolves to the error message, or null.
 */
export async function submitAddForm(
  event: FormEvent<HTMLFormElement>,
  save: (form: FormData) => Promise<string | null>,
): Promise<string | null> {
  event.preventDefault();
  const element = event.currentTarget;
  const message = await save(new FormData(element));
  if (!message) {
    element.reset();
    (element.elements[0] as HTMLElement | undefined)?.focus();
  }
  return message;
}
