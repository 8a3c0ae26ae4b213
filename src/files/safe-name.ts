/**
 * The name an uploaded file is recorded under. It is only ever shown, never used as a path (originals are
 * stored under their hash), but it is still reduced: the last segment after either kind of slash, without
 * control characters or the invisible direction marks that can disguise an extension
 * ("report\u202Efdp.exe" shows as "reportexe.pdf"), at most 255 characters, and never "", "." or "..".
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeFileName(name: string): string {
  const last = name.replace(UNSHOWABLE, '').split(/[\\/]/).pop() ?? '';
  const trimmed = Array.from(last.trim()).slice(0, 255).join('');
  return trimmed === '' || trimmed === '.' || trimmed === '..' ? 'upload' : trimmed;
}
