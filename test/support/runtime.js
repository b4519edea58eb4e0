// Jest's runtime, compiling each module with V8's code cache: a worker keeps the cache of every module it compiled
// (keyed by file and its transformed text), so the next test file that loads the module skips parsing and compiling
// it again. Modules are still evaluated afresh in each file's own context; only V8's compiled code is shared.
// Jest loads a runtime with Node's require, untransformed: this file is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vm = require('node:vm');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { default: Runtime } = require('jest-runtime');

/** filename → the transformed source compiled and V8's cache of it. */
const codeCache = new Map();

class CachingRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    const executor = this.executor;
    const compile = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null || executor.resolution.isCoreModule(filename)) return compile(source, filename);
      const hit = codeCache.get(filename);
      const cachedData = hit !== undefined && hit.source === source ? hit.data : undefined;
      let fn;
      try {
        fn = vm.compileFunction(source, executor.injectedModuleParameters, {
          filename,
          parsingContext: context,
          cachedData,
          produceCachedData: cachedData === undefined,
          importModuleDynamically: (specifier, _fn, attributes, ...rest) => executor.dynamicImport(specifier, filename, context, attributes, rest[0]),
        });
      } catch {
        // Jest's own compile turns a syntax error into its message.
        return compile(source, filename);
      }
      if (cachedData === undefined && fn.cachedDataProduced) codeCache.set(filename, { source, data: fn.cachedData });
      else if (cachedData !== undefined && fn.cachedDataRejected) codeCache.delete(filename);
      return fn;
    };
  }
}

module.exports = CachingRuntime;
