// Users as Jira Cloud renders them: `User` for /myself, /user and user searches; `UserDetails` inside issue fields.
import type { JiraUser } from '../model';
import type { World } from '../world';
import { ATLASSIAN_AVATARS } from '../avatars';

/** The app's display name in Jira when the emulator is given none (`JiraEmulatorOptions.appName`). */
export const DEFAULT_APP_NAME = 'Forge app';

/** The app's own Jira user, answering /myself for asApp() calls (Forge apps act as an 'app' account). */
export const APP_USER: JiraUser = {
  accountId: '712020:0f1c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11',
  displayName: DEFAULT_APP_NAME,
  active: true,
  groups: ['atlassian-addons-admin'],
  timeZone: 'UTC',
  locale: 'en_US',
};

/** The app's user in this world, named as the emulator was told (`appName`). */
export const appUserOf = (world: World): JiraUser => (world.appName === APP_USER.displayName ? APP_USER : { ...APP_USER, displayName: world.appName });

export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('') || 'U';

/** One of Atlassian's initials colours (0–9), the same for a name every time. */
const colourOf = (accountId: string): number => [...accountId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 10;

/** Atlassian's initials avatars are PNGs; a host drawing them itself (`setAvatarBase`) serves SVG. */
export const userAvatarUrls = (world: World, user: JiraUser): Record<'16x16' | '24x24' | '32x32' | '48x48', string> => {
  const file = `${encodeURIComponent(initials(user.displayName))}-${colourOf(user.accountId)}.${world.avatarBase === ATLASSIAN_AVATARS ? 'png' : 'svg'}`;
  const base = `${world.avatarBase}/initials/${file}`;
  return {
    '48x48': `${base}?size=48&s=48`,
    '24x24': `${base}?size=24&s=24`,
    '16x16': `${base}?size=16&s=16`,
    '32x32': `${base}?size=32&s=32`,
  };
};

const accountType = (user: JiraUser): 'app' | 'atlassian' => (user.accountId === APP_USER.accountId ? 'app' : 'atlassian');

export const userSelf = (world: World, accountId: string): string => `${world.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;

/** `UserDetails` (issue fields assignee/reporter, project lead): no locale, no groups. */
export const userDetails = (world: World, user: JiraUser): Record<string, unknown> => ({
  self: userSelf(world, user.accountId),
  accountId: user.accountId,
  ...(user.emailAddress ? { emailAddress: user.emailAddress } : {}),
  avatarUrls: userAvatarUrls(world, user),
  displayName: user.displayName,
  active: user.active,
  timeZone: user.timeZone ?? 'UTC',
  accountType: accountType(user),
});

/** `User`; with `full` (myself, /user) it also carries groups and applicationRoles, expanded on request. */
export const userBean = (world: World, user: JiraUser, full = false, expand: string[] = []): Record<string, unknown> => {
  const bean: Record<string, unknown> = {
    self: userSelf(world, user.accountId),
    accountId: user.accountId,
    accountType: accountType(user),
    ...(user.emailAddress ? { emailAddress: user.emailAddress } : {}),
    avatarUrls: userAvatarUrls(world, user),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone ?? 'UTC',
    locale: user.locale ?? 'en_US',
  };
  if (!full) return bean;
  const groups = expand.includes('groups')
    ? user.groups.map((name) => ({ name, groupId: groupId(name), self: `${world.baseUrl}/rest/api/3/group?groupId=${groupId(name)}` }))
    : [];
  const roles = expand.includes('applicationRoles') ? [{ key: 'jira-software', name: 'Jira' }] : [];
  return {
    ...bean,
    groups: { size: user.groups.length, items: groups },
    applicationRoles: { size: 1, items: roles },
    expand: 'groups,applicationRoles',
  };
};

/** A stable uuid-shaped id derived from the group name (the seed does not carry group ids). */
const groupId = (name: string): string => {
  let h = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
};
