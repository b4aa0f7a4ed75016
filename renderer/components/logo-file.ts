/** The largest logo file accepted: its data: URL stays under MAX_LOGO (shared/limits.ts). */
export const MAX_LOGO_BYTES = 1_400_000;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('could not read the image'));
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'could not read the file'));
    reader.readAsDataURL(file);
  });
}

/**
 * A logo chosen by the user as a data: URL, or the reason it cannot be one: only PNG and JPEG
 * images, up to 1.4 MB (the same rules for the audit's logo and the firm's).
 */
export async function readLogoFile(file: File): Promise<{ dataUrl: string } | { problem: string }> {
  if (!['image/png', 'image/jpeg'].includes(file.type))
    return { problem: 'The logo must be a PNG or JPEG image.' };
  if (file.size > MAX_LOGO_BYTES) return { problem: 'The logo must be smaller than 1.4 MB.' };
  try {
    return { dataUrl: await readAsDataUrl(file) };
  } catch (error) {
    return {
      problem: `The logo could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}
