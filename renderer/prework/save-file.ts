/** Hands the text to the browser as a download under this name: no network, the file never leaves the device. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns: let go of it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
