/**
 * Whether a process still runs: files named with a writer's pid (a database being created, a
 * backup being written) are left alone while it does and removed as leftovers once it is gone.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
