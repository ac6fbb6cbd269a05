const commands: Record<string, () => Promise<{ default: (argv: string[]) => Promise<number | undefined> }>> = {
  start: () => import('./cli/start'),
  migrate: () => import('./cli/migrate'),
  demo: () => import('./cli/demo'),
  'audit-verify': () => import('./cli/audit-verify'),
  'rotate-keys': () => import('./cli/rotate-keys'),
  backup: () => import('./cli/backup'),
  restore: () => import('./cli/restore'),
};

/** `tsx server/src/main.ts <command>`: every routine task of an operator. */
async function main(): Promise<void> {
  const [name = 'start', ...argv] = process.argv.slice(2);
  const load = commands[name];
  if (!load) {
    console.error(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}`);
    process.exit(2);
  }
  const command = await load();
  const code = await command.default(argv);
  if (code !== undefined) process.exit(code);
}

main().catch((error: unknown) => {
  // The message only: a stack trace may quote data from a failed statement.
  console.error(`Kontakt stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
