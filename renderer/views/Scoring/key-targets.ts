/* Where a key was pressed, as the scoring sheet decides whether it is a scoring key. */

/** Fields where a key is text the person is typing, never a scoring command. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  return (
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((element as HTMLInputElement).type)) ||
    (element as HTMLElement).isContentEditable
  );
}

/** Elements that Enter activates by itself (a button, a link): there Enter is theirs, not "next". */
export function activatesOnEnter(element: Element | null): boolean {
  return element?.closest('button, a[href], summary, [role="button"], [role="link"], input, select') != null;
}
