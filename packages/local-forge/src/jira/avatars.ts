// Users' avatars without a network: Jira's user objects point at Atlassian's avatar service, which draws a user
// without a picture of their own as their initials on a colour. A host can serve the same drawing itself
// (`JiraEmulator.setAvatarBase`), as SVG, so pages show avatars offline and tests can load them.

/** Atlassian's avatar service. */
export const ATLASSIAN_AVATARS = 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net';

/** Atlassian's ten initials colours, as background and text (contrast ≥ 4.5:1 for the letters). */
const COLOURS: readonly [string, string][] = [
  ['#0052CC', '#FFFFFF'],
  ['#00875A', '#FFFFFF'],
  ['#5243AA', '#FFFFFF'],
  ['#DE350B', '#FFFFFF'],
  ['#FFAB00', '#172B4D'],
  ['#00B8D9', '#172B4D'],
  ['#6554C0', '#FFFFFF'],
  ['#36B37E', '#172B4D'],
  ['#FF5630', '#172B4D'],
  ['#253858', '#FFFFFF'],
];

/** The path of an initials avatar under the base: `initials/<letters, URL-encoded>-<colour>.svg`. */
export const INITIALS_PATH = /^\/initials\/([^/]{1,40})-(\d)\.svg$/;

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const lettersOf = (encoded: string): string | null => {
  try {
    const letters = decodeURIComponent(encoded);
    return [...letters].length <= 2 ? letters : null;
  } catch {
    return null;
  }
};

/** The SVG of an initials avatar (`INITIALS_PATH`'s letters and colour), or null for any other path. */
export const avatarSvg = (path: string): string | null => {
  const m = INITIALS_PATH.exec(path);
  const letters = m ? lettersOf(m[1]!) : null;
  if (!m || letters === null) return null;
  const [bg, fg] = COLOURS[Number(m[2])] ?? COLOURS[0]!;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">` +
    `<circle cx="24" cy="24" r="24" fill="${bg}"/>` +
    `<text x="24" y="24" dy=".35em" text-anchor="middle" font-family="-apple-system, 'Segoe UI', Roboto, sans-serif" font-size="19" font-weight="600" fill="${fg}">${xml(letters)}</text>` +
    `</svg>`
  );
};
