/** Reading and writing the one cookie Dalil uses; a dependency would be more than these lines. */
export const SESSION_COOKIE = 'dalil_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function sessionCookie(
  token: string | null,
  options: { secure: boolean; maxAgeSeconds: number },
): string {
  const attributes = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${token ? options.maxAgeSeconds : 0}`,
  ];
  if (options.secure) attributes.push('Secure');
  return `${SESSION_COOKIE}=${token ?? ''}; ${attributes.join('; ')}`;
}
