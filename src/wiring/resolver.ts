// The platform's resolver, handed to the surfaces by the composition root so that resolvers never import Forge
// or src/platform themselves.
export { Resolver } from '../platform/resolver';
