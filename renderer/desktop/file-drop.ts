import { useEffect } from 'react';
import { useRouter } from '../router.ts';
import { useAuditStore } from '../stores/audit.ts';
import { useAuditListStore } from '../stores/audit-list.ts';
import { usePreworkStore } from '../stores/prework.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** True for a name an audit file may have (.rca.json, or any .json a person renamed). */
export function isAuditFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/** True for the name of a response file, the answers a pre-work form saves (.rcr.json). */
export function isResponseFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.rcr.json');
}

/**
 * Merges the response files dropped onto the window into the open audit (files.merge, all or
 * nothing each) and shows Set-up, where the pre-work panel says what each merge did. With no
 * audit open there is nothing to merge into: the home view says so.
 */
async function mergeDroppedFiles(files: readonly File[]): Promise<void> {
  const auditId = useAuditStore.getState().auditId;
  const { route, go } = useRouter.getState();
  if (!auditId || route.view === 'home') {
    useAuditListStore.setState({
      notice: null,
      error:
        'A response file holds one person’s pre-work answers: open the audit they are for, then drop the file on its window.',
    });
    return go({ view: 'home' });
  }
  for (const file of files) await usePreworkStore.getState().mergeFile(await file.text(), file.name);
  go({ view: 'setup', auditId });
}

/**
 * Imports the audit files dropped onto the window (all or nothing each, through files.import),
 * or merges the response files (.rcr.json) among them into the open audit,
 * then opens the last one imported; a failure is shown on the home view. Any other drop of
 * files is swallowed, so a stray drop never navigates the window away from the app. Drops a
 * view handles itself (it calls preventDefault) are left alone.
 */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const responses = files.filter((f) => isResponseFileName(f.name));
  if (responses.length > 0) return mergeDroppedFiles(responses);
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
