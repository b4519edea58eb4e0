// The Forge resolver each surface defines its calls on: the one place the backend imports @forge/resolver.
export { default as Resolver } from '@forge/resolver';
