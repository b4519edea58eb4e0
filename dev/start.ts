// `npm start` (after the static build): runs the local host on 127.0.0.1:$PORT (default 4010) with the demo
// organisation, persisting Jira, storage and macro configs in .local/. `--reset` starts again from the demo.
import { DEFAULT_DATA_DIR, startHost } from './throughline-host';

const main = async (): Promise<void> => {
  const reset = process.argv.includes('--reset');
  const port = Number(process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ''}'`);
  const host = await startHost({ port, reset });
  const lines = [
    '',
    `Throughline local host: ${host.url}/`,
    `  data: ${DEFAULT_DATA_DIR}${reset ? ' (reset to the demo organisation)' : ''} · start with --reset to start over`,
    '  personas (switch on any page, or add ?as=<id>):',
    ...host.state.personas.map((p) => `    ${p.id.padEnd(9)} ${p.displayName} - ${p.description}`),
    `  UI modules: ${host.state.modules.map((m) => `${m.key} (${m.kind})`).join(', ') || 'none'}`,
    '',
  ];
  console.log(lines.join('\n'));
  let closing = false;
  const stop = (signal: string): void => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping the local host`);
    host.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
