// The people call every surface with names answers (`people/avatars`): one definition, added to each surface's
// resolver, so the avatars of a view come from Jira as its viewer the same way everywhere.
import { peopleCalls } from '../shared/api/people';
import { peopleAvatars } from '../services/people/avatars';
import { defineHandler } from './define';
import { avatarDeps } from './deps';
import type { Resolver } from './resolver';

export const definePeopleCalls = (resolver: Resolver): void => {
  resolver.define(
    peopleCalls.avatars.key,
    defineHandler(peopleCalls.avatars, ({ accountIds }) => peopleAvatars(avatarDeps(), accountIds)),
  );
};
