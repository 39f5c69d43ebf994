// `yieldpoint dap [--port N]`: the DAP server over stdio, or on a loopback TCP port (one session,
// and one runtime worker, per connection).
import * as net from 'node:net';
import { YieldpointSession } from './session';

export function serveDap(args: string[]): void {
  // A failure in one request handler must not end the adapter (or, with --port, every session).
  process.on('unhandledRejection', (e) => process.stderr.write(`yieldpoint: internal error: ${(e as Error)?.message ?? e}\n`));
  process.on('uncaughtException', (e) => process.stderr.write(`yieldpoint: internal error: ${e.message}\n`));
  const i = args.indexOf('--port');
  if (i < 0) {
    const session = new YieldpointSession();
    process.on('SIGTERM', () => session.shutdown());
    session.start(process.stdin, process.stdout);
    return;
  }
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`yieldpoint: --port expects a port number, got '${args[i + 1] ?? ''}'\n`);
    process.exit(2);
  }
  const server = net.createServer((socket) => {
    const session = new YieldpointSession();
    session.setRunAsServer(true);
    session.start(socket, socket);
    socket.on('error', () => session.shutdown());
  });
  server.listen(port, '127.0.0.1', () => {
    const addr = server.address() as net.AddressInfo;
    process.stderr.write(`yieldpoint: DAP server listening on 127.0.0.1:${addr.port}\n`);
  });
}

if (require.main === module) serveDap(process.argv.slice(2));
