import { useEffect } from 'react';
import { useRouter } from '../router.ts';
import { useAuditListStore } from '../stores/audit-list.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** True for a name an audit file may have (.rca.json, or any .json a person renamed). */
export function isAuditFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/**
 * Imports the audit files dropped onto the window (all or nothing each, through files.import),
 * then opens the last one imported; a failure is shown on the home view. Any other drop of
 * files is swallowed, so a stray drop never navigates the window away from the app. Drops a
 * view handles itself (it calls preventDefault) are left alone.
 */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const { importText } = useAuditListStore.getState();
  const { go } = useRouter.getState();
  let opened: string | null = null;
  for (const file of files.filter((f) => isAuditFileName(f.name))) {
    const auditId = await importText(await file.text(), file.name);
    if (auditId) opened = auditId;
    else return go({ view: 'home' });
  }
  if (opened) go({ view: 'setup', auditId: opened });
}

/** Window-level drag and drop of audit files, for as long as the calling component is mounted. */
export function useAuditFileDrop(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      void importDroppedFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
