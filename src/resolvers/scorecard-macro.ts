// Resolver of the Confluence "Throughline scorecard" macro and its config view. The config arrives in the
// payload (the browser's claim of the macro's saved parameters) and is parsed like any payload. Goals and KPIs
// are visible to every app user; the delivery signal is read as the viewer, from the work they may browse.
import Resolver from '@forge/resolver';
import { scorecardMacroCalls as calls } from '../shared/api/scorecard-macro';
import { readScorecardMacro, readScorecardOptions } from '../services/scorecard-macro';
import { defineHandler } from './define';
import { scorecardMacroDeps } from './wiring';

const resolver = new Resolver();

resolver.define(calls.view.key, defineHandler(calls.view, ({ config }) => readScorecardMacro(scorecardMacroDeps(), config)));
resolver.define(calls.options.key, defineHandler(calls.options, () => readScorecardOptions(scorecardMacroDeps())));

export const scorecardMacroResolver = resolver.getDefinitions();
