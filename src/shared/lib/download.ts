/** Saves text as a file through a temporary link (nothing leaves the page). */
export function downloadText(
  fileName: string,
  text: string,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `2026-11-26`, for file names. */
export const fileDate = (date: Date) => date.toISOString().slice(0, 10);
