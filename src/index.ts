// Wiring only: the handlers manifest.yml names, by kind.

// Resolvers of Custom UI surfaces
export { adminResolver } from './resolvers/admin-page';
