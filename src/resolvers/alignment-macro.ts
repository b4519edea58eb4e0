// Resolver of the Confluence "Throughline alignment tree" macro. The config arrives in the payload (it is the
// browser's claim of the macro's saved parameters) and is parsed like any payload; the tree is read as the
// viewer, so the macro shows only what the viewer may browse in Jira.
import Resolver from '@forge/resolver';
import { macroCalls } from '../shared/api/macros';
import { readTreeMacro } from '../services/alignment-subtree';
import { defineHandler } from './define';
import { alignmentDeps } from './wiring';

const resolver = new Resolver();

resolver.define(macroCalls.tree.key, defineHandler(macroCalls.tree, ({ config }) => readTreeMacro(alignmentDeps(), config)));

export const alignmentMacroResolver = resolver.getDefinitions();
